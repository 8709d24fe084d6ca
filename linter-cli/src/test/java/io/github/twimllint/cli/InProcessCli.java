package io.github.twimllint.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the command in-process and keeps what it printed. */
record InProcessCli(int exitCode, String out, String err) {
    /** The repository root, seen from the module directory tests run in. */
    static final Path REPO = Path.of("..").toAbsolutePath().normalize();

    static InProcessCli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LintCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new InProcessCli(code, out.toString(), err.toString());
    }
}
