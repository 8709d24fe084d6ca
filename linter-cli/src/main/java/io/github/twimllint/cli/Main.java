package io.github.twimllint.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of the {@code twiml-lint} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code;
        try {
            code = run(args);
        } catch (OutOfMemoryError e) {
            // Past the per-document guard (collecting, reporting): one line, never a stack trace.
            System.err.println("twiml-lint: internal error: out of memory; give Java more with"
                    + " JAVA_TOOL_OPTIONS=-Xmx... or lint fewer files at a time");
            code = ExitCodes.INTERNAL;
        }
        System.exit(code);
    }

    /** Runs the command and returns its exit code, without exiting (for tests and the Maven plugin). */
    public static int run(String... args) {
        // Standard output as a plain stream, not System.out (a PrintStream that swallows errors): a
        // full disk or a closed pipe then shows in out.checkError() and the run does not pass for a success.
        java.io.OutputStream stdout = new java.io.FileOutputStream(java.io.FileDescriptor.out);
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        CommandLine cl = LintCommand.commandLine(out, err);
        ((LintCommand) cl.getCommand()).rawOut = stdout;
        int exit = cl.execute(args);
        if (out.checkError() && exit < ExitCodes.USAGE) {
            // Reports say so themselves; this catches anything else printed (help, --list-rules, ...).
            err.println("twiml-lint: cannot write to standard output");
            err.flush();
            return ExitCodes.USAGE;
        }
        return exit;
    }

    /**
     * Whether standard input was closed when the process started ({@code twiml-lint - <&-}). The
     * JVM then opens its own files on descriptor 0, so reading "standard input" would read (and
     * has crashed on) the JVM's module image. Linux only: elsewhere this answers false.
     */
    static boolean stdinClosedAtStart() {
        java.nio.file.Path fd0 = java.nio.file.Path.of("/proc/self/fd/0");
        try {
            java.nio.file.Path target = java.nio.file.Files.readSymbolicLink(fd0);
            java.nio.file.Path javaHome = java.nio.file.Path.of(System.getProperty("java.home"));
            return target.isAbsolute() && (target.startsWith(javaHome) || target.toString().endsWith(".jar"));
        } catch (java.io.IOException | UnsupportedOperationException | java.nio.file.InvalidPathException
                 | SecurityException e) {
            return false;
        }
    }

    static CommandLine commandLine() {
        return LintCommand.commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }
}
