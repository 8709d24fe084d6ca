package io.github.twimllint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./twiml-lint} launcher at the root of the repository (run after package, when the jar
 * and its class-data-sharing archive exist, so the launcher does not build).
 */
class LauncherIT {
    static final Path LAUNCHER = InProcessCli.REPO.resolve("twiml-lint");

    @TempDir
    Path tmp;

    private record Run(int exit, String stdout, String stderr) {
    }

    private Run bash(String script, String path) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", script).directory(InProcessCli.REPO.toFile())
                .redirectOutput(tmp.resolve("out").toFile()).redirectError(tmp.resolve("err").toFile());
        if (path != null) {
            pb.environment().put("PATH", path + ":" + System.getenv("PATH"));
        }
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(tmp.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(tmp.resolve("err"), StandardCharsets.UTF_8));
    }

    @Test
    void closedStandardInputWithDashIsAUsageErrorNotACrash() throws Exception {
        Run r = bash("exec ./twiml-lint - <&-", null);
        assertThat(r.exit).as("exit code (139 is the JVM's SIGSEGV); stderr: %s", r.stderr).isEqualTo(2);
        assertThat(r.stderr).isEqualTo("twiml-lint: standard input is closed; '-' needs a document on standard input\n");
    }

    @Test
    void closedStandardInputIsHarmlessWhenFilesAreNamed() throws Exception {
        Run r = bash("exec ./twiml-lint examples/whisper.twiml <&-", null);
        assertThat(r.exit).as("stderr: %s", r.stderr).isZero();
        assertThat(r.stdout).contains("1 file linted");
    }

    @Test
    void sarifOnStandardOutputIsCleanWithTheArchive() throws Exception {
        Run r = bash("exec ./twiml-lint -f sarif examples/whisper.twiml", null);
        assertThat(r.exit).as("stderr: %s", r.stderr).isZero();
        assertThat(r.stdout).startsWith("{");
        assertThat(r.stderr).isEmpty();
    }

    /** A folder holding a stand-in {@code java} that writes the options it was given to {@code args}. */
    private Path recordingJava(Path args) throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + args + "'\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    /** A stand-in {@code java} first on the PATH records the options the launcher passes. */
    @Test
    void jvmOptions() throws Exception {
        Path args = tmp.resolve("args");
        Path bin = recordingJava(args);
        Run r = bash("exec ./twiml-lint --version", bin.toString());
        assertThat(r.exit).as("stderr: %s", r.stderr).isZero();
        List<String> passed = Files.readAllLines(args);
        // Without perf data the JVM writes nothing to /tmp at start-up and does not break relative
        // paths in an unreadable working directory.
        assertThat(passed).contains("-XX:-UsePerfData", "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-XX:SharedArchiveFile=" + InProcessCli.REPO.resolve("linter-cli/target/twiml-lint.jsa"));
        // A young generation of an eighth of the heap, tenured after one collection: a bulk run
        // faults in less heap (docs/benchmarks.md, sixth round: bulk).
        assertThat(passed).contains("-XX:TieredStopAtLevel=1", "-XX:NewRatio=7", "-XX:MaxTenuringThreshold=1");
        assertThat(passed.subList(passed.size() - 3, passed.size()))
                .containsExactly("-jar", InProcessCli.REPO.resolve("linter-cli/target/twiml-lint.jar").toString(), "--version");
    }

    /**
     * The launcher finds its jar from its own path (worked out without starting dirname or a subshell)
     * however it is started: by an absolute or relative path, from another folder, or as {@code bash
     * twiml-lint}. A stand-in {@code java} records the jar and archive it was given.
     */
    @Test
    void findsItsJarHoweverItIsStarted() throws Exception {
        Path args = tmp.resolve("args");
        Path bin = recordingJava(args);
        Path realJar = InProcessCli.REPO.resolve("linter-cli/target/twiml-lint.jar");
        for (String start : List.of("./twiml-lint", "bash twiml-lint", "bash ./twiml-lint", "'" + LAUNCHER + "'",
                "cd linter-cli/src && ../../twiml-lint", "cd docs && bash ../twiml-lint")) {
            Files.deleteIfExists(args);
            Run r = bash(start + " --version", bin.toString());
            assertThat(r.exit).as("%s: %s", start, r.stderr).isZero();
            List<String> passed = Files.readAllLines(args);
            Path jar = Path.of(passed.get(passed.size() - 2));
            assertThat(jar.isAbsolute()).as(start).isTrue();
            assertThat(Files.isSameFile(jar, realJar)).as(start).isTrue();
            assertThat(passed).as(start).anySatisfy(o -> assertThat(o).startsWith("-XX:SharedArchiveFile=")
                    .endsWith("linter-cli/target/twiml-lint.jsa"));
        }
    }

    /**
     * The launcher rebuilds the jar when what goes into it changed (poms, main sources, the rule
     * pages packaged as help) and not for a test file: stand-ins for {@code mvn} and {@code java}
     * on the PATH, in a copy of the launcher beside a made-up tree.
     */
    @Test
    void rebuildsOnlyWhenWhatGoesIntoTheJarChanged() throws Exception {
        Path tree = Files.createDirectories(tmp.resolve("tree"));
        Files.copy(LAUNCHER, tree.resolve("twiml-lint"));
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path built = tmp.resolve("built");
        for (String tool : List.of("mvn", "java")) {
            String body = tool.equals("mvn") ? "echo built >> '" + built + "'\n" : "exit 0\n";
            Files.writeString(bin.resolve(tool), "#!/bin/sh\n" + body);
            Files.setPosixFilePermissions(bin.resolve(tool), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        List<String> inputs = List.of("pom.xml", "rules/pom.xml", "linter-core/src/main/java/A.java",
                "rules/src/main/resources/v.json", "docs/rules/some-rule.md", "rules/src/test/java/T.java",
                "rules/src/test/resources/some-rule/bad.xml", "README.md");
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() - 3_600_000);
        for (String f : inputs) {
            Path file = tree.resolve(f);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "x");
        }
        Path jar = Files.createDirectories(tree.resolve("linter-cli/target")).resolve("twiml-lint.jar");
        Files.writeString(jar, "jar");
        for (String f : inputs) {
            // Files and their folders older than the jar: nothing is stale.
            for (Path p = tree.resolve(f); p.startsWith(tree) && !p.equals(tree); p = p.getParent()) {
                Files.setLastModifiedTime(p, old);
            }
        }
        for (String f : inputs) {
            Files.deleteIfExists(built);
            Files.setLastModifiedTime(tree.resolve(f),
                    java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
            Run r = bash("exec '" + tree.resolve("twiml-lint") + "' --version", bin.toString());
            assertThat(r.exit).as("stderr: %s", r.stderr).isZero();
            boolean goesIntoTheJar = !f.contains("/src/test/") && !f.equals("README.md");
            assertThat(Files.exists(built)).as("%s changed: rebuilt?", f).isEqualTo(goesIntoTheJar);
            Files.setLastModifiedTime(tree.resolve(f), old);
        }
    }
}
