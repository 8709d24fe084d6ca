package io.github.twimllint.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the real command line: in a child JVM (own working directory, stdin, environment) or in process. */
final class CliRunner {
    record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private CliRunner() {
    }

    /** {@code java -cp <test class path> io.github.twimllint.cli.Main args} in {@code cwd}. */
    static Result run(Path cwd, String stdin, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("io.github.twimllint.cli.Main");
        return exec(cmd, cwd, stdin, env, args);
    }

    /**
     * In a child JVM to which file permissions apply (as nobody when the tests run as root, see
     * {@link Unprivileged}); skips the test when that is impossible. {@code cwd} must be reachable by nobody.
     */
    static Result runUnprivileged(Path cwd, String... args) throws IOException, InterruptedException {
        return exec(Unprivileged.javaCommand(), cwd, null, Map.of(), args);
    }

    private static Result exec(List<String> command, Path cwd, String stdin, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(command);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
        pb.environment().remove("NO_COLOR");
        pb.environment().putAll(env);
        Path out = Files.createTempFile("cli-out", ".txt");
        Path err = Files.createTempFile("cli-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("twiml-lint did not finish: " + cmd);
        }
        Result r = new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    static Result run(Path cwd, String... args) throws IOException, InterruptedException {
        return run(cwd, null, Map.of(), args);
    }

    /** In this JVM, with a given console; paths are relative to this process's working directory. */
    static Result inProcess(Terminal terminal, String... args) {
        return inProcess(terminal, null, args);
    }

    /** In this JVM as if started in {@code cwd} (relative paths and configuration discovery start there). */
    static Result inProcess(Terminal terminal, Path cwd, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = LintCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), terminal, cwd)
                .execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    /** In process, in {@code cwd}, not on a terminal. */
    static Result at(Path cwd, String... args) {
        return inProcess(new Terminal(false, Map.of()), cwd, args);
    }

    static Result inProcess(String... args) {
        return inProcess(new Terminal(false, Map.of()), args);
    }
}
