package io.github.twimllint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, "trust": what a new user or a hostile repository met on real machines (hangs, files
 * outside the tree, memory, escapes, exit codes), each through the real command.
 */
class TrustCliTest {
    private static final String BAD = "<Response>\n <say>x</say>\n</Response>\n";

    @TempDir
    Path dir;

    private Path write(String relative, String text) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    // --- 1: a supplementary character under --show-source ---

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void emojiBeforeAFindingWithShowSourceDoesNotHang() throws IOException {
        Path e = write("e.xml", "<Response>\n <Say>\uD83D\uDE00</Say>\n <say>\uD83D\uDE00x</say>\n</Response>\n");
        InProcessCli r = InProcessCli.run("--show-source", e.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FINDINGS);
        // Columns count UTF-16 chars (as LocationTest and EncodingTest establish): the emoji is two.
        assertThat(r.out()).contains("e.xml:3:2: error:", " 3 |  <say>\uD83D\uDE00x</say>", "   |  ^~~~\n");
    }

    // --- 3: symbolic links out of a walked folder; quoting a discovered configuration ---

    @Test
    void symlinkLeavingTheWalkedFolderIsNotReadButANamedOneIs() throws IOException {
        Path secret = write("outside/secret.twiml", "<Response><Say>TOKEN=hunter2</Say><say/></Response>");
        write("tree/ok.twiml", BAD);
        write("tree/sub/inner.twiml", BAD);
        Files.createSymbolicLink(dir.resolve("tree/e.twiml"), secret);
        Files.createSymbolicLink(dir.resolve("tree/outdir"), secret.getParent());
        Files.createSymbolicLink(dir.resolve("tree/inside.twiml"), dir.resolve("tree/sub/inner.twiml"));
        Path json = dir.resolve("r.json");
        InProcessCli r = InProcessCli.run("--show-source", "-f", "text", "-f", "json=" + json,
                dir.resolve("tree").toString());
        assertThat(r.out()).as(r.toString()).doesNotContain("hunter2").doesNotContain("secret")
                .contains("3 files linted");
        assertThat(r.err()).containsOnlyOnce("twiml-lint: skipped 2 symbolic links pointing outside the folder walked");
        assertThat(Files.readString(json)).contains("\"status\" : \"skipped\"");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);

        InProcessCli named = InProcessCli.run(dir.resolve("tree/e.twiml").toString());
        assertThat(named.out()).as(named.toString()).contains("e.twiml:1:");
    }

    @Test
    void aDiscoveredConfigurationIsQuotedShortAndEscaped() throws IOException {
        String key = "\u001b[31m" + "k".repeat(5000);
        Path cfg = write("p/.twiml-lint.json", "{\"" + key.replace("\u001b", "\\u001b") + "\": 1}");
        write("p/a.twiml", BAD);
        Cli.Run r = Cli.run(cfg.getParent(), "a.twiml");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).doesNotContain("\u001b").contains("unknown key '\\e[31mkkk");
        assertThat(r.err().length()).isLessThan(600);
    }

    // --- 4: memory ---

    @Test
    @Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void outOfMemoryOnOneFileIsOneLineAndTheOtherReportsAreWritten() throws IOException {
        Path big = dir.resolve("big.twiml");
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write("<Response><!-- ".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "comment ".repeat(1024).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < (40 << 20) / chunk.length; i++) {
                out.write(chunk);
            }
            out.write(" --><Say>x</Say></Response>\n".getBytes(StandardCharsets.US_ASCII));
        }
        write("small.twiml", BAD);
        Cli.Run r = Cli.runWith(dir, List.of("-Xmx64m"), null, "-f", "text", "-f", "sarif=r.sarif", "big.twiml",
                "small.twiml");
        assertThat(r.err()).as(r.toString()).doesNotContain("Exception").doesNotContain("\tat ");
        if (r.exitCode() == ExitCodes.INTERNAL) {
            assertThat(r.err()).contains("big.twiml: internal error: out of memory while linting this file");
            assertThat(r.err().lines().filter(l -> l.contains("out of memory"))).hasSize(1);
        } else {
            assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        }
        assertThat(r.out()).contains("small.twiml:2:2: error:");
        assertThat(Files.readString(dir.resolve("r.sarif"))).contains("small.twiml");
    }

    // --- 5: globs ---

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aBacktrackingGlobFinishes() throws IOException {
        Path cfg = write(".twiml-lint.json", "{\"exclude\": [\"*a*a*a*a*a*a*a*a*a*a*a*a*b\"]}");
        write("a".repeat(60) + ".twiml", BAD);
        InProcessCli r = InProcessCli.run("--config", cfg.toString(), dir.toString());
        // The glob did not match: the file was linted (a backtracking matcher runs for minutes here).
        assertThat(r.out()).as(r.toString()).contains("1 file linted");
    }

    // --- 6: linear per-value loops and a bounded "did you mean" ---

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aLongListValueIsCheckedInLinearTime() throws IOException {
        Path small = write("s.twiml", gather(20_000));
        Path large = write("l.twiml", gather(200_000));
        InProcessCli.run(small.toString()); // warm up
        long t1 = time(small);
        long t10 = time(large);
        InProcessCli r = InProcessCli.run(large.toString());
        assertThat(r.out()).as(r.toString()).containsOnlyOnce("lists \"dtmf\" twice");
        // Ten times the tokens: about ten times the work, not a hundred.
        assertThat(t10).as("n=20,000: %d ms, n=200,000: %d ms", t1 / 1_000_000, t10 / 1_000_000)
                .isLessThan(Math.max(40 * t1, 2_000_000_000L));
    }

    private static String gather(int n) {
        return "<Response><Gather input=\"" + "dtmf ".repeat(n) + "\"><Say>x</Say></Gather></Response>\n";
    }

    private static long time(Path p) {
        long start = System.nanoTime();
        InProcessCli.run(p.toString());
        return System.nanoTime() - start;
    }

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void didYouMeanSkipsCandidatesOfAFarDifferentLength() throws IOException {
        // A 5 MB unknown id in a suppression comment: the edit-distance tables used to need gigabytes.
        write("d.twiml", "<Response>\n<!-- twiml-lint-disable-next-line " + "x".repeat(5 << 20)
                + " -->\n<Say>x</Say>\n</Response>\n");
        Cli.Run r = Cli.runWith(dir, List.of("-Xmx256m"), null, "d.twiml");
        assertThat(r.err()).as(r.err()).doesNotContain("OutOfMemoryError").doesNotContain("internal error");
        assertThat(r.exitCode()).isIn(ExitCodes.OK, ExitCodes.FINDINGS);
    }

    // --- 7: cross-document URLs stay in their roots ---

    @Test
    void urlsLeavingTheSiteRootOrAMappedFolderAreNotFollowed() throws IOException {
        write("secret.xml", "<Response><Hangup/></Response>");
        write("site/twiml/ok.xml", "<Response><Hangup/></Response>");
        String[] urls = {"/../secret.xml", "/%2e%2e/secret.xml", "/twiml/..%2f..%2fsecret.xml",
            "/%2f" + dir.resolve("secret.xml"), "https://example.com/t/../secret.xml",
            "https://example.com/t/%2E%2E/nothere.xml", "https://example.com/t//" + dir.resolve("nothere.xml")};
        StringBuilder doc = new StringBuilder("<Response>\n<Dial>\n");
        for (String u : urls) {
            doc.append("<Number url=\"").append(u).append("\">1</Number>\n");
        }
        doc.append("<Number url=\"/twiml/ok.xml\">1</Number>\n</Dial>\n</Response>\n");
        Path caller = write("site/caller.xml", doc.toString());
        InProcessCli r = InProcessCli.run("--site-root", dir.resolve("site").toString(),
                "--url-mapping", "https://example.com/t/=" + dir.resolve("site/twiml"), caller.toString());
        List<String> outside = r.out().lines().filter(l -> l.contains("leads outside the mapped folder")).toList();
        for (int i = 0; i < urls.length; i++) {
            String line = "caller.xml:" + (3 + i) + ":";
            assertThat(outside).as(r.toString()).anyMatch(l -> l.contains(line));
        }
        assertThat(outside).hasSize(urls.length);
        assertThat(r.out()).doesNotContain("nothere").doesNotContain("does not exist");
    }

    // --- 8: bad input is exit 2 with one line ---

    @Test
    void badGlobAndHostileBaselinesAreUsageErrors() throws IOException {
        Path doc = write("a.twiml", BAD);
        write("g/.twiml-lint.json", "{\"exclude\": [\"[\"]}");
        write("g/b.twiml", BAD);
        Cli.Run glob = Cli.run(dir.resolve("g"), "b.twiml");
        assertThat(glob.exitCode()).as(glob.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(glob.err()).startsWith("twiml-lint: bad configuration: ").hasLineCount(1)
                .endsWith(".twiml-lint.json:1:14: bad glob '[': '[' at position 1 is never closed by ']'\n");
        String[][] baselines = {
            {"[".repeat(1001) + "]".repeat(1001), "nested too deeply"},
            {"{\"version\": 1, \"files\": {\"a.twiml\": {\"unknown-element\": 1" + "0".repeat(1200) + "}}}",
                "a number with too many digits"},
            {"{\"version\": 1" + "0".repeat(1200) + ", \"files\": {}}", "a number with too many digits"},
            {"{\"version\": 1, \"files\": {}, \"files\": {}}", "the key \"files\" appears twice"},
            {"{\"version\": 1, \"files\": {\"a.twiml\": {\"x\": 1, \"x\": 2}}}", "the key \"x\" appears twice"},
        };
        for (String[] b : baselines) {
            Path file = dir.resolve("baseline.json");
            Files.writeString(file, b[0]);
            InProcessCli r = InProcessCli.run("--baseline", file.toString(), doc.toString());
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).contains(b[1]).hasLineCount(1).doesNotContain("Exception");
        }
    }

    // --- 11: a DOCTYPE before <Response> ---

    @Test
    void aDoctypeDoesNotHideATwimlDocumentInAFolder() throws IOException {
        write("calls/d.xml", "<!DOCTYPE Response>\n<Response><Say>x</Say></Response>\n");
        write("calls/pom.xml", "<!DOCTYPE project>\n<project/>\n");
        InProcessCli r = InProcessCli.run(dir.resolve("calls").toString());
        assertThat(r.out()).as(r.toString()).contains("d.xml:1:1: error: DTDs are not allowed in TwiML")
                .contains("1 file linted").doesNotContain("pom.xml");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    // --- 12: pipes and standard input ---

    @Test
    void devStdinIsReadLikeAFile() throws IOException {
        Cli.Run r = Cli.run(dir, BAD.getBytes(StandardCharsets.UTF_8), "--show-source", "/dev/stdin");
        assertThat(r.err()).as(r.toString()).doesNotContain("Illegal seek");
        assertThat(r.out()).contains("/dev/stdin:2:2: error:");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aNamedPipeIsReadOnce() throws Exception {
        Path fifo = dir.resolve("p.twiml");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        Thread writer = new Thread(() -> {
            try {
                Files.writeString(fifo, BAD);
            } catch (IOException ignored) {
                // The test fails on the output below.
            }
        });
        writer.start();
        // --show-source must not open the FIFO a second time: that would wait for a writer forever.
        InProcessCli r = InProcessCli.run("--show-source", fifo.toString());
        writer.join();
        assertThat(r.err()).as(r.toString()).doesNotContain("Illegal seek");
        assertThat(r.out()).contains("p.twiml:2:2: error:");
    }

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void closedStandardInputIsAUsageError() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cmd = "exec '" + java + "' -cp '" + System.getProperty("java.class.path") + "' "
                + Main.class.getName() + " - <&-";
        Process p = new ProcessBuilder("sh", "-c", cmd).redirectErrorStream(true).start();
        assertThat(p.waitFor(100, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(out).isEqualTo("twiml-lint: '-' reads standard input, but standard input is closed\n");
        assertThat(p.exitValue()).isEqualTo(ExitCodes.USAGE);
    }

    // --- 13: control characters in paths and values ---

    @Test
    void controlCharactersArePrintedEscaped() throws IOException {
        Path odd = write("new\nline \u001b[31m back\\slash.twiml", "<Response>\n <Say>a\u001b[2Jb</Say>\n</Response>\n");
        InProcessCli r = InProcessCli.run("--show-source", odd.toString());
        assertThat(r.out()).as(r.toString()).doesNotContain("\u001b")
                .contains("new\\nline \\e[31m back\\slash.twiml:2:")
                .contains(" 2 |  <Say>a\\e[2Jb</Say>");
        // The caret stays under the escaped character.
        String[] lines = r.out().split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(" 2 | ")) {
                assertThat(lines[i].charAt(lines[i + 1].indexOf('^'))).isEqualTo('\\');
            }
        }
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        InProcessCli gh = InProcessCli.run("-f", "github", odd.toString());
        assertThat(gh.out()).as(gh.toString()).doesNotContain("\u001b").contains("line \\e[31m back\\slash.twiml");
    }

    // --- 16: messages in the user's terms ---

    @Test
    void messagesDoNotLeakInternals() throws IOException {
        Path doc = write("a.twiml", BAD);
        Path latin = dir.resolve("baseline.json");
        Files.write(latin, new byte[] {'{', '"', (byte) 0xE9, '"', ':', '1', '}'});
        InProcessCli r = InProcessCli.run("--baseline", latin.toString(), doc.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).doesNotContain("Input length").contains("not valid text in its encoding");
        write("c/.twiml-lint.json", "{\"exclude\": [\"a\"]]}");
        write("c/b.twiml", BAD);
        Cli.Run config = Cli.run(dir.resolve("c"), "b.twiml");
        assertThat(config.err()).as(config.toString()).doesNotContain("field name").doesNotContain("code 93")
                .contains("unexpected ']' where '}' should close the object");
    }

    // --- 17: inputs that mean nothing ---

    @Test
    void emptyPathsAndMissingFoldersAreRejected() throws IOException {
        Path doc = write("a.twiml", BAD);
        String[][] cases = {
            {"", "an empty PATH was given"},
            {"--site-root", dir.resolve("nonexistent").toString(), doc.toString(), "--site-root "},
            {"--url-mapping", "=" + dir, doc.toString(), "expected URL=DIR with an absolute http(s) URL"},
            {"--url-mapping", "https://x/=", doc.toString(), "expected URL=DIR with a folder after '='"},
            {"--url-mapping", "https://x/=" + dir.resolve("nowhere"), doc.toString(), "no such folder"},
        };
        for (String[] c : cases) {
            String[] args = java.util.Arrays.copyOf(c, c.length - 1);
            InProcessCli r = InProcessCli.run(args);
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).contains(c[c.length - 1]).hasLineCount(1);
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void aConfigurationWithAByteOrderMarkIsRead() throws IOException {
        Path cfg = dir.resolve("b/.twiml-lint.json");
        Files.createDirectories(cfg.getParent());
        Files.write(cfg, ("\uFEFF{\"rules\": {\"unknown-element\": \"off\"}}").getBytes(StandardCharsets.UTF_8));
        write("b/a.twiml", BAD);
        Cli.Run r = Cli.run(cfg.getParent(), "a.twiml");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.OK);
    }

    // --- 18: consistency of the command line ---

    @Test
    void misspeltOptionGetsADidYouMean() {
        InProcessCli r = InProcessCli.run("--disabel", "x", "a.twiml");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("Unknown option: '--disabel' (did you mean '--disable'?)");
        InProcessCli v = InProcessCli.run("--severity", "foo", "a.twiml");
        assertThat(v.err()).as(v.toString()).doesNotContain("option option").contains("Value for option '--severity'");
    }

    @Test
    void quietRunFailingOnHiddenWarningsSaysWhy() throws IOException {
        // The status callback event without a callback URL is a warning.
        Path doc = write("w.twiml", "<Response><Dial><Number statusCallbackEvent=\"ringing\">+15558675310</Number>"
                + "</Dial></Response>\n");
        InProcessCli loud = InProcessCli.run("--fail-on", "warning", doc.toString());
        assertThat(loud.out()).as(loud.toString()).contains("warning:").doesNotContain("error:");
        InProcessCli r = InProcessCli.run("-q", "--fail-on", "warning", doc.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("twiml-lint: 1 finding at or above the failing level (warning) not shown with"
                + " --quiet, which shows errors only; exit status 1\n");
    }

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void completionCompletesFileNamesAndKnownValues() throws Exception {
        InProcessCli gen = InProcessCli.run("generate-completion");
        assertThat(gen.exitCode()).isEqualTo(ExitCodes.OK);
        Path script = dir.resolve("complete.bash");
        Files.writeString(script, gen.out());
        write("calls/welcome.xml", BAD);
        assertThat(complete(script, "twiml-lint", "calls/we")).contains("calls/welcome.xml");
        assertThat(complete(script, "twiml-lint", "--format", "sa")).contains("sarif");
        assertThat(complete(script, "twiml-lint", "--disable", "unknown-el")).contains("unknown-element");
        assertThat(complete(script, "twiml-lint", "--explain", "root")).contains("root-element");
        assertThat(complete(script, "twiml-lint", "--severity", "root-element=w")).contains("root-element=warning");
        assertThat(complete(script, "twiml-lint", "-o", "calls/w")).contains("calls/welcome.xml");
    }

    /** The words bash would offer for the last of {@code words}. */
    private String complete(Path script, String... words) throws Exception {
        StringBuilder w = new StringBuilder();
        for (String x : words) {
            w.append(" '").append(x).append("'");
        }
        String cmd = "source '" + script + "'; COMP_WORDS=(" + w + "); COMP_CWORD=" + (words.length - 1)
                + "; COMP_LINE='" + String.join(" ", words) + "'; COMP_POINT=${#COMP_LINE};"
                + " _complete_twiml-lint; printf '%s\\n' \"${COMPREPLY[@]}\"";
        Process p = new ProcessBuilder("bash", "-c", cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}
