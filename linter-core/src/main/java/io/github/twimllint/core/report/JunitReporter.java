package io.github.twimllint.core.report;

import static io.github.twimllint.core.report.XmlText.escape;
import static io.github.twimllint.core.report.XmlText.text;

import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.Finding;
import io.github.twimllint.core.LintReport;
import io.github.twimllint.core.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * JUnit XML for CI test tabs (GitLab, Jenkins, Azure): one suite, one test case per file linted or
 * unreadable. A file with findings at or above the run's failing level fails, its {@code <failure>}
 * listing all its findings one per line in the text format; a file with findings below that level
 * passes and lists them in {@code <system-out>}, so the test tab agrees with the exit code. A file
 * that could not be read, or where a rule failed, is an {@code <error>}. No times are written, so
 * the output is deterministic.
 */
public final class JunitReporter implements Reporter {
    private final Severity failOn;

    /** Failing at {@code error}, the default failing level. */
    public JunitReporter() {
        this(Severity.ERROR);
    }

    /** Cases fail on findings at or above {@code failOn}; {@link Severity#OFF} (none): never on findings. */
    public JunitReporter(Severity failOn) {
        this.failOn = failOn;
    }

    @Override
    public void write(LintReport report, Writer out) throws IOException {
        List<FileResult> files = new ArrayList<>();
        for (FileResult f : report.files()) {
            if (!f.skipped()) {
                files.add(f);
            }
        }
        // Two passes over the findings, one file at a time (they may be in a temporary file): the
        // counts first (the header needs them), then the text.
        int[] count = new int[files.size()];
        Severity[] worst = new Severity[files.size()];
        int failures = 0;
        int errors = 0;
        ByPath pass = new ByPath(report.findings());
        for (int i = 0; i < files.size(); i++) {
            FileResult file = files.get(i);
            for (Finding f = pass.next(file.path()); f != null; f = pass.next(file.path())) {
                count[i]++;
                worst[i] = worst[i] == null || f.severity().compareTo(worst[i]) > 0 ? f.severity() : worst[i];
            }
            if (file.readError() != null || file.internalError() != null) {
                errors++;
            } else if (fails(worst[i])) {
                failures++;
            }
        }
        String counts = " tests=\"" + files.size() + "\" failures=\"" + failures + "\" errors=\"" + errors + "\"";
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"twiml-lint\"" + counts + ">\n");
        out.write("  <testsuite name=\"twiml-lint\"" + counts + " skipped=\"0\">\n");
        pass = new ByPath(report.findings());
        for (int i = 0; i < files.size(); i++) {
            FileResult file = files.get(i);
            out.write("    <testcase classname=\"twiml-lint\" name=\"" + escape(file.path()) + "\"");
            String problem = file.readError() != null ? "cannot read the file: " + file.readError()
                    : file.internalError() != null ? "internal error: " + file.internalError() : null;
            if (problem == null && count[i] == 0) {
                out.write("/>\n");
                continue;
            }
            out.write(">\n");
            if (problem == null && !fails(worst[i])) {
                out.write("      <system-out>");
                lines(pass, file, out);
                out.write("</system-out>\n    </testcase>\n");
                continue;
            }
            // A test case has an error or a failure, not both: a file that failed lists its findings in the error.
            String element = problem != null ? "error" : "failure";
            String type;
            if (problem != null) {
                type = file.readError() != null ? "read-error" : "internal-error";
            } else {
                type = worst[i].label();
            }
            out.write("      <" + element + " message=\"" + escape(problem != null ? problem : count(count[i]))
                    + "\" type=\"" + type + "\"");
            if (count[i] == 0) {
                out.write("/>\n");
            } else {
                out.write(">");
                lines(pass, file, out);
                out.write("</" + element + ">\n");
            }
            out.write("    </testcase>\n");
        }
        out.write("  </testsuite>\n");
        out.write("</testsuites>\n");
    }

    /** Whether a file whose most severe finding is {@code worst} (null: none) fails. */
    private boolean fails(Severity worst) {
        return worst != null && worst.fails(failOn);
    }

    /** The file's findings, one line each. */
    private static void lines(ByPath findings, FileResult file, Writer out) throws IOException {
        for (Finding f = findings.next(file.path()); f != null; f = findings.next(file.path())) {
            out.write(line(f));
        }
    }

    private static String line(Finding f) {
        return text(f.path() + ":" + f.line() + ":" + f.column() + ": " + f.severity().label()
                + ": " + f.message() + " [" + f.ruleId() + "]") + "\n";
    }

    private static String count(int n) {
        return n == 1 ? "1 finding" : n + " findings";
    }
}
