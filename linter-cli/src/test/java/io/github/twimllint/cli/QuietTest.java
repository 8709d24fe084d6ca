package io.github.twimllint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.Finding;
import io.github.twimllint.core.LintReport;
import io.github.twimllint.core.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuietTest {

    private static Finding at(String path, int line, Severity severity) {
        return new Finding("some-rule", severity, "message " + line, path, line, 1, line, 2, "/Response", List.of());
    }

    private static LintReport report(List<Finding> a, List<Finding> b) {
        return new LintReport(List.of(new FileResult("a.xml", a, false, null, null),
                new FileResult("b.xml", b, false, null, null)), List.of());
    }

    /** The check the command makes without trimming the report answers as the trimmed report would. */
    @Test
    void showsAtLeastAgreesWithTheTrimmedReport() {
        Finding.Suppression inSource = new Finding.Suppression(Finding.Suppression.Kind.IN_SOURCE, "why");
        List<LintReport> reports = List.of(
                report(List.of(), List.of()),
                report(List.of(at("a.xml", 1, Severity.NOTE)), List.of(at("b.xml", 2, Severity.WARNING))),
                report(List.of(at("a.xml", 1, Severity.WARNING)), List.of(at("b.xml", 3, Severity.ERROR))),
                report(List.of(at("a.xml", 1, Severity.ERROR).suppressed(inSource)), List.of(at("b.xml", 1, Severity.NOTE))));
        List<Boolean> expected = List.of(false, false, false, false, false, false, true, true, true, false, false, false);
        int i = 0;
        for (LintReport r : reports) {
            for (Severity level : List.of(Severity.NOTE, Severity.WARNING, Severity.ERROR)) {
                assertThat(Quiet.showsAtLeast(r, level)).as("report %s at %s", reports.indexOf(r), level)
                        .isEqualTo(Quiet.errorsOnly(r).hasAtLeast(level))
                        .isEqualTo(expected.get(i++));
            }
        }
    }
}
