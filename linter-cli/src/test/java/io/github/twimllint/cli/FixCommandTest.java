package io.github.twimllint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --fix and --diff through the real command line. */
class FixCommandTest {
    /** A raw '&' hides the other findings until it is fixed: the second pass fixes them. */
    private static final String BROKEN = "<?xml version=\"1.0\"?>\r\n<Response>\r\n\t<!-- keep & this -->\r\n"
            + "\t<say voice='alice'>Tom & Jerry &amp; co</say>\r\n\t<Gather method=\"get\"/>\r\n</Response>\r\n";
    private static final String FIXED = "<?xml version=\"1.0\"?>\r\n<Response>\r\n\t<!-- keep & this -->\r\n"
            + "\t<Say voice='alice'>Tom &amp; Jerry &amp; co</Say>\r\n\t<Gather method=\"GET\"/>\r\n</Response>\r\n";
    private static final String LEFT = "<Response>\n  <Sya>typo</Sya>\n  <Say Loop=\"2\">x</Say>\n</Response>\n";

    @TempDir
    Path dir;

    private CliRunner.Result lint(String... args) {
        return CliRunner.at(dir, args);
    }

    @Test
    void fixRewritesInPlaceInPassesKeepingModeAndReportsWhatIsLeft() throws Exception {
        Path a = dir.resolve("a.xml");
        Path b = dir.resolve("b.xml");
        Path clean = dir.resolve("clean.xml");
        Files.writeString(a, BROKEN);
        Files.writeString(b, LEFT);
        Files.writeString(clean, "<Response><Say>ok</Say></Response>");
        Files.setPosixFilePermissions(a, PosixFilePermissions.fromString("rw-r-----"));
        CliRunner.Result r = lint("--no-config", "--fix", "a.xml", "b.xml", "clean.xml");
        assertThat(Files.readString(a)).isEqualTo(FIXED);
        assertThat(Files.readString(b)).isEqualTo(LEFT.replace("Loop=", "loop="));
        assertThat(Files.readString(clean)).isEqualTo("<Response><Say>ok</Say></Response>");
        assertThat(Files.getPosixFilePermissions(a)).isEqualTo(PosixFilePermissions.fromString("rw-r-----"));
        assertThat(r.err()).contains("twiml-lint: 4 findings fixed in 2 files");
        // What is left decides the exit code: the typo needs a judgement.
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("b.xml:2:3: error: <Sya> is not a TwiML element").doesNotContain("a.xml:");
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).as("no temporary file left")
                    .containsExactlyInAnyOrder("a.xml", "b.xml", "clean.xml");
        }
        CliRunner.Result again = lint("--no-config", "--fix", "a.xml");
        assertThat(again.exit()).isZero();
        assertThat(again.err()).contains("0 findings fixed in 0 files");
        assertThat(Files.readString(a)).isEqualTo(FIXED);
    }

    @Test
    void diffChangesNothingAndAppliesWithGitToTheFixResult() throws Exception {
        Path patched = Files.createDirectories(dir.resolve("patched"));
        Path fixed = Files.createDirectories(dir.resolve("fixed"));
        for (Path d : new Path[] {patched, fixed}) {
            Files.writeString(d.resolve("a.xml"), BROKEN);
            Files.writeString(d.resolve("b.xml"), LEFT);
        }
        CliRunner.Result diff = CliRunner.at(patched, "--no-config", "--diff", "a.xml", "b.xml");
        assertThat(diff.exit()).as(diff.toString()).isEqualTo(1);
        assertThat(Files.readString(patched.resolve("a.xml"))).isEqualTo(BROKEN);
        assertThat(diff.out()).startsWith("--- a/a.xml\n+++ b/a.xml\n@@ -1,6 +1,6 @@\n")
                .contains("-\t<say voice='alice'>Tom & Jerry &amp; co</say>\r\n");
        assertThat(diff.err()).contains("4 findings fixable in 2 files (nothing changed; --fix applies them)")
                .contains("b.xml:2:3: error: <Sya>");
        CliRunner.Result fix = CliRunner.at(fixed, "--no-config", "--fix", "a.xml", "b.xml");
        assertThat(fix.exit()).isEqualTo(1);
        Path patch = dir.resolve("fix.patch");
        Files.writeString(patch, diff.out());
        assumeTrue(git(patched, "init", "-q"), "git is not available");
        assertThat(git(patched, "apply", "--whitespace=nowarn", patch.toString())).as("git apply").isTrue();
        for (String name : new String[] {"a.xml", "b.xml"}) {
            assertThat(Files.readAllBytes(patched.resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(fixed.resolve(name)));
        }
    }

    @Test
    void fixWithDiffIsAUsageErrorAndANonRegularFileIsRefused() throws Exception {
        Files.writeString(dir.resolve("a.xml"), BROKEN);
        CliRunner.Result both = lint("--fix", "--diff", "a.xml");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("--fix and --diff cannot be combined");
        assertThat(Files.readString(dir.resolve("a.xml"))).isEqualTo(BROKEN);
        Path fifo = dir.resolve("pipe.xml");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "no mkfifo");
        CliRunner.Result refused = lint("--no-config", "--fix", "pipe.xml", "a.xml");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err().strip()).isEqualTo("twiml-lint: pipe.xml: not a regular file; --fix and --diff work"
                + " on files (use '-' for standard input)");
        assertThat(Files.readString(dir.resolve("a.xml"))).isEqualTo(BROKEN);
    }

    @Test
    void fixOnStandardInputWritesTheFixedDocumentInItsEncodingToStandardOutput() throws Exception {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        String doc = "<Response>\r\n<say>a & b</say>\r\n</Response>\r\n";
        byte[] in = concat(bom, doc.getBytes(StandardCharsets.UTF_16LE));
        Cli.Run r = Cli.run(dir, in, "--no-config", "--fix", "-");
        assertThat(r.exitCode()).as(r.err()).isZero();
        byte[] expected = concat(bom, doc.replace("say>", "Say>").replace(" & ", " &amp; ")
                .getBytes(StandardCharsets.UTF_16LE));
        assertThat(r.outBytes()).isEqualTo(expected);
        assertThat(r.err()).contains("2 findings fixed in 1 file").contains("0 errors");
    }

    @Test
    void sarifResultsCarryTheirFixes() throws Exception {
        Files.writeString(dir.resolve("s.xml"), "<Response>\r\n  <say>hi</say>\r\n  <Dial><Client>client:bob</Client></Dial>\r\n</Response>\r\n");
        lint("--no-config", "--format", "sarif=out.sarif", "s.xml");
        var results = new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve("out.sarif").toFile())
                .path("runs").get(0).path("results");
        var rename = results.get(0);
        assertThat(rename.path("ruleId").asText()).isEqualTo("unknown-element");
        var change = rename.path("fixes").get(0).path("artifactChanges").get(0);
        assertThat(change.path("artifactLocation").path("uri").asText()).isEqualTo("s.xml");
        var start = change.path("replacements").get(0);
        assertThat(start.path("deletedRegion").toString())
                .isEqualTo("{\"startLine\":2,\"startColumn\":4,\"endLine\":2,\"endColumn\":7,\"charOffset\":15,\"charLength\":3}");
        assertThat(start.path("insertedContent").path("text").asText()).isEqualTo("Say");
        assertThat(change.path("replacements").get(1).path("deletedRegion").path("charOffset").asInt()).isEqualTo(23);
        var prefix = results.get(1).path("fixes").get(0).path("artifactChanges").get(0).path("replacements").get(0);
        assertThat(results.get(1).path("ruleId").asText()).isEqualTo("client-identifier-mobile");
        assertThat(prefix.path("deletedRegion").path("charLength").asInt()).isEqualTo(7);
        assertThat(prefix.has("insertedContent")).as("a deletion").isFalse();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static boolean git(Path cwd, String... args) throws Exception {
        String[] cmd = new String[args.length + 1];
        cmd[0] = "git";
        System.arraycopy(args, 0, cmd, 1, args.length);
        try {
            Process p = new ProcessBuilder(cmd).directory(cwd.toFile()).inheritIO().start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
