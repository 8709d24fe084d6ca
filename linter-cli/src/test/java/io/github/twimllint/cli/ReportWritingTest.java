package io.github.twimllint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 items 2 and 9 through the real command in a child JVM: reports are written through
 * what is not a regular file and through symbolic links, modes are kept or come from the umask,
 * and a report that cannot be written to standard output is an error, not a silent success.
 */
class ReportWritingTest {
    private static final String BAD = "<Response>\n  <say>x</say>\n</Response>\n";

    @TempDir
    Path dir;

    private Process start(List<String> prefix, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(dir.toFile()).start();
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private CliRunner.Result run(String... args) throws Exception {
        Files.writeString(dir.resolve("a.twiml"), BAD);
        return CliRunner.run(dir, args);
    }

    private static boolean isCharDevice(Path p) throws IOException {
        return ((Integer) Files.getAttribute(p, "unix:mode") & 0170000) == 0020000;
    }

    @Test
    void devNullStaysADevice() throws Exception {
        CliRunner.Result r = run("-f", "json", "-o", "/dev/null", "a.twiml");
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        assertThat(isCharDevice(Path.of("/dev/null"))).as("/dev/null is still a character device").isTrue();
    }

    @Test
    void devStdoutIsWrittenThrough() throws Exception {
        boolean wasLink = Files.isSymbolicLink(Path.of("/dev/stdout"));
        CliRunner.Result r = run("-f", "sarif=/dev/stdout", "a.twiml");
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("\"version\" : \"2.1.0\"").contains("\"ruleId\" : \"unknown-element\"");
        assertThat(Files.isSymbolicLink(Path.of("/dev/stdout"))).isEqualTo(wasLink);
        assertThat(Files.isRegularFile(Path.of("/dev/stdout"), LinkOption.NOFOLLOW_LINKS)).isFalse();
        try (var s = Files.list(Path.of("/dev"))) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aFifoIsWrittenThroughNotReplaced() throws Exception {
        Path fifo = dir.resolve("report.fifo");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor() == 0, "mkfifo is not available");
        // The reader opens the FIFO (blocking until the linter opens it for writing) and reads to the end.
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                return "failed: " + e;
            }
        });
        CliRunner.Result r = run("-f", "json", "-o", "report.fifo", "a.twiml");
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(reader.get(60, TimeUnit.SECONDS)).contains("\"ruleId\" : \"unknown-element\"");
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).as("still a FIFO").isFalse();
        assertThat(Files.getAttribute(fifo, "unix:mode", LinkOption.NOFOLLOW_LINKS))
                .matches(m -> ((Integer) m & 0170000) == 0010000, "a FIFO");
    }

    @Test
    void aSymlinkStaysALinkAndItsTargetIsUpdated() throws Exception {
        Path real = Files.createDirectory(dir.resolve("real")).resolve("report.json");
        Files.writeString(real, "old\n");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r-----"));
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("real/report.json"));
        CliRunner.Result r = run("-f", "json=link.json", "a.twiml");
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).contains("\"ruleId\" : \"unknown-element\"");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real))).isEqualTo("rw-r-----");
        try (var s = Files.list(real.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("report.json");
        }
    }

    @Test
    void anExistingFileKeepsItsModeForReportsAndBaselines() throws Exception {
        Path report = dir.resolve("r.sarif");
        Path baseline = dir.resolve("b.json");
        for (Path p : List.of(report, baseline)) {
            Files.writeString(p, "{}\n");
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-rw-r--"));
        }
        CliRunner.Result r = run("-f", "sarif=r.sarif", "--write-baseline", "b.json", "a.twiml");
        assertThat(r.exit()).as(r.toString()).isZero();
        for (Path p : List.of(report, baseline)) {
            assertThat(Files.readString(p)).isNotEqualTo("{}\n");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(p.toString())
                    .isEqualTo("rw-rw-r--");
        }
    }

    @Test
    void aNewFileGetsTheUmasksMode() throws Exception {
        Files.writeString(dir.resolve("a.twiml"), BAD);
        Process p = start(List.of("sh", "-c", "umask 027 && exec \"$0\" \"$@\""),
                "-f", "json=new.json", "--write-baseline", "new-baseline.json", "a.twiml");
        String err = read(p.getErrorStream());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(err).isZero();
        for (String name : List.of("new.json", "new-baseline.json")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(name))))
                    .as(name).isEqualTo("rw-r-----");
        }
    }

    @Test
    void aFullStandardOutputIsAnErrorOfOneLine() throws Exception {
        File full = new File("/dev/full");
        assumeTrue(full.exists(), "/dev/full is not available");
        Files.writeString(dir.resolve("a.twiml"), BAD);
        for (String[] args : List.of(new String[] {"-f", "sarif", "a.twiml"}, new String[] {"a.twiml"},
                new String[] {"--list-rules"})) {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
            cmd.addAll(List.of(args));
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(full).start();
            String err = read(p.getErrorStream());
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(String.join(" ", args) + ": " + err).isEqualTo(2);
            assertThat(err.lines()).as(String.join(" ", args)).hasSize(1)
                    .allMatch(l -> l.startsWith("twiml-lint: cannot write "));
        }
    }
}
