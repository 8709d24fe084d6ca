package io.github.twimllint.core.report;

import static io.github.twimllint.core.report.XmlText.escape;

import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.Finding;
import io.github.twimllint.core.LintReport;
import io.github.twimllint.core.Severity;
import java.io.IOException;
import java.io.Writer;

/**
 * Checkstyle XML, as read by reviewdog, Jenkins Warnings and many IDEs: one {@code <file>} per file
 * linted or unreadable (skipped files are left out), one {@code <error>} per finding with
 * {@code source="twiml-lint.<rule-id>"}. A file that could not be read gets one error with
 * {@code source="twiml-lint"}.
 */
public final class CheckstyleReporter implements Reporter {
    /** The Checkstyle format version most consumers expect (ESLint and others write the same). */
    static final String FORMAT_VERSION = "4.3";

    @Override
    public void write(LintReport report, Writer out) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<checkstyle version=\"" + FORMAT_VERSION + "\">\n");
        ByPath findings = new ByPath(report.findings());
        for (FileResult file : report.files()) {
            if (file.skipped()) {
                continue;
            }
            out.write("  <file name=\"" + escape(file.path()) + "\">\n");
            // Findings are sorted by path first, so this file's findings are a contiguous run.
            for (Finding f = findings.next(file.path()); f != null; f = findings.next(file.path())) {
                out.write("    <error line=\"" + f.line() + "\" column=\"" + f.column()
                        + "\" severity=\"" + severity(f.severity())
                        + "\" message=\"" + escape(f.message())
                        + "\" source=\"twiml-lint." + escape(f.ruleId()) + "\"/>\n");
            }
            String problem = file.readError() != null ? "cannot read the file: " + file.readError()
                    : file.internalError() != null ? "internal error: " + file.internalError() : null;
            if (problem != null) {
                out.write("    <error line=\"1\" column=\"1\" severity=\"error\" message=\"" + escape(problem)
                        + "\" source=\"twiml-lint\"/>\n");
            }
            out.write("  </file>\n");
        }
        out.write("</checkstyle>\n");
    }

    static String severity(Severity s) {
        switch (s) {
            case ERROR: return "error";
            case WARNING: return "warning";
            default: return "info";
        }
    }
}
