package io.github.twimllint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** docs/usage.md lists every option of the command once, in one row of its options table. */
class UsageDocTest {
    @Test
    void everyOptionHasExactlyOneRow() throws Exception {
        List<String> rows = Files.readAllLines(Path.of("..", "docs", "usage.md")).stream()
                .filter(l -> l.startsWith("| `")).map(l -> l.substring(0, l.indexOf(" |", 2))).toList();
        CommandLine cl = LintCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        for (CommandLine.Model.OptionSpec o : cl.getCommandSpec().options()) {
            String name = o.longestName();
            assertThat(rows.stream().filter(r -> r.matches(".*`" + name + "[` \\[].*")))
                    .as("rows of docs/usage.md naming %s", name).hasSize(1);
        }
    }
}
