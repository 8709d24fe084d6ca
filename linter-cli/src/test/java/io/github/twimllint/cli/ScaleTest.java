package io.github.twimllint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Size: a document streamed on standard input into the real command in a child JVM with a 64 MB
 * heap, and one run over many files. Defaults keep the build fast (200 MB, 10,000 files);
 * {@code -Dtwiml.hostile.full=true} runs the full sizes (1 GB, 100,000 files).
 */
class ScaleTest {
    private static final boolean FULL = Boolean.getBoolean("twiml.hostile.full");

    @TempDir
    Path dir;

    @Test
    void hugeDocumentOnStandardInputWithA64MegabyteHeap() throws Exception {
        long size = FULL ? 1L << 30 : 200L << 20;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx64m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "-");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        long start = System.nanoTime();
        Thread feeder = new Thread(() -> {
            try (OutputStream out = p.getOutputStream()) {
                generate(out, size);
            } catch (IOException e) {
                // The child died; its exit code and stderr tell why.
            }
        });
        feeder.start();
        StringBuilder err = new StringBuilder();
        Thread errReader = drain(p.getErrorStream(), err);
        StringBuilder out = new StringBuilder();
        Thread outReader = drain(p.getInputStream(), out);
        boolean done = p.waitFor(FULL ? 15 : 5, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly();
        }
        feeder.join();
        errReader.join();
        outReader.join();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("ScaleTest: %d MB on stdin with -Xmx64m in %.1f s (%.0f MB/s)%n",
                size >> 20, seconds, (size >> 20) / seconds);
        assertThat(done).as("finished in time").isTrue();
        assertThat(err.toString()).doesNotContain("OutOfMemoryError").doesNotContain("Exception");
        assertThat(p.exitValue()).as("exit code; stderr: %s", err).isIn(ExitCodes.OK, ExitCodes.FINDINGS);
        assertThat(out.toString()).contains("1 file linted");
        // Findings are kept until the report; rules may flag the odd long value, not every verb.
        assertThat(out.toString().lines().count()).as(out.toString()).isLessThan(1000);
    }

    /**
     * Writes a valid TwiML document of about {@code size} bytes: many small verbs, with one 64 MB text
     * node first, then a long text run and a long attribute value every few megabytes.
     */
    static void generate(OutputStream out, long size) throws IOException {
        byte[] head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response>\n".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "</Response>\n".getBytes(StandardCharsets.US_ASCII);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            b.append("  <Say voice=\"Polly.Joanna\" language=\"en-US\">Thanks for calling, caller ")
                    .append(i).append(". Please hold.</Say>\n  <Pause length=\"1\"/>\n");
        }
        byte[] verbs = b.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] longText = ("  <Say>" + "na ".repeat(300_000) + "Batman</Say>\n").getBytes(StandardCharsets.US_ASCII);
        byte[] longValue = ("  <Gather action=\"/next?state=" + "y".repeat(500_000)
                + "\" method=\"POST\"><Say>Press 1</Say></Gather>\n").getBytes(StandardCharsets.US_ASCII);
        out.write(head);
        long written = head.length;
        // One text node of 64 MB: the heap is 64 MB, so it must be streamed, never held.
        byte[] open = "  <Say>".getBytes(StandardCharsets.US_ASCII);
        byte[] close = "</Say>\n".getBytes(StandardCharsets.US_ASCII);
        byte[] la = "la ".repeat(1 << 14).getBytes(StandardCharsets.US_ASCII);
        out.write(open);
        for (int i = 0; i < (64 << 20) / la.length; i++) {
            out.write(la);
        }
        out.write(close);
        written += open.length + (64L << 20) + close.length;
        int round = 0;
        while (written < size - tail.length) {
            byte[] chunk = round % 16 == 5 ? longText : round % 16 == 11 ? longValue : verbs;
            out.write(chunk);
            written += chunk.length;
            round++;
        }
        out.write(tail);
    }

    private static Thread drain(InputStream in, StringBuilder into) {
        Thread t = new Thread(() -> {
            try {
                into.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                into.append("(cannot read: ").append(e).append(')');
            }
        });
        t.start();
        return t;
    }

    @Test
    void manyFilesInOneRun() throws IOException {
        int count = FULL ? 100_000 : 10_000;
        long t0 = System.nanoTime();
        for (int i = 0; i < count; i++) {
            Path sub = dir.resolve("d" + (i / 1000));
            if (i % 1000 == 0) {
                Files.createDirectories(sub);
            }
            Files.writeString(sub.resolve("call-" + i + ".twiml"), i % 1000 == 7
                    ? "<Response><Say>broken</Response>\n"
                    : "<Response>\n  <Say>Hello " + i + "</Say>\n</Response>\n");
        }
        double generated = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        InProcessCli r = InProcessCli.run(dir.toString());
        double linted = (System.nanoTime() - t1) / 1e9;
        System.out.printf("ScaleTest: %d files generated in %.1f s, linted in %.1f s (%.0f files/s)%n",
                count, generated, linted, count / linted);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).contains(count + " files linted: " + (count / 1000) + " errors");
        List<String> broken = new ArrayList<>();
        r.out().lines().filter(l -> l.contains("[xml-syntax]")).forEach(broken::add);
        assertThat(broken).hasSize(count / 1000);
        assertThat(broken.get(0)).contains("call-").contains(File.separator.equals("/") ? ":1:" : ":");
    }
}
