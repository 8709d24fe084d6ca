package io.github.twimllint.cli;

import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.Finding;
import io.github.twimllint.core.Findings;
import io.github.twimllint.core.LintReport;
import io.github.twimllint.core.Severity;
import java.util.ArrayList;
import java.util.List;

/** {@code --quiet}: the report keeps error-level findings only (suppressed ones stay for SARIF). */
final class Quiet {
    private Quiet() {
    }

    static LintReport errorsOnly(LintReport report) {
        List<FileResult> files = new ArrayList<>(report.files().size());
        for (FileResult f : report.files()) {
            Findings.Builder kept = Findings.builder();
            for (Finding x : f.findings()) {
                if (x.isSuppressed() || x.severity() == Severity.ERROR) {
                    kept.add(x);
                }
            }
            files.add(new FileResult(f.path(), kept.build(), f.skipped(), f.readError(), f.internalError()));
        }
        return new LintReport(files, report.rules());
    }

    /**
     * Whether {@link #errorsOnly} of the report shows a finding at or above {@code level}, without
     * making it: a run whose text report is not written (SARIF to a file) copies nothing.
     */
    static boolean showsAtLeast(LintReport report, Severity level) {
        for (Finding f : report.findings()) {
            if (f.severity() == Severity.ERROR && f.severity().atLeast(level)) {
                return true;
            }
        }
        return false;
    }
}
