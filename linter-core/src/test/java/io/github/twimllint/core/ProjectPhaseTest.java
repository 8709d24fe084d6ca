package io.github.twimllint.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectPhaseTest {

    /** Reports every reference with how it resolved; the engine fills in the rest. */
    static final class ResolutionsRule implements ProjectRule {
        static final RuleMeta META = RuleMeta.of("test-resolutions", Severity.WARNING, "test").build();
        static final AtomicInteger RUNS = new AtomicInteger();

        @Override
        public RuleMeta meta() {
            return META;
        }

        @Override
        public void check(Project project, ProjectContext ctx) {
            RUNS.incrementAndGet();
            for (DocumentFacts d : project.documents()) {
                for (DocumentFacts.Reference r : d.references()) {
                    Project.Resolution res = project.resolve(d, r);
                    String what = res.resolved() ? "-> " + res.target().path() + " " + res.target().verbs().size()
                            : res.status() + (res.tried() == null ? "" : " " + res.tried());
                    ctx.report(d, r, what, List.of(new Finding.RelatedLocation(d.path(), 1, 1, "here")));
                }
            }
        }
    }

    static final class FailingRule implements ProjectRule {
        @Override
        public RuleMeta meta() {
            return RuleMeta.of("test-failing", Severity.ERROR, "fails").build();
        }

        @Override
        public void check(Project project, ProjectContext ctx) {
            throw new IllegalArgumentException("boom");
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void resolvesReferencesAndReadsUnnamedDocumentsForTheirFacts(@TempDir Path dir) throws IOException {
        write(dir.resolve("a.xml"), "<Response>\n<Dial>\n<Number url=\"w\">1</Number>\n"
                + "<Number url=\"gone.xml\">2</Number>\n<Number url=\"https://x.example/w.xml\">3</Number>\n"
                + "</Dial>\n</Response>\n");
        write(dir.resolve("w.twiml"), "<Response><Say>a</Say><Dial>3</Dial><Sip>bad</Sip></Response>");
        Linter linter = TestDialect.builder(RuleSet.of().withProjectRules(ResolutionsRule::new)).jobs(1).build();
        List<Source> sources = new FileCollector(dir).collect(List.of(Path.of("a.xml"))).sources();
        LintReport report = linter.lint(sources);
        assertThat(report.files()).extracting(FileResult::path).containsExactly("a.xml");
        assertThat(report.rules()).extracting(RuleMeta::id).contains("test-resolutions", "xml-syntax");
        assertThat(report.findings()).extracting(f -> f.path() + ":" + f.line() + ":" + f.column() + " "
                        + f.ruleId() + " " + f.severity().label() + " " + f.message() + " " + f.anchor())
                .containsExactly(
                        "a.xml:3:14 test-resolutions warning -> w.twiml 3 /Response/Dial[1]/Number[1]/@url",
                        "a.xml:4:14 test-resolutions warning MISSING gone.xml /Response/Dial[1]/Number[2]/@url",
                        "a.xml:5:14 test-resolutions warning LEFT_ALONE /Response/Dial[1]/Number[3]/@url");
        assertThat(report.findings().get(0).related()).extracting(Finding.RelatedLocation::message)
                .containsExactly("here");
        assertThat(report.findings().get(0).endColumn()).isEqualTo(15);
    }

    @Test
    void levelsDecideWhetherAndHowProjectRulesRun() {
        RuleSet rules = RuleSet.of().withProjectRules(ResolutionsRule::new);
        String doc = "<Response><Dial><Number url=\"w.xml\">1</Number></Dial></Response>";
        List<FileResult> results = new ArrayList<>();
        results.add(Fixtures.lint(TestDialect.builder(rules).build(), "a.xml", doc));

        int before = ResolutionsRule.RUNS.get();
        Linter off = TestDialect.builder(rules).level("test-resolutions", Severity.OFF).build();
        assertThat(off.checkProject(results)).isSameAs(results);
        assertThat(ResolutionsRule.RUNS.get()).isEqualTo(before);

        Linter error = TestDialect.builder(rules).level("test-resolutions", Severity.ERROR).build();
        List<FileResult> out = error.checkProject(results);
        assertThat(out.get(0).findings()).extracting(Finding::severity).containsExactly(Severity.ERROR);
        assertThat(out.get(0).findings()).extracting(Finding::message)
                .as("standard input has no folder to resolve against").containsExactly("LEFT_ALONE");
    }

    @Test
    void aFailingProjectRuleIsAnInternalErrorNamingIt() {
        Linter linter = TestDialect.builder(RuleSet.of().withProjectRules(FailingRule::new)).build();
        List<FileResult> results = List.of(Fixtures.lint(linter, "a.xml", "<Response/>"));
        assertThatThrownBy(() -> linter.checkProject(results)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test-failing").hasMessageContaining("boom");
    }
}
