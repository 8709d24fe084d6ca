package io.github.twimllint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Behaviour that depends on a terminal, with the console simulated in process. */
class ConsoleTest {
    @TempDir
    Path dir;

    private static final Terminal TTY = new Terminal(true, Map.of("TERM", "xterm"));

    @Test
    void colourAutoNeedsATerminalWithoutNoColorOrDumbTerm() {
        assertThat(TTY.color(ControlOptions.ColorMode.auto)).isTrue();
        assertThat(new Terminal(false, Map.of()).color(ControlOptions.ColorMode.auto)).isFalse();
        assertThat(new Terminal(true, Map.of("NO_COLOR", "1")).color(ControlOptions.ColorMode.auto)).isFalse();
        assertThat(new Terminal(true, Map.of("NO_COLOR", "")).color(ControlOptions.ColorMode.auto)).isTrue();
        assertThat(new Terminal(true, Map.of("TERM", "dumb")).color(ControlOptions.ColorMode.auto)).isFalse();
        assertThat(new Terminal(true, Map.of("NO_COLOR", "1")).color(ControlOptions.ColorMode.always)).isTrue();
        assertThat(TTY.color(ControlOptions.ColorMode.never)).isFalse();
    }

    @Test
    void onATerminalSourceAndColourAreShownByDefault() throws Exception {
        Path f = dir.resolve("a.twiml");
        Files.writeString(f, "<Dial/>\n");
        CliRunner.Result r = CliRunner.inProcess(TTY, f.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("\u001b[").contains(" 1 | <Dial/>");
        CliRunner.Result file = CliRunner.inProcess(TTY, "--output", dir.resolve("out.txt").toString(), f.toString());
        assertThat(file.exit()).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("out.txt"))).as("a report file gets neither")
                .doesNotContain("\u001b[").doesNotContain(" | ");
    }

    @Test
    void progressOnATerminalForLongRuns() throws Exception {
        for (int i = 0; i < Progress.MIN_FILES; i++) {
            Files.writeString(dir.resolve("f" + i + ".twiml"), "<Response/>");
        }
        CliRunner.Result r = CliRunner.inProcess(TTY, dir.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("\rtwiml-lint: " + Progress.MIN_FILES + "/" + Progress.MIN_FILES + " files")
                .endsWith("\r");
        Files.delete(dir.resolve("f0.twiml"));
        assertThat(CliRunner.inProcess(TTY, dir.toString()).err()).as("short runs show none").isEmpty();
    }
}
