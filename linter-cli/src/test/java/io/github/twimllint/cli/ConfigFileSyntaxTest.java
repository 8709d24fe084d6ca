package io.github.twimllint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20: JSONC (comments, trailing commas), a byte-order mark and .twiml-lint.jsonc, through the real CLI. */
class ConfigFileSyntaxTest {
    private static final String JSONC = "// project settings\n"
            + "{\n"
            + "  /* Dial at the root: an old fragment */\n"
            + "  \"rules\": {\"root-element\": \"off\",},  // trailing comma in the object\n"
            + "  \"exclude\": [\"old/**\",],\n"
            + "}\n";

    @TempDir
    Path dir;

    private void documents() throws Exception {
        Files.writeString(dir.resolve("e.twiml"), "<Dial>+14155550100</Dial>\n");
    }

    @Test
    void commentsAndTrailingCommasAreReadInTheJsonFile() throws Exception {
        documents();
        assertThat(CliRunner.at(dir, "e.twiml").exit()).as("root-element reports without a configuration").isEqualTo(1);
        Files.writeString(dir.resolve(".twiml-lint.json"), JSONC);
        CliRunner.Result r = CliRunner.at(dir, "e.twiml");
        assertThat(r.exit()).as(r.toString()).isZero();
    }

    @Test
    void aByteOrderMarkIsAcceptedAndColumnsCountFromTheTextAfterIt() throws Exception {
        documents();
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "{\"rules\": {\"root-element\": \"off\"}}".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(text, 0, all, bom.length, text.length);
        Files.write(dir.resolve(".twiml-lint.json"), all);
        assertThat(CliRunner.at(dir, "e.twiml").exit()).isZero();
        System.arraycopy("{\"rulez\"".getBytes(StandardCharsets.UTF_8), 0, all, bom.length, 8);
        Files.write(dir.resolve(".twiml-lint.json"), all);
        assertThat(CliRunner.at(dir, "e.twiml").err()).contains(".twiml-lint.json:1:2: unknown key 'rulez'");
    }

    @Test
    void aJsoncFileIsDiscoveredAndProblemsKeepTheirLineAndColumn() throws Exception {
        documents();
        Files.writeString(dir.resolve(".twiml-lint.jsonc"), JSONC);
        CliRunner.Result r = CliRunner.at(dir, "--verbose", "e.twiml");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.err()).contains("configuration: " + dir.toAbsolutePath().normalize().resolve(".twiml-lint.jsonc"));

        Files.writeString(dir.resolve(".twiml-lint.jsonc"), JSONC.replace("\"exclude\"", "/* x */ \"exlude\""));
        CliRunner.Result bad = CliRunner.at(dir, "e.twiml");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains(".twiml-lint.jsonc:5:11: unknown key 'exlude' (did you mean 'exclude'?)");
    }

    @Test
    void withBothInOneFolderTheJsonFileWinsAndTheOtherIsNamed() throws Exception {
        documents();
        Files.writeString(dir.resolve(".twiml-lint.json"), "{}");
        Files.writeString(dir.resolve(".twiml-lint.jsonc"), JSONC);
        CliRunner.Result r = CliRunner.at(dir, "e.twiml");
        assertThat(r.exit()).as("the .json file (no settings) is the one obeyed").isEqualTo(1);
        assertThat(r.err()).contains("twiml-lint: both " + dir.toAbsolutePath().normalize().resolve(".twiml-lint.json")
                + " and .twiml-lint.jsonc exist; reading .twiml-lint.json only");
    }
}
