package io.github.twimllint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twimllint.core.CoreRules;
import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.Finding;
import io.github.twimllint.core.LintReport;
import io.github.twimllint.core.Linter;
import io.github.twimllint.core.ProjectFixtures;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.RuleSet;
import io.github.twimllint.core.Severity;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cross-document rules on the fixture projects under {@code src/test/resources/projects/}. */
class UrlDocumentRulesTest {
    @Test
    void aSingleNamedFileReadsItsTargetForFactsOnly() throws Exception {
        LintReport report = ProjectFixtures.lint(project("single-file"));
        assertThat(report.files()).extracting(FileResult::path).containsExactly("caller.xml");
        // whisper.xml is not well-formed, but it was not named: its own findings are not reported.
        assertThat(report.findings()).extracting(Finding::ruleId).containsExactly("url-document-dial");
        assertThat(report.findings()).noneMatch(f -> f.ruleId().equals(CoreRules.XML_SYNTAX.id()));
    }

    @Test
    void theSameDocumentNamedReportsItsOwnFindingsToo() throws Exception {
        Path dir = project("single-file");
        Linter.Builder b = Linter.builder(RuleSet.discover()).jobs(1);
        LintReport report = b.build().lint(new io.github.twimllint.core.FileCollector(dir)
                .collect(List.of(Path.of("."))).sources());
        assertThat(report.findings()).extracting(f -> f.path() + " " + f.ruleId())
                .contains("caller.xml url-document-dial", "whisper.xml xml-syntax");
    }

    @Test
    void aMalformedUrlIsOnlyInvalidUrlNotAlsoAMissingDocument(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("caller.xml"), "<Response><Dial>\n"
                + "<Number url=\"http//example.com/screen\">+14155550100</Number>\n"
                + "<Number url=\"screen-missing.xml\">+14155550101</Number>\n</Dial></Response>");
        LintReport report = ProjectFixtures.lint(dir);
        assertThat(report.findings()).extracting(f -> f.line() + ":" + f.column() + " " + f.ruleId())
                .containsExactly("2:14 invalid-url", "3:14 url-document-unresolved");
    }

    @Test
    void levelsApplyToProjectRules() throws Exception {
        LintReport warned = ProjectFixtures.lint(project("two-referrers"),
                Linter.builder(RuleSet.discover()).jobs(1).level("url-document-dial", Severity.WARNING));
        assertThat(warned.findings()).filteredOn(f -> f.ruleId().equals("url-document-dial"))
                .hasSize(2).allMatch(f -> f.severity() == Severity.WARNING);
        assertThat(warned.findings()).filteredOn(f -> f.ruleId().equals("url-document-verb"))
                .hasSize(2).allMatch(f -> f.severity() == Severity.ERROR);

        LintReport off = ProjectFixtures.lint(project("two-referrers"),
                Linter.builder(RuleSet.discover()).jobs(1).level("url-document-dial", Severity.OFF));
        assertThat(off.findings()).extracting(Finding::ruleId).containsOnly("url-document-verb");
        assertThat(off.rules()).extracting(RuleMeta::id).doesNotContain("url-document-dial");
    }

    @Test
    void aSuppressionCommentCoversACrossDocumentFinding(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("caller.xml"), "<Response>\n  <Dial>\n"
                + "    <!-- twiml-lint-disable-next-line url-document-dial: the screen is retired next sprint -->\n"
                + "    <Number url=\"whisper.xml\">+15558675310</Number>\n  </Dial>\n</Response>\n");
        Files.writeString(dir.resolve("whisper.xml"), "<Response>\n  <Dial>+15551230000</Dial>\n</Response>\n");
        LintReport report = ProjectFixtures.lint(dir,
                Linter.builder(RuleSet.discover()).jobs(1).reportUnusedSuppressions(true));
        assertThat(report.findings()).extracting(f -> f.path() + " " + f.ruleId())
                .doesNotContain("caller.xml url-document-dial")
                .doesNotContain("caller.xml " + CoreRules.UNUSED_SUPPRESSION.id());
        assertThat(report.suppressed()).extracting(f -> f.ruleId() + " " + f.line() + ":" + f.column() + " "
                + f.suppression().justification())
                .containsExactly("url-document-dial 4:18 the screen is retired next sprint");
    }

    @Test
    void projectRulesAreListedWithTheOthers() {
        RuleSet rules = RuleSet.discover();
        List<String> ids = rules.allMeta().stream().map(RuleMeta::id).collect(Collectors.toList());
        assertThat(ids).contains("url-document-dial", "url-document-verb", "url-document-unresolved");
        assertThat(rules.meta("url-document-dial").defaultSeverity()).isEqualTo(Severity.ERROR);
        assertThat(rules.meta("url-document-dial").twilioCodes()).containsExactly("13201");
        assertThat(rules.meta("url-document-verb").defaultSeverity()).isEqualTo(Severity.ERROR);
        assertThat(rules.meta("url-document-verb").twilioCodes()).containsExactly("13238");
        assertThat(rules.meta("url-document-unresolved").defaultSeverity()).isEqualTo(Severity.NOTE);
        assertThat(rules.meta("url-document-unresolved").twilioCodes()).containsExactly("11200");
        assertThat(rules.isProjectRule("url-document-dial")).isTrue();
        assertThat(rules.isProjectRule("root-element")).isFalse();
        assertThat(rules.only(List.of("url-document-verb")).allMeta()).extracting(RuleMeta::id)
                .contains("url-document-verb", "xml-syntax").doesNotContain("url-document-dial", "root-element");
    }

    private static Path project(String name) throws URISyntaxException {
        return Path.of(UrlDocumentRulesTest.class.getClassLoader().getResource("projects/" + name).toURI());
    }
}
