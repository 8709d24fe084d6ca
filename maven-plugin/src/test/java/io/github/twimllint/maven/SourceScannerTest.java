package io.github.twimllint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceScannerTest {
    @TempDir
    Path dir;

    private Path file(String rel, String text) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private List<String> scan(List<String> includes, List<String> excludes, Path... dirs) {
        return new SourceScanner(includes, excludes).scan(List.of(dirs)).files().stream()
                .map(c -> dir.relativize(c.file()).toString().replace('\\', '/'))
                .collect(Collectors.toList());
    }

    @Test
    void includesExcludesAreRelativeToEachSourceDirectory() throws IOException {
        file("twiml/a.xml", "<Response/>");
        file("twiml/sub/b.twiml", "<Response/>");
        file("twiml/notes.txt", "x");
        file("res/c.xml", "<Response/>");
        file("res/legacy/d.xml", "<Response/>");
        List<String> found = scan(List.of("**/*.twiml", "**/*.xml"), List.of("legacy/**"),
                dir.resolve("twiml"), dir.resolve("res"), dir.resolve("missing"));
        assertThat(found).containsExactly("res/c.xml", "twiml/a.xml", "twiml/sub/b.twiml");
    }

    @Test
    void linksOutOfTheSourceFolderAreNotFollowed() throws IOException {
        Path secret = file("outside/secret.xml", "<Response/>");
        file("src/a.xml", "<Response/>");
        file("src/sub/b.xml", "<Response/>");
        Files.createSymbolicLink(dir.resolve("src/secret.xml"), secret);
        Files.createSymbolicLink(dir.resolve("src/out"), secret.getParent());
        Files.createSymbolicLink(dir.resolve("src/in.xml"), dir.resolve("src/sub/b.xml"));
        assertThat(scan(List.of("**/*.xml"), null, dir.resolve("src")))
                .containsExactlyInAnyOrder("src/a.xml", "src/sub/b.xml", "src/in.xml");
    }

    @Test
    void hiddenDirectoriesAreNotEnteredAndFilesAreListedOnce() throws IOException {
        file("src/.cache/a.xml", "<Response/>");
        file("src/b.xml", "<Response/>");
        assertThat(scan(List.of("**/*.xml"), null, dir.resolve("src"), dir.resolve("src")))
                .containsExactly("src/b.xml");
    }

    @Test
    void recordsSizeAndModificationTime() throws IOException {
        Path a = file("src/a.xml", "<Response/>");
        SourceScanner.Candidate c = new SourceScanner(List.of("*.xml"), List.of())
                .scan(List.of(dir.resolve("src"))).files().get(0);
        assertThat(c.size()).isEqualTo(Files.size(a));
        assertThat(c.modified()).isEqualTo(Files.getLastModifiedTime(a).toMillis());
    }
}
