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
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return LintCommand.commandLine(out, err).execute(args);
    }

    static CommandLine commandLine() {
        return LintCommand.commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }
}
