package io.github.twimllint.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** How reports, baselines and fixed documents are written, in this JVM (so mutation testing runs it). */
class ReportWriterInProcessTest {

    @TempDir
    Path dir;

    /** The names in a folder, sorted. */
    static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    private List<String> names() throws IOException {
        return names(dir);
    }

    @Test
    void aReportIsWrittenBesideItsTargetThenMovedIntoPlace() throws Exception {
        Path report = dir.resolve("r.json");
        Files.writeString(report, "old");
        ReportWriter.write(report, w -> {
            w.write("new");
            assertThat(Files.readString(report)).as("the old report stays until the new one is whole").isEqualTo("old");
            assertThat(names()).hasSize(2).contains("r.json").anyMatch(n -> n.matches("\\.r\\.json\\d+\\.tmp"));
        });
        assertThat(Files.readString(report)).isEqualTo("new");
        assertThat(names()).containsExactly("r.json");
    }

    @Test
    void failedContentLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path report = dir.resolve("r.json");
        Files.writeString(report, "old");
        assertThatThrownBy(() -> ReportWriter.write(report, w -> {
            w.write("half");
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(report)).isEqualTo("old");
        assertThat(names()).containsExactly("r.json");
    }

    /** What the shutdown hook runs (SIGINT, SIGTERM): the temporary file being written goes. */
    @Test
    void theCleanupDeletesATemporaryFileStillBeingWritten() throws Exception {
        Path report = dir.resolve("r.sarif");
        assertThatThrownBy(() -> ReportWriter.write(report, w -> {
            w.write("partial");
            assertThat(names()).singleElement().matches(n -> n.startsWith(".r.sarif") && n.endsWith(".tmp"));
            ReportWriter.deleteLeftovers();
            assertThat(names()).isEmpty();
        })).isInstanceOf(IOException.class);
        assertThat(names()).isEmpty();
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aReplacedFileKeepsItsMode() throws Exception {
        Path report = dir.resolve("r.txt");
        Files.writeString(report, "old");
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-r-----"));
        ReportWriter.write(report, "new".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(report)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("rw-r-----");
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rwx------"));
        ReportWriter.write(report, w -> w.write("newer"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("rwx------");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aNewFileGetsTheModeOfAnyNewFile() throws Exception {
        Path report = dir.resolve("new.txt");
        ReportWriter.write(report, w -> w.write("x"));
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        assertThat(Files.getPosixFilePermissions(report)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void aFolderIsNotAReport() {
        assertThatThrownBy(() -> ReportWriter.write(dir, w -> w.write("x")))
                .isInstanceOf(IOException.class)
                .satisfies(e -> assertThat(ReportWriter.reason((IOException) e)).isEqualTo("is a directory"));
    }

    @Test
    void aMissingFolderIsSaidSo() {
        assertThatThrownBy(() -> ReportWriter.write(dir.resolve("no/r.json"), w -> w.write("x")))
                .isInstanceOf(NoSuchFileException.class)
                .satisfies(e -> assertThat(ReportWriter.reason((IOException) e)).isEqualTo("the folder does not exist"));
        assertThat(ReportWriter.reason(new IOException("Input/output error"))).isEqualTo("input/output error");
    }

    @Test
    void aDanglingLinkGetsItsTargetCreated() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("target.json"));
        ReportWriter.write(link, w -> w.write("new"));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("target.json"))).isEqualTo("new");
    }

    @Test
    void aChainOfLinksIsFollowedFromEachLinksFolder() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Path last = Files.createSymbolicLink(sub.resolve("last.json"), Path.of("../real.json"));
        Path first = Files.createSymbolicLink(dir.resolve("first.json"), dir.relativize(last));
        ReportWriter.write(first, w -> w.write("through"));
        assertThat(Files.isSymbolicLink(first)).isTrue();
        assertThat(Files.isSymbolicLink(last)).isTrue();
        assertThat(Files.readString(dir.resolve("real.json"))).isEqualTo("through");
    }

    @Test
    void aLinkLoopIsAnErrorNotAHang() throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Files.createSymbolicLink(a, b.getFileName());
        Files.createSymbolicLink(b, a.getFileName());
        assertThatThrownBy(() -> ReportWriter.write(a, w -> w.write("x"))).isInstanceOf(IOException.class)
                .satisfies(e -> assertThat(ReportWriter.reason((IOException) e))
                        .isEqualTo("too many levels of symbolic links"));
        // Forty links in a row are still followed.
        Path target = dir.resolve("end.json");
        Path next = target;
        for (int i = 0; i < 40; i++) {
            Path link = dir.resolve("l" + i);
            Files.createSymbolicLink(link, next.getFileName());
            next = link;
        }
        ReportWriter.write(next, w -> w.write("far"));
        assertThat(Files.readString(target)).isEqualTo("far");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aFifoIsWrittenThroughNotReplaced() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo works here");
        CompletableFuture<String> read = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                read.complete(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                read.completeExceptionally(e);
            }
        });
        reader.setDaemon(true); // Blocks for ever if nobody opens the FIFO for writing.
        reader.start();
        ReportWriter.write(fifo, w -> w.write("through the pipe"));
        assertThat(read.get(30, TimeUnit.SECONDS)).isEqualTo("through the pipe");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(names()).containsExactly("pipe");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void devNullIsWrittenThrough() throws Exception {
        ReportWriter.write(Path.of("/dev/null"), w -> w.write("gone"));
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
        assertThat(Files.exists(Path.of("/dev/null"))).isTrue();
    }

    /** The shell's {@code > file} seen as {@code /proc/self/fd/N}: appended to, not replaced. */
    @Test
    @EnabledOnOs(OS.LINUX)
    void anOpenFileNamedThroughProcIsAppendedTo() throws Exception {
        Path out = dir.resolve("out.txt");
        Files.writeString(out, "already there\n");
        try (FileOutputStream open = new FileOutputStream(out.toFile(), true)) {
            Path fd = null;
            try (Stream<Path> s = Files.list(Path.of("/proc/self/fd"))) {
                for (Path p : s.collect(Collectors.toList())) {
                    try {
                        if (Files.readSymbolicLink(p).equals(out)) {
                            fd = p;
                        }
                    } catch (IOException gone) {
                        // The descriptor of the listing itself.
                    }
                }
            }
            org.junit.jupiter.api.Assumptions.assumeTrue(fd != null, "/proc/self/fd lists open files");
            ReportWriter.write(fd, w -> w.write("report"));
            assertThat(Files.readString(out)).isEqualTo("already there\nreport");
            assertThat(names()).containsExactly("out.txt");
        }
    }
}
