package io.github.twimllint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile shapes of the core's HostileInputTest, as files on disk, linted by the real CLI in a
 * child JVM with a 64 MB heap: a 64 MB text node, a 10 MB attribute value and 100,000 nested
 * elements. A file read whole, or a value kept whole, would not fit (64 MB of text is 128 MB of chars).
 */
class HostileMemoryTest {

    @TempDir
    Path dir;

    private static void write(Path file, String head, long repeat, String unit, String tail) throws IOException {
        byte[] u = unit.getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            for (long i = 0; i < repeat; i++) {
                out.write(u);
            }
            out.write(tail.getBytes(StandardCharsets.US_ASCII));
        }
    }

    @Test
    void hostileDocumentsFitIn64Megabytes() throws Exception {
        write(dir.resolve("text.twiml"), "<Response>\n  <Say>", (64L << 20) / 4, "la, ", "</Say>\n</Response>\n");
        write(dir.resolve("value.twiml"), "<Response>\n  <Play url=\"https://example.com/",
                10L << 20, "x", "\"/>\n</Response>\n");
        write(dir.resolve("deep.twiml"), "<Response>\n", 100_000, "<a>", "");
        try (OutputStream out = Files.newOutputStream(dir.resolve("deep.twiml"), java.nio.file.StandardOpenOption.APPEND)) {
            out.write(("</a>".repeat(100_000) + "\n</Response>\n").getBytes(StandardCharsets.US_ASCII));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(List.of(java, "-Xmx64m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "text.twiml", "value.twiml", "deep.twiml"))
                .directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("finished").isTrue();
        String stdout = Files.readString(out);
        String all = "exit " + p.exitValue() + "\n" + stdout + Files.readString(err);
        assertThat(all).doesNotContain("OutOfMemoryError").doesNotContain("Exception");
        assertThat(p.exitValue()).as(all).isIn(ExitCodes.OK, ExitCodes.FINDINGS, 2);
        assertThat(stdout).as(all).contains("3 files linted");
        for (String f : List.of("text.twiml", "value.twiml", "deep.twiml")) {
            assertThat(stdout).as(all).doesNotContain(f + ": internal error");
        }
    }
}
