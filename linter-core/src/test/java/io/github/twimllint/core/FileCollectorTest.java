package io.github.twimllint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files a folder walk lints: TwiML, XML with a {@code <Response>} root, and templates of either. */
class FileCollectorTest {

    @Test
    void doubleExtensionTemplatesAreRecognised() {
        assertThat(FileCollector.recognise("call.twiml")).isEqualTo(FileCollector.Found.YES);
        assertThat(FileCollector.recognise("call.twiml.erb")).isEqualTo(FileCollector.Found.YES);
        assertThat(FileCollector.recognise("voice.twiml.hbs")).isEqualTo(FileCollector.Found.YES);
        assertThat(FileCollector.recognise("voice.twiml.php")).isEqualTo(FileCollector.Found.YES);
        for (String name : List.of("call.xml", "call.xml.erb", "call.XML.php", "call.xml.j2", "call.xml.jinja",
                "streams.xml.template")) {
            assertThat(FileCollector.recognise(name)).as(name).isEqualTo(FileCollector.Found.IF_RESPONSE);
        }
        for (String name : List.of("call.erb", "index.php", "call.xml.bak", "call.xml.gz", "twiml.xml.orig",
                "xml.erb", "notes.txt")) {
            assertThat(FileCollector.recognise(name)).as(name).isEqualTo(FileCollector.Found.NO);
        }
    }

    @Test
    void aFolderWalkFindsTemplates(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("forward.xml.erb"), "<Response/>");
        Files.writeString(dir.resolve("menu.twiml.php"), "<Response/>");
        Files.writeString(dir.resolve("answer.xml.bak"), "<Response/>");
        Files.writeString(dir.resolve("helper.rb"), "puts 1");
        List<Source> found = new FileCollector(dir).collect(List.of(dir)).sources();
        assertThat(found.stream().map(s -> s.displayPath() + " " + s.sniffRoot()).sorted().collect(Collectors.toList()))
                .containsExactly("forward.xml.erb true", "menu.twiml.php false");
    }

    /**
     * A walk builds each file's displayed path from its folder's (no path relativized per file):
     * relative under the base at any depth, absolute outside it, the same file once, and each
     * source opens the file it names.
     */
    @Test
    void walkedFilesAreShownAsFromTheBase(@TempDir Path tmp) throws IOException {
        Path base = Files.createDirectories(tmp.resolve("project"));
        Files.createDirectories(base.resolve("voice/menus/deep"));
        Files.writeString(base.resolve("top.twiml"), "top.twiml");
        Files.writeString(base.resolve("voice/a.twiml"), "a.twiml");
        Files.writeString(base.resolve("voice/menus/b.xml"), "b.xml");
        Files.writeString(base.resolve("voice/menus/deep/c d.twiml"), "c d.twiml");
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere/x"));
        Files.writeString(elsewhere.resolve("e.twiml"), "e.twiml");

        FileCollector c = new FileCollector(base);
        List<Source> found = c.collect(List.of(Path.of("."), Path.of("voice/menus"), base.resolve("voice/a.twiml"),
                elsewhere.getParent())).sources();
        assertThat(found.stream().map(Source::displayPath).collect(Collectors.toList())).containsExactlyInAnyOrder(
                "top.twiml", "voice/a.twiml", "voice/menus/b.xml", "voice/menus/deep/c d.twiml",
                FileCollector.slashes(elsewhere.resolve("e.twiml").toString()));
        for (Source s : found) {
            assertThat(c.display(s.file())).isEqualTo(s.displayPath());
            try (var in = s.open()) {
                assertThat(new String(in.readAllBytes())).isEqualTo(s.file().getFileName().toString());
            }
        }
    }
}
