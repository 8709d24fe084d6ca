package io.github.twimllint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.RuleSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Coverage as data: every documented TwiML constraint either has a rule that declares it
 * ({@link RuleMeta#constraints()}) or a note in {@code coverage/unchecked.tsv} saying what is not
 * checked and why. Renders the table to {@code docs/coverage.md} and fails when that file is stale
 * (run with {@code -Dtwimllint.writeCoverage=true} to rewrite it).
 */
class CoverageTest {
    /**
     * Constraints, or parts of them, that are planned but not checked yet (status gap or partial in
     * unchecked.tsv). It may only shrink: closing a gap means removing its id here and its row there.
     */
    static final Set<String> KNOWN_GAPS = Set.of();

    private static final Path DOC = Path.of("docs", "coverage.md");

    record Constraint(String id, String statical, String title) {
        boolean isStatic() {
            return statical.equals("yes");
        }
    }

    record Note(String id, String status, String text) {
    }

    @Test
    void everyStaticConstraintHasARuleOrAReason() throws IOException {
        Map<String, Constraint> constraints = constraints();
        Map<String, Set<String>> rules = rulesByConstraint();
        Map<String, Note> notes = notes();
        List<String> problems = new ArrayList<>();

        rules.keySet().stream().filter(id -> !constraints.containsKey(id))
                .forEach(id -> problems.add(id + " is declared by " + rules.get(id) + " but is no known constraint"));
        for (Note n : notes.values()) {
            boolean ruled = rules.containsKey(n.id());
            if (!constraints.containsKey(n.id())) {
                problems.add(n.id() + " has a note but is no known constraint");
            } else if (n.status().equals("gap") && ruled) {
                problems.add(n.id() + " is a gap but " + rules.get(n.id()) + " declares it: make it partial or drop the note");
            } else if (n.status().equals("partial") && !ruled) {
                problems.add(n.id() + " is partial but no rule declares it");
            } else if (!Set.of("gap", "partial", "excluded").contains(n.status())) {
                problems.add(n.id() + " has an unknown status " + n.status());
            }
        }
        for (Constraint c : constraints.values()) {
            if (c.isStatic() && !rules.containsKey(c.id()) && !notes.containsKey(c.id())) {
                problems.add(c.id() + " (" + c.title() + ") is statically checkable but has neither a rule nor a reason");
            }
        }
        Set<String> planned = new TreeSet<>();
        notes.values().stream().filter(n -> !n.status().equals("excluded")).forEach(n -> planned.add(n.id()));
        assertThat(problems).as("coverage problems").isEmpty();
        assertThat(planned).as("gaps in unchecked.tsv versus KNOWN_GAPS (it may only shrink)")
                .isEqualTo(new TreeSet<>(KNOWN_GAPS));
    }

    @Test
    void constraintListMatchesTheSharedReference() throws IOException {
        Path shared = repositoryRoot().resolve("../shared/reference/twiml-constraints.json").normalize();
        Assumptions.assumeTrue(Files.isRegularFile(shared),
                "../shared/reference is absent: the in-repository constraint list is not compared with it");
        Map<String, String> expected = new TreeMap<>();
        for (JsonNode c : new ObjectMapper().readTree(shared.toFile())) {
            expected.put(c.get("id").asText(), c.get("static").asText().split(" ")[0]);
        }
        Map<String, String> actual = new TreeMap<>();
        constraints().values().forEach(c -> actual.put(c.id(), c.statical()));
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void coverageDocumentIsCurrent() throws IOException {
        String rendered = render(constraints(), rulesByConstraint(), notes());
        Path doc = repositoryRoot().resolve(DOC);
        if (Boolean.getBoolean("twimllint.writeCoverage")) {
            Files.createDirectories(doc.getParent());
            Files.writeString(doc, rendered, StandardCharsets.UTF_8);
        }
        assertThat(doc).as("docs/coverage.md (rewrite with -Dtwimllint.writeCoverage=true)").exists();
        assertThat(Files.readString(doc, StandardCharsets.UTF_8))
                .as("docs/coverage.md is generated; rewrite it with -Dtwimllint.writeCoverage=true")
                .isEqualTo(rendered);
    }

    static String render(Map<String, Constraint> constraints, Map<String, Set<String>> rules, Map<String, Note> notes) {
        int statics = 0;
        int full = 0;
        int partial = 0;
        int gaps = 0;
        int excluded = 0;
        for (Constraint c : constraints.values()) {
            if (!c.isStatic()) {
                continue;
            }
            statics++;
            Note n = notes.get(c.id());
            String status = n == null ? "" : n.status();
            if (status.equals("partial")) {
                partial++;
            } else if (status.equals("gap")) {
                gaps++;
            } else if (status.equals("excluded") && !rules.containsKey(c.id())) {
                excluded++;
            } else {
                full++;
            }
        }
        StringBuilder b = new StringBuilder();
        b.append("# Constraint coverage\n\n")
                .append("Which rule checks each documented TwiML constraint (the C-numbers of the constraint list),")
                .append(" or why none does.\n")
                .append("Generated by `CoverageTest` (rules module) from the constraint ids each rule declares in its")
                .append(" `RuleMeta`,\n`rules/src/test/resources/coverage/constraints.tsv` and")
                .append(" `rules/src/test/resources/coverage/unchecked.tsv`; do not edit it by hand:\n")
                .append("`mvn -B -o -pl rules -am test -Dsurefire.failIfNoSpecifiedTests=false -Dtest=CoverageTest")
                .append(" -Dtwimllint.writeCoverage=true` rewrites it.\n\n")
                .append("Of the ").append(constraints.size()).append(" constraints, ").append(statics)
                .append(" are decidable from one document (static: yes): ")
                .append(full).append(" checked, ").append(partial).append(" checked in part (the rest planned), ")
                .append(gaps).append(" not checked yet (planned), ").append(excluded)
                .append(" not checked by design.\n")
                .append("The others depend on how a document is used, on other documents or on the account;")
                .append(" the table says which.\n\n")
                .append("| Constraint | Static | What | Rules | Not checked |\n|---|---|---|---|---|\n");
        for (Constraint c : constraints.values()) {
            Set<String> r = rules.getOrDefault(c.id(), Set.of());
            StringBuilder links = new StringBuilder();
            for (String id : r) {
                links.append(links.length() == 0 ? "" : ", ").append('[').append(id).append("](rules/").append(id)
                        .append(".md)");
            }
            b.append("| ").append(c.id()).append(" | ").append(c.statical()).append(" | ")
                    .append(cell(c.title())).append(" | ").append(links).append(" | ")
                    .append(cell(unchecked(c, r, notes.get(c.id())))).append(" |\n");
        }
        return b.toString();
    }

    private static String unchecked(Constraint c, Set<String> rules, Note note) {
        if (note != null) {
            String prefix = note.status().equals("excluded") ? "by design: " : "planned: ";
            return prefix + note.text();
        }
        if (!rules.isEmpty() || c.isStatic()) {
            return "";
        }
        switch (c.statical()) {
            case "partial": return "not decidable from the document alone (needs heuristics or how it is used)";
            case "cross-document": return "concerns a document named by a URL";
            case "hint": return "a best-practice hint, not an error Twilio raises; no rule";
            case "informational": return "a recorded disagreement or uncertainty; the vocabulary accepts what either source accepts";
            case "no": return "depends on the account's state";
            default: return "";
        }
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
    }

    static Map<String, Set<String>> rulesByConstraint() {
        Map<String, Set<String>> map = new TreeMap<>();
        for (RuleMeta m : RuleSet.discover().allMeta()) {
            for (String c : m.constraints()) {
                map.computeIfAbsent(c, k -> new TreeSet<>()).add(m.id());
            }
        }
        return map;
    }

    static Map<String, Constraint> constraints() throws IOException {
        Map<String, Constraint> map = new LinkedHashMap<>();
        for (String[] f : rows("/coverage/constraints.tsv", 3)) {
            map.put(f[0], new Constraint(f[0], f[1], f[2]));
        }
        return map;
    }

    static Map<String, Note> notes() throws IOException {
        Map<String, Note> map = new TreeMap<>();
        for (String[] f : rows("/coverage/unchecked.tsv", 3)) {
            assertThat(map.put(f[0], new Note(f[0], f[1], f[2]))).as("one note per constraint: %s", f[0]).isNull();
        }
        return map;
    }

    private static List<String[]> rows(String resource, int columns) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = CoverageTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false; // column names
                    continue;
                }
                String[] f = line.split("\t", -1);
                assertThat(f).as("%s: %s", resource, line).hasSize(columns);
                rows.add(f);
            }
        }
        return rows;
    }

    /** The directory holding the parent pom (tests run in a module directory). */
    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("linter-core")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        return dir.getParent() == null ? dir : dir.getParent();
    }
}
