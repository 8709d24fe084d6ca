package io.github.twimllint.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of the {@code twiml-lint} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command and returns its exit code, without exiting (for tests and the Maven plugin). */
    public static int run(String... args) {
        // Standard output as a plain stream, not System.out (a PrintStream that swallows errors): a
        // full disk or a closed pipe then shows in out.checkError() and the run does not pass for a success.
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(
                new java.io.FileOutputStream(java.io.FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int exit = LintCommand.commandLine(out, err).execute(args);
        if (out.checkError() && exit < ExitCodes.USAGE) {
            // Reports say so themselves; this catches anything else printed (help, --list-rules, ...).
            err.println("twiml-lint: cannot write to standard output");
            err.flush();
            return ExitCodes.USAGE;
        }
        return exit;
    }

    static CommandLine commandLine() {
        return LintCommand.commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }
}
