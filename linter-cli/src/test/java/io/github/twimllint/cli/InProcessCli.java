package io.github.twimllint.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command in-process and keeps what it printed. */
final class InProcessCli {
    final int exit;
    final String out;
    final String err;

    private InProcessCli(int exit, String out, String err) {
        this.exit = exit;
        this.out = out;
        this.err = err;
    }

    static InProcessCli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LintCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new InProcessCli(code, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
