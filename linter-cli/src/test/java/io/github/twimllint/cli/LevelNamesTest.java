package io.github.twimllint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11 item 18: one parser of level names for --fail-on, --severity and the configuration file. */
class LevelNamesTest {
    @TempDir
    Path dir;

    private CliRunner.Result lint(String... args) throws Exception {
        Files.writeString(dir.resolve("n.twiml"), "<Dial>+14155550100</Dial>\n");
        return CliRunner.at(dir, args);
    }

    @Test
    void failOnTakesTheSameAliasesAsSeverity() throws Exception {
        assertThat(lint("--severity", "root-element=warn", "--fail-on", "warn", "n.twiml").exit()).isEqualTo(1);
        assertThat(lint("--severity", "root-element=warn", "--fail-on", "WARNING", "n.twiml").exit()).isEqualTo(1);
        assertThat(lint("--severity", "root-element=info", "--fail-on", "info", "n.twiml").exit()).isEqualTo(1);
        assertThat(lint("--severity", "root-element=warn", "--fail-on", "err", "n.twiml").exit()).isZero();
        assertThat(lint("--severity", "root-element=err", "--fail-on", "err", "n.twiml").exit()).isEqualTo(1);
    }

    @Test
    void offAndUnknownNamesAreNotFailingLevels() throws Exception {
        CliRunner.Result off = lint("--fail-on", "off", "n.twiml");
        assertThat(off.exit()).isEqualTo(2);
        assertThat(off.err()).isEqualTo("twiml-lint: --fail-on off: unknown failing level 'off'"
                + " (expected error, warning, note or none)\n");
        assertThat(lint("--fail-on", "fatal", "n.twiml").exit()).isEqualTo(2);
    }

    @Test
    void theConfigurationTakesTheSameAliases() throws Exception {
        Files.writeString(dir.resolve(".twiml-lint.json"),
                "{\"rules\": {\"root-element\": \"warn\"}, \"failOn\": \"warn\"}");
        CliRunner.Result r = lint("n.twiml");
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("warning").contains("root-element");
        Files.writeString(dir.resolve(".twiml-lint.json"), "{\"rules\": {\"root-element\": {\"level\": \"info\"}}}");
        r = lint("--fail-on", "info", "n.twiml");
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("note");
    }
}
