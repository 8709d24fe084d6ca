package io.github.twimllint.cli;

import io.github.twimllint.core.Source;
import io.github.twimllint.core.report.Printable;
import io.github.twimllint.core.run.FixRun;
import io.github.twimllint.core.run.RunException;
import io.github.twimllint.core.run.RunOutcome;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code --fix} and {@code --diff}: the options and what is printed or written for them. The
 * fixing is the run layer's ({@code LintSession.fix}); this only hands its result out.
 */
final class FixOptions {

    boolean fix;
    boolean diff;

    static void addTo(CommandSpec spec) {
        spec.addOption(Args.flag("Apply the fixes of fixable findings to the files in place (atomically, re-linting"
                + " up to 10 passes), then report what is left. With '-' the fixed document goes to standard output"
                + " and the report to standard error.", "--fix").build());
        spec.addOption(Args.flag("Print the fixes --fix would apply as a unified diff (git apply) and change nothing;"
                + " the report goes to standard error.", "--diff").build());
    }

    void read(CommandSpec spec) {
        fix = Args.given(spec, "--fix");
        diff = Args.given(spec, "--diff");
    }

    boolean any() {
        return fix || diff;
    }

    void check() throws UsageException {
        if (fix && diff) {
            throw new UsageException("--fix and --diff cannot be combined: --diff shows the fixes without applying"
                    + " them, --fix applies them");
        }
    }

    /** Standard output is the diff's or the fixed standard input's: reports meant for it go to standard error. */
    PrintWriter reportStream(PrintWriter out, PrintWriter err, List<String> paths) {
        return diff || fix && paths.contains("-") ? err : out;
    }

    /**
     * Writes the fixed files (or prints the diff, or the fixed standard input) and the summary.
     * {@code raw} is standard output as bytes (null: write the document as text to {@code out}).
     */
    RunOutcome.Status finish(FixRun run, List<Source> sources, PrintWriter out, OutputStream raw, PrintWriter err) {
        RunOutcome.Status status = RunOutcome.Status.OK;
        try {
            if (diff) {
                out.print(run.diff());
            } else {
                for (String problem : run.write()) {
                    err.println("twiml-lint: " + Printable.escape(problem));
                    status = RunOutcome.Status.INPUT_ERROR;
                }
                for (Source s : sources) {
                    if (s.file() == null) {
                        print(run.document(s), out, raw);
                    }
                }
            }
            out.flush();
            if (out.checkError()) {
                throw new IOException("write error");
            }
        } catch (IOException | RunException e) {
            err.println("twiml-lint: cannot write the fixed document to standard output: " + e.getMessage());
            status = RunOutcome.Status.INPUT_ERROR;
        }
        err.println("twiml-lint: " + (diff ? run.summary().replace(" fixed in ", " fixable in ")
                + " (nothing changed; --fix applies them)" : run.summary()));
        return status;
    }

    private static void print(byte[] document, PrintWriter out, OutputStream raw) throws IOException {
        out.flush();
        if (raw != null) {
            // Its own bytes: the encoding and byte-order mark the document came with.
            raw.write(document);
            raw.flush();
        } else {
            out.print(new String(document, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
