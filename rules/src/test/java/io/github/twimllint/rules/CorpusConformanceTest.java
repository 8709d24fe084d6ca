package io.github.twimllint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twimllint.core.FileCollector;
import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.Finding;
import io.github.twimllint.core.Fixtures;
import io.github.twimllint.core.Linter;
import io.github.twimllint.core.RuleSet;
import io.github.twimllint.core.Source;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs every rule over the shared corpus of real TwiML (../shared/corpus, kept outside the
 * repository and never copied into it) as {@code twiml-lint corpus/} would: no document may crash
 * the linter or take more than a second, and every finding on Twilio's own documents
 * ({@code api-snippets/}, {@code twilio-java-tests/}) must be a recorded true violation in
 * {@code corpus-expectations.tsv}, with the constraint it breaks. A new finding there is a false
 * positive to fix or a violation to record; a recorded one that no longer appears is stale. The
 * twilio-java fragments (single elements, not documents) are held to the same standard for the
 * rules that judge attributes on their own.
 */
class CorpusConformanceTest {
    private static final String EXPECTATIONS = "/corpus-expectations.tsv";
    private static final Pattern CONSTRAINT = Pattern.compile("C\\d{3}");
    private static final long MAX_NANOS_PER_DOCUMENT = 1_000_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Folders whose findings must all be recorded: documents written by Twilio. */
    private static boolean inScope(String path) {
        return path.startsWith("api-snippets/") || path.startsWith("twilio-java-tests/");
    }

    /**
     * Rules that judge one attribute on its own, so their findings mean the same in a fragment:
     * the twilio-java tests' single-element fragments ({@code <Dial .../>}, skipped as documents)
     * exercise every attribute the SDK knows, with its test values.
     */
    private static final Set<String> ATTRIBUTE_RULES = Set.of("invalid-attribute-value", "invalid-method",
            "invalid-url", "callback-hostname", "status-callback-event", "unknown-attribute");

    /** String-concatenation pieces: not documents (corpus README), so not linted. */
    private static boolean isDocument(String path) {
        return !path.startsWith("wild/fragments/");
    }

    @Test
    void corpusLintsWithoutCrashesAndOnlyRecordedFindingsOnTwilioDocuments() throws IOException {
        Path corpus = repositoryRoot().resolve("../shared/corpus").normalize();
        Assumptions.assumeTrue(Files.isDirectory(corpus),
                "corpus conformance skipped: no TwiML corpus at " + corpus
                        + " (it is test data kept beside the repository, not in it)");

        Linter linter = Linter.builder(RuleSet.discover()).jobs(1).build();
        Fixtures.lint(linter, "warm-up.xml", "<Response><Say>warm up</Say></Response>"); // loads the vocabulary

        List<Source> sources = new ArrayList<>();
        for (Source s : new FileCollector(corpus).collect(List.of(corpus)).sources()) {
            if (isDocument(s.displayPath())) {
                sources.add(s);
            }
        }
        assertThat(sources).as("documents found in %s", corpus).isNotEmpty();

        List<String> problems = new ArrayList<>();
        Map<String, Finding> actual = new TreeMap<>();
        Map<String, Integer> perRule = new TreeMap<>();
        Map<String, Integer> perRuleInScope = new TreeMap<>();
        Map<String, Integer> perRuleInFragments = new TreeMap<>();
        int fragments = 0;
        int linted = 0;
        int skipped = 0;
        long slowest = 0;
        String slowestPath = "";
        long started = System.nanoTime();
        for (Source s : sources) {
            long t0 = cpuNanos();
            FileResult r = linter.lint(s);
            long took = cpuNanos() - t0;
            if (took > slowest) {
                slowest = took;
                slowestPath = s.displayPath();
            }
            if (r.internalError() != null) {
                problems.add(s.displayPath() + ": internal error: " + r.internalError());
            }
            if (r.readError() != null) {
                problems.add(s.displayPath() + ": read error: " + r.readError());
            }
            if (took > MAX_NANOS_PER_DOCUMENT) {
                problems.add(s.displayPath() + ": took " + took / 1_000_000 + " ms");
            }
            if (r.skipped()) {
                skipped++;
                if (s.displayPath().startsWith("twilio-java-tests/")) {
                    fragments++;
                    FileResult fr = linter.lint(Source.ofFile(s.file(), s.displayPath(), false));
                    if (fr.internalError() != null) {
                        problems.add(s.displayPath() + ": internal error: " + fr.internalError());
                    }
                    for (Finding f : fr.findings()) {
                        if (!f.isSuppressed() && ATTRIBUTE_RULES.contains(f.ruleId())) {
                            perRuleInFragments.merge(f.ruleId(), 1, Integer::sum);
                            actual.put(key(f.path(), f.ruleId(), f.line(), f.column()), f);
                        }
                    }
                }
                continue;
            }
            linted++;
            for (Finding f : r.findings()) {
                if (f.isSuppressed()) {
                    continue;
                }
                perRule.merge(f.ruleId(), 1, Integer::sum);
                if (inScope(f.path())) {
                    perRuleInScope.merge(f.ruleId(), 1, Integer::sum);
                    actual.put(key(f.path(), f.ruleId(), f.line(), f.column()), f);
                }
            }
        }
        System.out.printf("corpus: %d documents linted, %d *.xml skipped (root is not <Response>) in %d ms"
                + " (wall), slowest %d ms CPU (%s)%n", linted, skipped, (System.nanoTime() - started) / 1_000_000,
                slowest / 1_000_000, slowestPath);
        System.out.println("corpus: findings per rule (all documents): " + perRule);
        System.out.println("corpus: findings per rule (api-snippets, twilio-java-tests): " + perRuleInScope);
        System.out.printf("corpus: attribute-rule findings on %d twilio-java-tests fragments: %s%n", fragments,
                perRuleInFragments);
        assertThat(problems).as("documents that crashed or were slow").isEmpty();

        Map<String, String[]> expected = readExpectations(problems);
        List<String> unexpected = new ArrayList<>();
        for (Map.Entry<String, Finding> e : actual.entrySet()) {
            if (!expected.containsKey(e.getKey())) {
                Finding f = e.getValue();
                unexpected.add(e.getKey() + "\t(" + f.severity().label() + ": " + f.message() + ")");
            }
        }
        List<String> stale = new ArrayList<>(new TreeSet<>(expected.keySet()));
        stale.removeAll(actual.keySet());
        assertThat(problems).as("malformed lines in %s", EXPECTATIONS).isEmpty();
        assertThat(unexpected).as("findings on Twilio's documents that %s does not record: fix the false"
                + " positive, or record the violation with its C-number", EXPECTATIONS).isEmpty();
        assertThat(stale).as("recorded in %s but no longer found: remove them", EXPECTATIONS).isEmpty();
    }

    /**
     * The time this thread has spent on the CPU (wall time where the JVM cannot tell): the build
     * machine is shared, and a document must not fail the limit because another process ran.
     */
    private static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static String key(String file, String rule, int line, int column) {
        return file + "\t" + rule + "\t" + line + "\t" + column;
    }

    /** file, rule, line, column, constraint (C-number), reason; '#' starts a comment line. */
    private static Map<String, String[]> readExpectations(List<String> problems) throws IOException {
        Map<String, String[]> map = new LinkedHashMap<>();
        try (InputStream in = CorpusConformanceTest.class.getResourceAsStream(EXPECTATIONS)) {
            assertThat(in).as("%s on the test class path", EXPECTATIONS).isNotNull();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("file\t")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length != 6 || !c[2].matches("\\d+") || !c[3].matches("\\d+")
                        || !CONSTRAINT.matcher(c[4]).matches() || c[5].isBlank()) {
                    problems.add(EXPECTATIONS + ":" + n + ": expected file, rule, line, column, C-number, reason: "
                            + line);
                    continue;
                }
                String k = key(c[0], c[1], Integer.parseInt(c[2]), Integer.parseInt(c[3]));
                if (map.put(k, c) != null) {
                    problems.add(EXPECTATIONS + ":" + n + ": duplicate: " + k);
                }
            }
        }
        return map;
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
