package io.github.twimllint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed half-way never leaves a half-written report: the old one stays or none appears, and
 * no temporary file is left, whether it is killed while reading its input or while writing the report.
 */
class InterruptedRunTest {

    @TempDir
    Path dir;

    private Process start(Path report) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--format", "sarif", "--output", report.toString(), "-"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private void killMidway(boolean forcibly) throws Exception {
        Path report = dir.resolve("twiml-lint.sarif");
        Files.writeString(report, "{\"previous\": true}\n");
        Process p = start(report);
        Thread feeder = new Thread(() -> {
            try (OutputStream out = p.getOutputStream()) {
                ScaleTest.generate(out, 1L << 30);
            } catch (IOException e) {
                // Expected: the process was killed.
            }
        });
        feeder.start();
        Thread.sleep(3000);
        assertThat(p.isAlive()).as("still linting when killed").isTrue();
        if (forcibly) {
            p.destroyForcibly();
        } else {
            p.destroy();
        }
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        feeder.join();
        assertThat(Files.readString(report)).isEqualTo("{\"previous\": true}\n");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(f -> f.getFileName().toString())).containsExactly("twiml-lint.sarif");
        }
    }

    @Test
    void terminatedRunKeepsThePreviousReport() throws Exception {
        killMidway(false);
    }

    @Test
    void killedRunKeepsThePreviousReport() throws Exception {
        killMidway(true);
    }

    /** Writes documents with tens of thousands of findings: a SARIF report of tens of megabytes. */
    private static List<String> documentsWithManyFindings(Path folder) throws IOException {
        String body = "<Response>\n" + "  <Bogus attribute=\"1\"/>\n".repeat(30_000) + "</Response>\n";
        List<String> names = List.of("a.twiml", "b.twiml");
        for (String n : names) {
            Files.writeString(folder.resolve(n), body);
        }
        return names;
    }

    private static Path temporaryReport(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(f -> f.getFileName().toString().matches("\\.out\\.sarif.*\\.tmp")).findFirst().orElse(null);
        }
    }

    private static void signal(String name, long pid) throws IOException, InterruptedException {
        assertThat(new ProcessBuilder("kill", "-" + name, Long.toString(pid)).start().waitFor()).isZero();
    }

    /**
     * SIGTERM while the report's temporary file is being written: the CLI is frozen (SIGSTOP) as soon
     * as the temporary file has content, which proves it is mid-write (the move into place removes
     * it), then terminated. Should the write finish before the freeze, the attempt is repeated.
     */
    @Test
    void terminatedWhileWritingTheReportKeepsThePreviousOneAndLeavesNoTemporaryFile() throws Exception {
        List<String> docs = documentsWithManyFindings(dir);
        String previous = "{\"previous\": true}\n";
        Path report = dir.resolve("out.sarif");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int attempt = 1; ; attempt++) {
            Files.writeString(report, previous);
            List<String> cmd = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                    Main.class.getName(), "-f", "sarif=out.sarif"));
            cmd.addAll(docs);
            Process p = new ProcessBuilder(cmd).directory(dir.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            Path tmp = null;
            while (p.isAlive() && (tmp == null || !Files.exists(tmp) || Files.size(tmp) == 0)) {
                Path seen = temporaryReport(dir);
                tmp = seen != null ? seen : tmp;
                Thread.sleep(1);
            }
            boolean midWrite = false;
            if (p.isAlive()) {
                signal("STOP", p.pid());
                midWrite = Files.exists(tmp);
                signal("TERM", p.pid());
                signal("CONT", p.pid());
            }
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            if (!midWrite) {
                assertThat(attempt).as("the report was written before it could be interrupted, 3 times").isLessThan(3);
                continue;
            }
            assertThat(p.exitValue()).as("ended by SIGTERM").isEqualTo(143);
            assertThat(Files.readString(report)).as("the previous report").isEqualTo(previous);
            try (Stream<Path> s = Files.list(dir)) {
                assertThat(s.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("a.twiml", "b.twiml", "out.sarif");
            }
            return;
        }
    }
}
