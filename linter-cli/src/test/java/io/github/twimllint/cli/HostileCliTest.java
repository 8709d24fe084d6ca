package io.github.twimllint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twimllint.core.FileCollector;
import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.LintReport;
import io.github.twimllint.core.Linter;
import io.github.twimllint.core.RuleSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The file system and the command line under hostile conditions: the run goes on, the exit code tells. */
class HostileCliTest {

    private static final String GOOD = "<Response>\n  <Say>Hello</Say>\n</Response>\n";

    @TempDir
    Path dir;

    private Path write(String relative, String text) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void fileDeletedBetweenCollectionAndLinting() throws IOException {
        write("a.twiml", GOOD);
        Path gone = write("b.twiml", GOOD);
        write("c.twiml", "<Response><Say>x</Response>");
        FileCollector.Result collected = new FileCollector(dir).collect(List.of(dir));
        assertThat(collected.sources()).hasSize(3);
        Files.delete(gone);
        LintReport report = Linter.builder(RuleSet.discover()).build().lint(collected.sources());
        assertThat(report.unreadable()).extracting(FileResult::path, FileResult::readError)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("b.twiml", "no such file"));
        assertThat(report.lintedCount()).isEqualTo(2);
        assertThat(report.findings()).extracting(f -> f.path() + " " + f.ruleId()).contains("c.twiml xml-syntax");
    }

    @Test
    void fileReplacedByADirectoryDuringTheRun() throws IOException {
        // Root ignores chmod 000; a path that stops being a readable file is the same failure.
        Path victim = write("b.twiml", GOOD);
        write("a.twiml", GOOD);
        FileCollector.Result collected = new FileCollector(dir).collect(List.of(dir));
        Files.delete(victim);
        Files.createDirectory(victim);
        LintReport report = Linter.builder(RuleSet.discover()).build().lint(collected.sources());
        assertThat(report.unreadable()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("b.twiml");
            assertThat(f.readError()).isNotBlank();
        });
        assertThat(report.lintedCount()).isEqualTo(1);
    }

    @Test
    void danglingSymlinkNamedOnTheCommandLineIsAnInputError() throws IOException {
        Path good = write("good.twiml", GOOD);
        Path dangling = dir.resolve("dangling.twiml");
        Files.createSymbolicLink(dangling, dir.resolve("nowhere.twiml"));
        InProcessCli r = InProcessCli.run(dangling.toString(), good.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("dangling.twiml: no such file or directory");
        assertThat(r.out()).as("the other file was linted").contains("1 file linted");
    }

    @Test
    @Timeout(30)
    void specialFilesInAScannedDirectoryAreNotOpened() throws Exception {
        write("good.twiml", GOOD);
        Files.createSymbolicLink(dir.resolve("dangling.twiml"), dir.resolve("nowhere.twiml"));
        Path fifo = dir.resolve("pipe.twiml");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mk.waitFor()).isZero();
        // Opening the FIFO would block forever: the timeout proves it was not opened.
        InProcessCli r = InProcessCli.run(dir.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("1 file linted");
    }

    @Test
    @Timeout(30)
    void symbolicLinkLoopIsWalkedOnce() throws IOException {
        write("calls/a.twiml", GOOD);
        write("calls/sub/b.twiml", "<Response><Say>x</Say>");
        Files.createSymbolicLink(dir.resolve("calls/sub/loop"), dir.resolve("calls"));
        Files.createSymbolicLink(dir.resolve("calls/self"), dir.resolve("calls/self"));
        InProcessCli r = InProcessCli.run(dir.resolve("calls").toString());
        assertThat(r.out()).as(r.toString()).contains("2 files linted");
        assertThat(r.out()).containsOnlyOnce("b.twiml:1:");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void pathsWithSpacesAndNonAsciiNames() throws IOException {
        Path p = write("my calls/ñandú 通话 😀.twiml", "<Response><Say>x</Response>");
        InProcessCli text = InProcessCli.run(dir.resolve("my calls").toString());
        assertThat(text.out()).as(text.toString()).contains("my calls/ñandú 通话 😀.twiml:1:");
        assertThat(text.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        Path sarif = dir.resolve("out dir/ré port.sarif");
        Files.createDirectories(sarif.getParent());
        InProcessCli s = InProcessCli.run("--format", "sarif", "--output", sarif.toString(), p.toString());
        assertThat(s.exitCode()).as(s.toString()).isEqualTo(ExitCodes.FINDINGS);
        String json = Files.readString(sarif);
        assertThat(json).contains("%C3%B1and%C3%BA%20%E9%80%9A%E8%AF%9D%20%F0%9F%98%80.twiml\"");
    }

    @Test
    void fileNamedLikeAnOption() throws IOException {
        Path p = write("-v.xml", "<Response><Say>x</Response>");
        // Named bare, it is an option: a usage error that says how to name the file instead. The
        // hint needs the file to exist relative to the working directory, which tests cannot
        // change; an absolute path starting with '-' cannot exist, so check with the real name.
        InProcessCli asOption = InProcessCli.run("-v.xml");
        assertThat(asOption.exitCode()).as(asOption.toString()).isEqualTo(ExitCodes.USAGE);
        InProcessCli unknown = InProcessCli.run("-v.xml", write("good.twiml", GOOD).toString());
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("Unknown option: '-v.xml'");
        // After "--" it is a file, however it is spelled.
        InProcessCli afterDashes = InProcessCli.run("--", p.toString());
        assertThat(afterDashes.exitCode()).as(afterDashes.toString()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(afterDashes.out()).contains("-v.xml:1:");
        InProcessCli withOptions = InProcessCli.run("--format", "text", "--", dir.resolve("./-v.xml").toString());
        assertThat(withOptions.out()).as(withOptions.toString()).contains("-v.xml:1:");
        // A file literally named "--" after the end-of-options marker.
        Path dashDash = write("--", GOOD);
        InProcessCli literal = InProcessCli.run("--", dashDash.toString());
        assertThat(literal.exitCode()).as(literal.toString()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void optionLikeFileInTheWorkingDirectoryGetsAHint() throws IOException {
        Path cwdFile = Path.of("-zz-hint.twiml");
        Files.writeString(cwdFile, GOOD);
        try {
            InProcessCli r = InProcessCli.run("-zz-hint.twiml");
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).contains("put '--' before it: twiml-lint -- -zz-hint.twiml");
            assertThat(InProcessCli.run("--", "-zz-hint.twiml").exitCode()).isEqualTo(ExitCodes.OK);
        } finally {
            Files.deleteIfExists(cwdFile);
        }
    }

    @Test
    void reportGoesToATemporaryFileMovedIntoPlace() throws IOException {
        Path doc = write("bad.twiml", "<Response><Say>x</Response>");
        Path out = dir.resolve("report.sarif");
        Files.writeString(out, "previous");
        InProcessCli r = InProcessCli.run("--format", "sarif", "--output", out.toString(), doc.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(Files.readString(out)).startsWith("{").contains("\"xml-syntax\"").endsWith("}\n");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("bad.twiml", "report.sarif");
        }
    }

    @Test
    void failedWriteLeavesNoPartialReport() throws IOException {
        Path doc = write("bad.twiml", "<Response><Say>x</Response>");
        // The target is a non-empty directory: the move fails after the report was written.
        Path out = dir.resolve("report.sarif");
        Files.createDirectories(out);
        Files.writeString(out.resolve("keep"), "keep");
        InProcessCli r = InProcessCli.run("--format", "sarif", "--output", out.toString(), doc.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("cannot write");
        assertThat(Files.readString(out.resolve("keep"))).isEqualTo("keep");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).as("no temporary file left")
                    .containsExactlyInAnyOrder("bad.twiml", "report.sarif");
        }
        // A missing directory: nothing is created at all.
        Path missing = dir.resolve("no/such/dir/report.sarif");
        InProcessCli m = InProcessCli.run("--format", "sarif", "--output", missing.toString(), doc.toString());
        assertThat(m.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(dir.resolve("no")).doesNotExist();
    }

    @Test
    void exitCodesSayWhatHappened() throws IOException {
        Path good = write("good.twiml", GOOD);
        Path bad = write("bad.twiml", "<Response><Say>x</Response>");
        assertThat(InProcessCli.run(good.toString()).exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(InProcessCli.run(bad.toString()).exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(InProcessCli.run(good.toString(), dir.resolve("missing.twiml").toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(InProcessCli.run("--no-such-option", good.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
