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
 * unreadable. A file with findings fails, its {@code <failure>} listing them one per line in the text
 * format; a file that could not be read, or where a rule failed, is an {@code <error>}. No times are
 * written, so the output is deterministic.
 */
public final class JunitReporter implements Reporter {

    @Override
    public void write(LintReport report, Writer out) throws IOException {
        List<FileResult> files = new ArrayList<>();
        for (FileResult f : report.files()) {
            if (!f.skipped()) {
                files.add(f);
            }
        }
        List<List<Finding>> byFile = new ArrayList<>();
        int failures = 0;
        int errors = 0;
        int next = 0;
        List<Finding> all = report.findings();
        for (FileResult file : files) {
            while (next < all.size() && all.get(next).path().compareTo(file.path()) < 0) {
                next++;
            }
            List<Finding> mine = new ArrayList<>();
            while (next < all.size() && all.get(next).path().equals(file.path())) {
                mine.add(all.get(next++));
            }
            byFile.add(mine);
            if (file.readError() != null || file.internalError() != null) {
                errors++;
            } else if (!mine.isEmpty()) {
                failures++;
            }
        }
        String counts = " tests=\"" + files.size() + "\" failures=\"" + failures + "\" errors=\"" + errors + "\"";
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"twiml-lint\"" + counts + ">\n");
        out.write("  <testsuite name=\"twiml-lint\"" + counts + " skipped=\"0\">\n");
        for (int i = 0; i < files.size(); i++) {
            FileResult file = files.get(i);
            List<Finding> mine = byFile.get(i);
            out.write("    <testcase classname=\"twiml-lint\" name=\"" + escape(file.path()) + "\"");
            String problem = file.readError() != null ? "cannot read the file: " + file.readError()
                    : file.internalError() != null ? "internal error: " + file.internalError() : null;
            if (problem == null && mine.isEmpty()) {
                out.write("/>\n");
                continue;
            }
            out.write(">\n");
            // A test case has an error or a failure, not both: a file that failed lists its findings in the error.
            String element = problem != null ? "error" : "failure";
            String type;
            if (problem != null) {
                type = file.readError() != null ? "read-error" : "internal-error";
            } else {
                Severity worst = Severity.NOTE;
                for (Finding f : mine) {
                    worst = f.severity().compareTo(worst) > 0 ? f.severity() : worst;
                }
                type = worst.label();
            }
            out.write("      <" + element + " message=\"" + escape(problem != null ? problem : count(mine.size()))
                    + "\" type=\"" + type + "\"");
            if (mine.isEmpty()) {
                out.write("/>\n");
            } else {
                out.write(">");
                for (Finding f : mine) {
                    out.write(text(f.path() + ":" + f.line() + ":" + f.column() + ": " + f.severity().label()
                            + ": " + f.message() + " [" + f.ruleId() + "]") + "\n");
                }
                out.write("</" + element + ">\n");
            }
            out.write("    </testcase>\n");
        }
        out.write("  </testsuite>\n");
        out.write("</testsuites>\n");
    }

    private static String count(int n) {
        return n == 1 ? "1 finding" : n + " findings";
    }
}
