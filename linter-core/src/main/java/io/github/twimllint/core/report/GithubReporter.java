package io.github.twimllint.core.report;

import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.Finding;
import io.github.twimllint.core.LintReport;
import io.github.twimllint.core.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

/**
 * GitHub Actions workflow commands ({@code ::error file=...,line=...::message}) that annotate a
 * pull request without code scanning. Paths are relative to the source root (the repository root in
 * Actions), as GitHub needs to place them. A summary line ends the output.
 */
public final class GithubReporter implements Reporter {

    @Override
    public void write(LintReport report, Writer out) throws IOException {
        write(report, ReportContext.defaults(), out);
    }

    @Override
    public void write(LintReport report, ReportContext context, Writer out) throws IOException {
        Map<String, String> paths = new HashMap<>();
        for (Finding f : report.findings()) {
            out.write("::" + command(f.severity())
                    + " file=" + property(paths.computeIfAbsent(f.path(), context::rootRelative))
                    + ",line=" + f.line()
                    + ",col=" + f.column()
                    + ",endLine=" + f.endLine()
                    + ",endColumn=" + f.endColumn()
                    + ",title=" + property("twiml-lint " + f.ruleId())
                    + "::" + data(f.message()) + "\n");
        }
        for (FileResult f : report.files()) {
            String problem = fileProblem(f);
            if (problem != null) {
                out.write("::error file=" + property(context.rootRelative(f.path()))
                        + ",title=" + property("twiml-lint") + "::" + data(problem) + "\n");
            }
        }
        out.write(TextReporter.summary(report) + "\n");
    }

    /** Why a file has no findings to show (it could not be read, a rule failed on it), or null. */
    static String fileProblem(FileResult f) {
        return f.readError() != null ? "cannot read the file: " + f.readError()
                : f.internalError() != null ? "internal error: " + f.internalError() : null;
    }

    static String command(Severity s) {
        switch (s) {
            case ERROR: return "error";
            case WARNING: return "warning";
            default: return "notice";
        }
    }

    /**
     * The message part: {@code %}, CR and LF are escaped (GitHub's rules for command data); other
     * control characters (ESC would colour the log) are shown escaped.
     */
    static String data(String s) {
        return Printable.escape(s, true).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value: as data, plus {@code :} and {@code ,}, which would end the value. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
