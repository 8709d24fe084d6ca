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

    /** Runs the CLI in a child JVM with a 64 MB heap; returns the exit status, standard output and error. */
    private String[] run64(String... args) throws Exception {
        return runJava(List.of("-Xmx64m"), args);
    }

    /** Runs the CLI in a child JVM with these JVM options; returns the exit status, standard output and error. */
    private String[] runJava(List<String> jvm, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        List<String> command = new java.util.ArrayList<>(List.of(java, "-XX:+UseSerialGC"));
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("finished").isTrue();
        return new String[] {String.valueOf(p.exitValue()), Files.readString(out), Files.readString(err)};
    }

    /**
     * A 20 MB comment, processing instruction, DOCTYPE comment or run of white space inside a tag is
     * handed to the parser but not kept: each document is linted to its end, the findings after the
     * long run are exact, and a suppression comment with a 20 MB tail still works.
     */
    @Test
    void longCommentsProcessingInstructionsAndTagWhiteSpaceAreNotKept() throws Exception {
        long n = 20L << 20;
        write(dir.resolve("comment.twiml"), "<Response>\n  <!-- ", n, "x", " -->\n  <say>x</say>\n</Response>\n");
        write(dir.resolve("pi.twiml"), "<Response>\n  <?note ", n, "x", " ?>\n  <say>x</say>\n</Response>\n");
        write(dir.resolve("tag.twiml"), "<Response>\n  <Say", n / 2, " \n", "bogus=\"1\">hi</Say>\n  <say>x</say>\n</Response>\n");
        write(dir.resolve("suppressed.twiml"), "<Response>\n  <!-- twiml-lint-disable-next-line unknown-element ",
                n, " ", "\n  -->\n  <say>x</say>\n  <say>y</say>\n</Response>\n");
        String[] r = run64("--no-show-source", "--disable", "document-size", "comment.twiml", "pi.twiml", "tag.twiml", "suppressed.twiml");
        String all = "exit " + r[0] + "\n" + r[1] + r[2];
        assertThat(all).doesNotContain("OutOfMemoryError").doesNotContain("Exception").doesNotContain("out of memory");
        assertThat(r[0]).as(all).isEqualTo(String.valueOf(ExitCodes.FINDINGS));
        long tagLines = 2 + n / 2;
        assertThat(r[1]).as(all)
                .contains("comment.twiml:3:3: error: <say> is not a TwiML element")
                .contains("pi.twiml:3:3: error: <say> is not a TwiML element")
                .contains("tag.twiml:" + tagLines + ":8: error: <Say> has no attribute 'bogus'")
                .contains("tag.twiml:" + (tagLines + 1) + ":3: error: <say> is not a TwiML element")
                .doesNotContain("suppressed.twiml:4:")
                .contains("suppressed.twiml:5:3: error: <say> is not a TwiML element")
                .contains("4 files linted: 5 errors");
    }

    /**
     * Many small files: what is kept per file (its path, result and facts) must stay small:
     * 100,000 files in 64 MB, every report written (it ran out of memory before, then passed by
     * a thin margin from the shaded jar only). {@code -Dtwiml.hostile.files=N} runs fewer.
     */
    @Test
    void manySmallFilesFitInTheHeapWithEveryReport() throws Exception {
        int files = Integer.getInteger("twiml.hostile.files", 100_000);
        Path tree = Files.createDirectories(dir.resolve("tree"));
        for (int i = 0; i < files; i++) {
            Path folder = tree.resolve("d" + i / 1000);
            if (i % 1000 == 0) {
                Files.createDirectories(folder);
            }
            String verb = i == 0 ? "say" : "Say";
            Files.writeString(folder.resolve("call" + i + ".twiml"),
                    "<Response>\n  <" + verb + ">Hello " + i + "</" + verb + ">\n</Response>\n");
        }
        String[] r = run64("--no-show-source", "-f", "text",
                "-f", "json=out.json", "-f", "sarif=out.sarif", "-f", "junit=out.junit.xml", "tree");
        String all = "exit " + r[0] + "\n" + r[2];
        assertThat(all).doesNotContain("OutOfMemoryError").doesNotContain("Exception").doesNotContain("out of memory");
        assertThat(r[0]).as(all).isEqualTo(String.valueOf(ExitCodes.FINDINGS));
        assertThat(r[1]).as(all).contains("tree/d0/call0.twiml:2:3: error: <say> is not a TwiML element")
                .contains(files + " files linted: 1 error");
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(dir.resolve("out.json").toFile());
        assertThat(json.path("summary").path("files").asInt()).isEqualTo(files);
        assertThat(json.path("files").size()).isEqualTo(files);
        assertThat(Files.size(dir.resolve("out.sarif"))).isPositive();
        assertThat(Files.readString(dir.resolve("out.junit.xml"))).contains("call" + (files - 1) + ".twiml");
    }

    /**
     * 300,000 findings in one 2.4 MB document: kept in memory they need well over 64 MB (it ran out
     * of memory); past a few thousand they go to a temporary file and every report still lists
     * them all, in order.
     */
    @Test
    void manyFindingsInOneDocumentFitInTheHeap() throws Exception {
        int n = 300_000;
        write(dir.resolve("many.twiml"), "<Response>\n", n, "  <say/>\n", "</Response>\n");
        String[] r = run64("--no-show-source", "--disable", "document-size", "-f", "text=out.text",
                "-f", "junit=out.junit.xml", "-f", "sarif=out.sarif", "many.twiml");
        String all = "exit " + r[0] + "\n" + r[1] + r[2];
        assertThat(all).doesNotContain("OutOfMemoryError").doesNotContain("Exception").doesNotContain("out of memory");
        assertThat(r[0]).as(all).isEqualTo(String.valueOf(ExitCodes.FINDINGS));
        List<String> text = Files.readAllLines(dir.resolve("out.text"));
        String say = ": error: <say> is not a TwiML element; did you mean <Say>? (element names are case-sensitive)"
                + " [unknown-element]";
        assertThat(text.get(0)).isEqualTo("many.twiml:2:3" + say);
        assertThat(text.get(n - 1)).isEqualTo("many.twiml:" + (n + 1) + ":3" + say);
        assertThat(text.stream().filter(l -> l.endsWith("[unknown-element]")).count()).isEqualTo(n);
        assertThat(Files.readString(dir.resolve("out.junit.xml"))).contains("message=\"" + n + " findings\"");
        String sarif = Files.readString(dir.resolve("out.sarif"));
        assertThat(sarif).contains((n - 25_000) + " of " + n + " results were left out");
    }

    /**
     * SARIF streams its results: 30,000 findings, 25,000 of them written as results, in a 16 MB
     * heap. Held as java-sarif objects all at once, they ran out of memory in a 24 MB heap.
     */
    @Test
    void sarifResultsAreWrittenOneByOne() throws Exception {
        int n = 30_000;
        write(dir.resolve("many.twiml"), "<Response>\n", n, "  <say/>\n", "</Response>\n");
        String[] r = runJava(List.of("-Xmx16m"), "-q", "--disable", "document-size", "-f", "sarif=out.sarif",
                "many.twiml");
        String all = "exit " + r[0] + "\n" + r[1] + r[2];
        assertThat(all).doesNotContain("OutOfMemoryError").doesNotContain("Exception").doesNotContain("out of memory");
        assertThat(r[0]).as(all).isEqualTo(String.valueOf(ExitCodes.FINDINGS));
        String sarif = Files.readString(dir.resolve("out.sarif"));
        assertThat(sarif).contains((n - 25_000) + " of " + n + " results were left out")
                .contains("\"startLine\" : 2,").contains("\"startLine\" : 25001,").doesNotContain("\"startLine\" : 25002,")
                .endsWith("}\n");
        assertThat(sarif.split("\"ruleId\"", -1)).hasSize(25_000 + 1);
    }

    /**
     * The same documents give byte-identical reports whether their findings stay in memory or go
     * through temporary files (here after every 3 findings, so runs are merged too): in-source
     * suppressions, unused ones, cross-document findings and fixes included.
     */
    @Test
    void spilledFindingsGiveTheSameReports() throws Exception {
        StringBuilder doc = new StringBuilder("<Response>\n  <!-- twiml-lint-disable-next-line unknown-element -->\n");
        for (int i = 0; i < 700; i++) {
            doc.append("  <say>x ").append(i).append("</say><Pause lenght=\"1\"/>\n");
            if (i % 100 == 7) {
                doc.append("  <!-- twiml-lint-disable-next-line unknown-attribute -->\n");
            }
        }
        doc.append("  <!-- twiml-lint-disable-next-line document-size -->\n  <Pause/>\n")
                .append("  <!-- twiml-lint-disable-next-line url-document-verb -->\n")
                .append("  <Dial><Conference waitUrl=\"hold.twiml\">room</Conference></Dial>\n</Response>\n");
        Files.writeString(dir.resolve("a.twiml"), doc.toString());
        Files.writeString(dir.resolve("b.twiml"), "<Response>\n  <Dial>\n"
                + "    <Conference waitUrl=\"hold.twiml\">room</Conference>\n  </Dial>\n  <say/>\n</Response>\n");
        Files.writeString(dir.resolve("hold.twiml"), "<Response>\n  <Gather>\n    <Say>Press 1.</Say>\n"
                + "  </Gather>\n</Response>\n");
        List<String> formats = List.of("text", "json", "sarif", "junit", "checkstyle", "github", "codeclimate");
        List<String> args = new java.util.ArrayList<>(List.of("--no-show-source", "--report-unused-suppressions"));
        for (String f : formats) {
            args.addAll(List.of("-f", f + "=" + f + ".out"));
        }
        args.addAll(List.of("a.twiml", "b.twiml", "hold.twiml"));
        java.util.Map<String, String> inMemory = new java.util.HashMap<>();
        String[] first = runJava(List.of(), args.toArray(String[]::new));
        for (String f : formats) {
            inMemory.put(f, Files.readString(dir.resolve(f + ".out")));
        }
        String[] spilled = runJava(List.of("-Dtwiml.findings.inMemory=3"), args.toArray(String[]::new));
        assertThat(spilled[0]).as(spilled[2]).isEqualTo(first[0]).isEqualTo(String.valueOf(ExitCodes.FINDINGS));
        assertThat(spilled[1]).isEqualTo(first[1]);
        assertThat(inMemory.get("text")).contains("a.twiml:4:3: error: <say>", "[unused-suppression]",
                "b.twiml:3:26: error: the document this url runs, hold.twiml", "b.twiml:5:3: error: <say>");
        for (String f : formats) {
            String times = "\"(start|end)TimeUtc\" *: *\"[^\"]*\"";
            assertThat(Files.readString(dir.resolve(f + ".out")).replaceAll(times, ""))
                    .as(f).isEqualTo(inMemory.get(f).replaceAll(times, ""));
        }
    }
}
