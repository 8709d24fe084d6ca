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

/** A run killed half-way never leaves a half-written report: the old one stays or none appears. */
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
}
