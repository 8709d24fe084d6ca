package io.github.twimllint.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.Finding;
import io.github.twimllint.core.LintReport;
import io.github.twimllint.core.Severity;
import io.github.twimllint.core.report.ReportContext;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one registry of formats: names users type, file names, and the reporter each gives. */
class ReportFormatTest {

    @Test
    void namesAreParsedWhateverTheirCaseAndSpacesAndListedInTheMessageOtherwise() {
        assertThat(ReportFormat.parse("sarif")).isEqualTo(ReportFormat.SARIF);
        assertThat(ReportFormat.parse(" JUnit ")).isEqualTo(ReportFormat.JUNIT);
        assertThat(ReportFormat.parse("CodeClimate")).isEqualTo(ReportFormat.CODECLIMATE);
        assertThatThrownBy(() -> ReportFormat.parse("xml")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown format 'xml' (expected text, sarif, dot, mermaid, html, github, json,"
                        + " checkstyle, codeclimate or junit)");
        assertThat(ReportFormat.expected()).isEqualTo(
                "text, sarif, dot, mermaid, html, github, json, checkstyle, codeclimate or junit");
    }

    @Test
    void eachFormatHasItsLabelAndFileName() {
        assertThat(ReportFormat.GITHUB.label()).isEqualTo("github");
        assertThat(ReportFormat.GITHUB).hasToString("github");
        assertThat(ReportFormat.TEXT.fileName()).isEqualTo("twiml-lint.txt");
        assertThat(ReportFormat.GITHUB.fileName()).isEqualTo("twiml-lint-github.txt");
        assertThat(ReportFormat.CHECKSTYLE.fileName()).isEqualTo("twiml-lint-checkstyle.xml");
        for (ReportFormat f : ReportFormat.values()) {
            assertThat(ReportFormat.parse(f.label())).isEqualTo(f);
            assertThat(f.fileName()).startsWith("twiml-lint");
        }
    }

    /** The report of a run with one warning, as the format's reporter writes it. */
    private static String write(ReportFormat f, Severity failOn) throws Exception {
        Finding w = new Finding("some-rule", Severity.WARNING, "a warning", "a.xml", 2, 3, 2, 4, null, List.of());
        LintReport r = new LintReport(List.of(new FileResult("a.xml", List.of(w), false, null, null)), List.of());
        StringWriter out = new StringWriter();
        (failOn == null ? f.reporter() : f.reporter(failOn)).write(r, ReportContext.defaults(), out);
        return out.toString();
    }

    @Test
    void eachFormatWritesItsOwnKindOfReport() throws Exception {
        assertThat(write(ReportFormat.TEXT, null)).contains("a.xml:2:3");
        assertThat(write(ReportFormat.SARIF, null)).contains("\"$schema\"").contains("sarif");
        assertThat(write(ReportFormat.GITHUB, null)).startsWith("::warning ");
        assertThat(write(ReportFormat.JSON, null)).startsWith("{").contains("\"some-rule\"");
        assertThat(write(ReportFormat.CHECKSTYLE, null)).contains("<checkstyle");
        assertThat(write(ReportFormat.CODECLIMATE, null)).startsWith("[");
        assertThat(write(ReportFormat.DOT, null)).startsWith("digraph");
        assertThat(write(ReportFormat.MERMAID, null)).startsWith("flowchart");
        assertThat(write(ReportFormat.HTML, null)).containsIgnoringCase("<!doctype html");
        assertThat(write(ReportFormat.JUNIT, null)).contains("<testsuites");
    }

    @Test
    void junitFailsATestCaseOnlyAtTheRunsFailingLevel() throws Exception {
        assertThat(write(ReportFormat.JUNIT, null)).as("failing at error: a warning passes").doesNotContain("<failure");
        assertThat(write(ReportFormat.JUNIT, Severity.ERROR)).doesNotContain("<failure");
        assertThat(write(ReportFormat.JUNIT, Severity.WARNING)).contains("<failure");
    }
}
