package io.github.twimllint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document to lint: a file (by folder and name) or a stream, shown by its display path. */
class SourceTest {

    private static String read(Source s) throws IOException {
        try (InputStream in = s.open()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aFileIsFoundByItsPathWhateverItIsShownAs(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.xml");
        Files.writeString(a, "<Response/>", StandardCharsets.UTF_8);
        Path abs = a.toAbsolutePath().normalize();
        for (String shown : new String[] {"a.xml", "sub/a.xml", "shown-elsewhere.xml", "ba.xml", "/a.xml", "x/b.xml"}) {
            Source s = Source.ofFile(a, shown, true);
            assertThat(s.displayPath()).isEqualTo(shown);
            assertThat(s.toString()).isEqualTo(shown);
            assertThat(s.file()).as(shown).isEqualTo(abs);
            assertThat(s.folderText()).isEqualTo(abs.getParent().toString());
            assertThat(s.sniffRoot()).isTrue();
            assertThat(s.opener()).isNull();
            assertThat(s.rereadable()).isTrue();
            assertThat(read(s)).isEqualTo("<Response/>");
        }
        Source root = Source.ofFile(abs.getRoot(), "/", false);
        assertThat(root.file()).isEqualTo(abs.getRoot());
        assertThat(root.folderText()).isNull();
        assertThat(root.sniffRoot()).isFalse();
    }

    @Test
    void aStreamHasNoFileAndIsReadThroughItsOpener(@TempDir Path dir) throws IOException {
        Source.Opener opener = () -> new ByteArrayInputStream("<Response/>".getBytes(StandardCharsets.UTF_8));
        Source s = Source.ofStream("<stdin>", opener);
        assertThat(s.file()).isNull();
        assertThat(s.folderText()).isNull();
        assertThat(s.rereadable()).isFalse();
        assertThat(s.opener()).isSameAs(opener);
        assertThat(read(s)).isEqualTo("<Response/>");

        Path a = dir.resolve("a.xml");
        Files.writeString(a, "on disk", StandardCharsets.UTF_8);
        Source fixed = Source.ofFile(a, "a.xml", true)
                .withOpener(() -> new ByteArrayInputStream("in memory".getBytes(StandardCharsets.UTF_8)));
        assertThat(read(fixed)).isEqualTo("in memory");
        assertThat(fixed.file()).isEqualTo(a.toAbsolutePath().normalize());
        assertThat(fixed.displayPath()).isEqualTo("a.xml");
        assertThat(fixed.sniffRoot()).isTrue();
    }

    @Test
    void somethingThatIsNotARegularFileIsReadButNotRereadable() throws IOException {
        Path devNull = Path.of("/dev/null");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull));
        Source s = Source.ofFile(devNull, "/dev/null", false);
        assertThat(s.rereadable()).isFalse();
        assertThat(read(s)).isEmpty();
    }

    @Test
    void sourcesAreEqualWhenTheyNameOneFileOfOneCollection(@TempDir Path dir) {
        Source.Folders folders = new Source.Folders();
        Source a = folders.file(dir.resolve("a.xml"), "a.xml", true);
        Source sameFile = folders.file(dir.resolve("x/../a.xml"), "other name", false);
        Source b = folders.file(dir.resolve("b.xml"), "b.xml", true);
        Source elsewhere = new Source.Folders().file(dir.resolve("a.xml"), "a.xml", true);
        assertThat(a).isEqualTo(sameFile).hasSameHashCodeAs(sameFile).isNotEqualTo(b).isNotEqualTo(elsewhere)
                .isNotEqualTo("a.xml").isNotEqualTo(null);
        Set<Source> set = new HashSet<>();
        set.add(a);
        set.add(sameFile);
        set.add(b);
        assertThat(set).hasSize(2);
        Source stream = Source.ofStream("a.xml", () -> InputStream.nullInputStream());
        Source otherStream = Source.ofStream("a.xml", () -> InputStream.nullInputStream());
        assertThat(stream).isEqualTo(stream).isNotEqualTo(otherStream);
    }
}
