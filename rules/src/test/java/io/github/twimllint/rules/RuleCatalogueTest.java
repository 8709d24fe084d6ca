package io.github.twimllint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twimllint.core.FileCollector;
import io.github.twimllint.core.Finding;
import io.github.twimllint.core.Fixtures;
import io.github.twimllint.core.LintReport;
import io.github.twimllint.core.Linter;
import io.github.twimllint.core.ProjectFixtures;
import io.github.twimllint.core.RuleDoc;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.RuleSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The rule catalogue, found the way a run finds it (ServiceLoader plus the core rules): every rule
 * has fixtures that pass, a page {@code docs/rules/<id>.md} that agrees with its metadata and whose
 * Bad example gives findings of exactly that rule and whose Fixed example gives none, and a row in
 * the README's rules table.
 *
 * <p>Fixtures of a per-document rule are {@code src/test/resources/<rule-id>/} (see {@link Fixtures}).
 * A project rule's fixtures are the folders under {@code src/test/resources/projects/} (see
 * {@link ProjectFixtures}): one of them must expect a finding of the rule and one must be clean.
 */
class RuleCatalogueTest {
    private static final RuleSet RULES = RuleSet.discover();
    private static final Path REPO = Path.of("..");
    private static final String PROJECTS = "projects";
    /** Fixture folders shared by several rules: the project fixtures, the template cases (TemplateFixturesTest), the coverage cases. */
    private static final java.util.Set<String> NOT_A_RULE = java.util.Set.of(PROJECTS, "templates", "coverage", "call-flow");
    /**
     * Rules whose Bad example cannot be shown whole on a page, with the reason: the page shows it
     * elided (and valid, so no other rule reports on it); the rule's fixtures lint real ones.
     */
    private static final Map<String, String> BAD_EXAMPLE_ELIDED = Map.of(
            "document-size", "a document over 60 kB does not fit on a page");
    /** A README rules table row: {@code | [`id`](docs/rules/id.md) | level | summary |}. */
    private static final Pattern ROW = Pattern.compile(
            "^\\| \\[`([a-z0-9-]+)`\\]\\(docs/rules/([a-z0-9-]+)\\.md\\) \\| ([a-z]+)[^|]* \\| (.+) \\|$");

    @TestFactory
    Stream<DynamicNode> everyRule() {
        assertThat(RULES.ids()).as("rules found through the ServiceLoader")
                .contains("xml-syntax", "unused-suppression", "root-element", "url-document-dial");
        return RULES.allMeta().stream().map(m -> DynamicContainer.dynamicContainer(m.id(), Stream.of(
                DynamicContainer.dynamicContainer("fixtures", Stream.of(m.id()).flatMap(RuleCatalogueTest::fixtures)),
                DynamicTest.dynamicTest("page agrees with the metadata", () -> pageAgrees(m)),
                DynamicTest.dynamicTest("page's Bad example gives findings of exactly this rule", () -> badExample(m)),
                DynamicTest.dynamicTest("page's Fixed example is clean", () -> fixedExample(m)),
                DynamicTest.dynamicTest("README rules table has its row", () -> readmeRow(m)))));
    }

    /** The cross-document fixture projects, each checked against its expected.txt. */
    @TestFactory
    Stream<DynamicTest> projectFixtures() {
        return ProjectFixtures.forProjects(PROJECTS);
    }

    @Test
    void everyFixtureFolderPageAndTableRowNamesARule() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("src/test/resources"))) {
            assertThat(s.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> !NOT_A_RULE.contains(n)))
                    .as("fixture folders").isSubsetOf(RULES.ids());
        }
        try (Stream<Path> s = Files.list(REPO.resolve("docs/rules"))) {
            assertThat(s.map(p -> p.getFileName().toString().replaceFirst("\\.md$", "")))
                    .as("pages under docs/rules").isSubsetOf(RULES.ids());
        }
        assertThat(readmeRows().keySet()).as("README rules table rows")
                .containsExactlyInAnyOrderElementsOf(RULES.ids());
    }

    private static Stream<DynamicTest> fixtures(String id) {
        if (!RULES.isProjectRule(id)) {
            return Fixtures.forRule(id);
        }
        List<String> expectingIt = new ArrayList<>();
        List<String> clean = new ArrayList<>();
        try (Stream<Path> s = Files.list(resource(PROJECTS))) {
            for (Path p : s.filter(Files::isDirectory).sorted().collect(Collectors.toList())) {
                List<String> ids = ProjectFixtures.expectedRuleIds(p.resolve("expected.txt"));
                if (ids.stream().noneMatch(RULES::isProjectRule)) {
                    clean.add(p.getFileName().toString());
                } else if (ids.contains(id)) {
                    expectingIt.add(p.getFileName().toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Stream.of(
                DynamicTest.dynamicTest("a fixture project expects a finding", () ->
                        assertThat(expectingIt).as("projects whose expected.txt lists %s", id).isNotEmpty()),
                DynamicTest.dynamicTest("a fixture project is clean", () ->
                        assertThat(clean).as("projects without project findings").isNotEmpty()));
    }

    private static RuleDoc page(RuleMeta m) throws IOException {
        Path file = REPO.resolve("docs/rules/" + m.id() + ".md");
        assertThat(file).as("the page of %s", m.id()).exists();
        return RuleDoc.parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static void pageAgrees(RuleMeta m) throws IOException {
        RuleDoc doc = page(m);
        assertThat(doc.id()).as("title").isEqualTo(m.id());
        assertThat(unquote(doc.summary())).as("summary line (code spans unquoted)").isEqualTo(m.summary());
        assertThat(doc.fact("Default level")).isEqualTo(m.defaultSeverity().label());
        assertThat(doc.fact("Twilio codes"))
                .isEqualTo(m.twilioCodes().isEmpty() ? "-" : String.join(", ", m.twilioCodes()));
        assertThat(doc.fact("Constraints")).as("constraint ids, or -").matches("-|C\\d{3}.*");
        assertThat(doc.fact("Fixable")).as("the Fixable row says what RuleMeta.fixable() says")
                .isEqualTo(m.fixable() ? "yes" : "no");
        assertThat(doc.sections().keySet()).as("sections").startsWith("Why", "Bad", "Fixed");
        assertThat(doc.sections().get("Why")).isNotBlank();
        // What the build put on the class path is this page: help and --explain read it there.
        assertThat(RuleDoc.find(m.id())).as("%s packaged as a resource", m.id()).isPresent();
        assertThat(RuleDoc.find(m.id()).get().markdown()).isEqualTo(doc.markdown());
        assertThat(m.help()).isEqualTo(doc.text());
    }

    private static void badExample(RuleMeta m) throws IOException {
        if (BAD_EXAMPLE_ELIDED.containsKey(m.id())) {
            for (LintReport r : lintExamples(page(m), "Bad")) {
                assertThat(r.findings()).as("findings on the elided Bad example of %s (%s)", m.id(),
                        BAD_EXAMPLE_ELIDED.get(m.id())).isEmpty();
            }
            return;
        }
        for (LintReport r : lintExamples(page(m), "Bad")) {
            assertThat(r.findings()).as("findings on the Bad example of %s", m.id()).isNotEmpty()
                    .extracting(Finding::ruleId).containsOnly(m.id());
        }
    }

    private static void fixedExample(RuleMeta m) throws IOException {
        for (LintReport r : lintExamples(page(m), "Fixed")) {
            assertThat(r.findings()).as("findings on the Fixed example of %s", m.id()).isEmpty();
        }
    }

    /**
     * Lints a section's examples with the real engine. Examples named by a {@code `file.xml`:} line
     * are one project (the cross-document rules see all of them); an unnamed example is a document
     * of its own. Suppressions that suppress nothing are reported, as {@code unused-suppression} asks.
     */
    private static List<LintReport> lintExamples(RuleDoc doc, String section) throws IOException {
        List<RuleDoc.Example> examples = doc.examples(section);
        assertThat(examples).as("xml examples in the %s section of %s", section, doc.id()).isNotEmpty();
        List<List<RuleDoc.Example>> runs = new ArrayList<>();
        if (examples.stream().allMatch(e -> e.fileName() != null)) {
            runs.add(examples);
        } else {
            assertThat(examples).as("either every example of a section is named or none")
                    .allMatch(e -> e.fileName() == null);
            examples.forEach(e -> runs.add(List.of(new RuleDoc.Example("example.xml", e.xml()))));
        }
        List<LintReport> reports = new ArrayList<>();
        for (List<RuleDoc.Example> run : runs) {
            Path dir = Files.createTempDirectory("rule-page");
            List<Path> named = new ArrayList<>();
            for (RuleDoc.Example e : run) {
                Files.writeString(dir.resolve(e.fileName()), e.xml(), StandardCharsets.UTF_8);
                named.add(Path.of(e.fileName()));
            }
            FileCollector.Result sources = new FileCollector(dir).collect(named);
            assertThat(sources.errors()).isEmpty();
            reports.add(Linter.builder(RULES).jobs(1).reportUnusedSuppressions(true).build().lint(sources.sources()));
        }
        return reports;
    }

    private static void readmeRow(RuleMeta m) throws IOException {
        String[] row = readmeRows().get(m.id());
        assertThat(row).as("README row of %s", m.id()).isNotNull();
        assertThat(row[0]).as("its link").isEqualTo(m.id());
        assertThat(row[1]).as("its level").isEqualTo(m.defaultSeverity().label());
        assertThat(unquote(row[2])).as("its summary").isEqualTo(m.summary());
    }

    /** Rows of the README's rules table by id: link target, level, summary. */
    private static Map<String, String[]> readmeRows() throws IOException {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(REPO.resolve("README.md"), StandardCharsets.UTF_8)) {
            Matcher r = ROW.matcher(line);
            if (r.matches()) {
                rows.put(r.group(1), new String[] {r.group(2), r.group(3), r.group(4)});
            }
        }
        return rows;
    }

    /** Markdown to the plain summary: code spans lose their backticks, an escaped pipe its backslash. */
    private static String unquote(String markdown) {
        return markdown.replaceAll("`([^`]+)`", "$1").replace("\\|", "|");
    }

    private static Path resource(String name) {
        try {
            return Path.of(RuleCatalogueTest.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aBadExampleWithAnotherRulesFindingWouldFail() throws IOException {
        // The check is not vacuous: a page whose Bad example also breaks another rule is caught.
        RuleDoc doc = RuleDoc.parse("# root-element\n\ns\n\n## Bad\n```xml\n<Say>Hi<Pause/></Say>\n```\n");
        List<LintReport> reports = lintExamples(doc, "Bad");
        assertThat(reports.get(0).findings()).extracting(Finding::ruleId).contains("root-element")
                .anyMatch(id -> !id.equals("root-element"));
    }
}
