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
}
