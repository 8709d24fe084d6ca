package io.github.twimllint.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.Finding;
import io.github.twimllint.core.LintReport;
import io.github.twimllint.core.Severity;
import io.github.twimllint.core.report.ReportContext;
import io.github.twimllint.core.report.Reporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every report is written on its own: one that fails is a line and a status, the others are still written. */
class WriteReportsTest {
    private static final LintReport REPORT = new LintReport(List.of(new FileResult("a.xml", List.of(
            new Finding("some-rule", Severity.ERROR, "broken", "a.xml", 1, 2, 1, 3, null, List.of())),
            false, null, null)), List.of());

    @TempDir
    Path dir;

    private final List<String> problems = new ArrayList<>();

    private RunOutcome.Status write(List<ReportTarget> targets, Function<ReportTarget, Reporter> reporters, PrintWriter out) {
        return LintSession.writeReports(targets, reporters, REPORT, ReportContext.defaults(), dir, out, problems::add);
    }

    private static Reporter failing(Throwable t) {
        return (report, out) -> {
            out.write("half");
            if (t instanceof Error) {
                throw (Error) t;
            }
            throw (RuntimeException) t;
        };
    }

    @Test
    void reportsGoToTheirFilesInTheBaseFolderOrToStandardOutput() throws Exception {
        StringWriter text = new StringWriter();
        RunOutcome.Status s = write(List.of(new ReportTarget(ReportFormat.TEXT, null),
                new ReportTarget(ReportFormat.JSON, Path.of("r.json"))), t -> t.format().reporter(), new PrintWriter(text));
        assertThat(s).isEqualTo(RunOutcome.Status.OK);
        assertThat(problems).isEmpty();
        assertThat(text.toString()).contains("a.xml:1:2").contains("broken");
        assertThat(Files.readString(dir.resolve("r.json"))).contains("\"some-rule\"");
    }

    @Test
    void aReportThatCannotBeWrittenIsAnInputErrorAndTheNextIsStillWritten() throws Exception {
        RunOutcome.Status s = write(List.of(new ReportTarget(ReportFormat.JSON, Path.of("no/r.json")),
                new ReportTarget(ReportFormat.SARIF, Path.of("r.sarif"))), t -> t.format().reporter(),
                new PrintWriter(new StringWriter()));
        assertThat(s).isEqualTo(RunOutcome.Status.INPUT_ERROR);
        assertThat(problems).containsExactly("cannot write the report to no/r.json: the folder does not exist");
        assertThat(dir.resolve("r.sarif")).exists();
    }

    @Test
    void standardOutputThatFailsIsAnInputError() {
        Writer broken = new Writer() {
            @Override
            public void write(char[] c, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        RunOutcome.Status s = write(List.of(new ReportTarget(ReportFormat.GITHUB, null)), t -> t.format().reporter(),
                new PrintWriter(broken));
        assertThat(s).isEqualTo(RunOutcome.Status.INPUT_ERROR);
        assertThat(problems).containsExactly("cannot write the github report to standard output: write error");
    }

    @Test
    void aReporterThatFailsIsAnInternalErrorWhateverCameBefore() throws Exception {
        List<ReportTarget> targets = List.of(new ReportTarget(ReportFormat.JSON, Path.of("no/r.json")),
                new ReportTarget(ReportFormat.SARIF, Path.of("r.sarif")),
                new ReportTarget(ReportFormat.CHECKSTYLE, Path.of("no/c.xml")),
                new ReportTarget(ReportFormat.TEXT, Path.of("r.txt")));
        RunOutcome.Status s = write(targets, t -> t.format() == ReportFormat.SARIF
                ? failing(new IllegalStateException("boom")) : t.format().reporter(), new PrintWriter(new StringWriter()));
        assertThat(s).isEqualTo(RunOutcome.Status.INTERNAL_ERROR);
        assertThat(problems).containsExactly("cannot write the report to no/r.json: the folder does not exist",
                "internal error while writing the sarif report: java.lang.IllegalStateException: boom",
                "cannot write the report to no/c.xml: the folder does not exist");
        assertThat(dir.resolve("r.sarif")).as("the old report is not replaced by half a one").doesNotExist();
        assertThat(Files.readString(dir.resolve("r.txt"))).contains("broken");
    }

    @Test
    void runningOutOfMemoryInOneReportLeavesTheOthers() throws Exception {
        StringWriter text = new StringWriter();
        RunOutcome.Status s = write(List.of(new ReportTarget(ReportFormat.HTML, null),
                new ReportTarget(ReportFormat.TEXT, null)), t -> t.format() == ReportFormat.HTML
                ? failing(new OutOfMemoryError("Java heap space")) : t.format().reporter(), new PrintWriter(text));
        assertThat(s).isEqualTo(RunOutcome.Status.INTERNAL_ERROR);
        assertThat(problems).containsExactly("out of memory while writing the html report (give Java more with"
                + " JAVA_TOOL_OPTIONS=-Xmx...)");
        assertThat(text.toString()).contains("broken");
    }

    @Test
    void aReporterThatCannotBeMadeIsAnInternalError() {
        RunOutcome.Status s = write(List.of(new ReportTarget(ReportFormat.DOT, null)), t -> {
            throw new NoClassDefFoundError("some/Layout");
        }, new PrintWriter(new StringWriter()));
        assertThat(s).isEqualTo(RunOutcome.Status.INTERNAL_ERROR);
        assertThat(problems).containsExactly("internal error while writing the dot report: java.lang.NoClassDefFoundError: some/Layout");
    }
}
