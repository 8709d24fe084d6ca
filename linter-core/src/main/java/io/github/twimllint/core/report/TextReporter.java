package io.github.twimllint.core.report;

import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.Finding;
import io.github.twimllint.core.LintReport;
import io.github.twimllint.core.Severity;
import java.io.IOException;
import java.io.Writer;

/**
 * GNU-style lines, {@code path:line:col: error: message [rule-id]}, that editors and terminals make
 * clickable, then a one-line summary.
 */
public final class TextReporter implements Reporter {

    @Override
    public void write(LintReport report, Writer out) throws IOException {
        for (Finding f : report.findings()) {
            out.write(Printable.escape(f.path()) + ":" + f.line() + ":" + f.column() + ": " + f.severity().label()
                    + ": " + Printable.escape(f.message()) + " [" + f.ruleId() + "]\n");
        }
        for (FileResult f : report.files()) {
            if (f.internalError() != null) {
                out.write(Printable.escape(f.path()) + ": internal error: " + Printable.escape(f.internalError()) + "\n");
            }
        }
        out.write(summary(report) + "\n");
    }

    /** E.g. {@code 3 files linted: 2 errors, 1 warning, 0 notes}. */
    public static String summary(LintReport report) {
        int files = report.lintedCount();
        int errors = report.count(Severity.ERROR);
        int warnings = report.count(Severity.WARNING);
        int notes = report.count(Severity.NOTE);
        StringBuilder b = new StringBuilder();
        b.append(files).append(files == 1 ? " file" : " files").append(" linted: ");
        b.append(errors).append(errors == 1 ? " error" : " errors").append(", ");
        b.append(warnings).append(warnings == 1 ? " warning" : " warnings").append(", ");
        b.append(notes).append(notes == 1 ? " note" : " notes");
        int unreadable = report.unreadable().size();
        if (unreadable > 0) {
            b.append("; ").append(unreadable).append(unreadable == 1 ? " file" : " files").append(" unreadable");
        }
        return b.toString();
    }
}
