package io.github.twimllint.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The child-JVM half of the writer's tests (left out of mutation testing for its process); the
 * in-process half is {@link ReportWriterInProcessTest}.
 */
class ReportWriterTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        return ReportWriterInProcessTest.names(dir);
    }

    /** Stands for a report being written when the process is stopped: writes, then waits forever. */
    public static void main(String[] args) throws Exception {
        ReportWriter.write(Path.of(args[0]), w -> {
            w.write("partial");
            w.flush();
            System.out.println("writing");
            System.out.flush();
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** Issue 11 item 14: SIGTERM while a report is being written leaves no {@code .NAME*.tmp} file. */
    @Test
    void sigtermMidWriteLeavesNoTemporaryFile() throws Exception {
        Path report = dir.resolve("twiml-lint.sarif");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ReportWriterTest.class.getName(), report.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("writing");
            assertThat(names()).as("the temporary file exists while writing")
                    .singleElement().matches(n -> n.startsWith(".twiml-lint.sarif") && n.endsWith(".tmp"));
            p.destroy(); // SIGTERM
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(names()).isEmpty();
    }
}
