package io.github.twimllint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twimllint.core.Finding;
import io.github.twimllint.core.Fixtures;
import io.github.twimllint.core.Linter;
import io.github.twimllint.core.RuleSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixture format is not vacuous: a finding nobody listed, or another level, fails; the converter keeps old lines. */
class ExpectedFormatTest {
    private static final String DOC = "<Response>\n  <Hangup/>\n  <Say>Hi</Say>\n  <Dial record=\"true\">+14155550100</Dial>\n</Response>\n";
    private final Linter linter = Linter.builder(RuleSet.discover()).jobs(1).build();

    private List<Finding> findings(Path dir) throws IOException {
        Path fixture = dir.resolve("bad-x.xml");
        Files.writeString(fixture, DOC, StandardCharsets.UTF_8);
        return Fixtures.reported(linter, fixture, "bad-x.xml");
    }

    private static Path expected(Path dir, String text) throws IOException {
        return Files.writeString(dir.resolve("bad-x.expected"), text, StandardCharsets.UTF_8);
    }

    @Test
    void everyFindingWithItsLevelIsCompared(@TempDir Path dir) throws IOException {
        List<Finding> actual = findings(dir);
        String all = "3:3 warning unreachable-verb <Say> never runs\n4:17 warning invalid-attribute-value\n";
        Fixtures.assertMatches(actual, expected(dir, all));
        assertThatThrownBy(() -> Fixtures.assertMatches(actual, expected(dir, all.replace("4:17 warning invalid-attribute-value\n", ""))))
                .as("a finding of another rule that the file does not list").isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> Fixtures.assertMatches(actual, expected(dir, all.replace("4:17 warning", "4:17 error"))))
                .as("a warning listed as an error").isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> Fixtures.assertMatches(actual, expected(dir, "3:3 unreachable-verb\n")))
                .as("an old-format line").isInstanceOf(AssertionError.class).hasMessageContaining("ExpectedFormatConverter");
    }

    @Test
    void converterKeepsOldLinesAndAddsTheOthers(@TempDir Path dir) throws IOException {
        List<String> out = ExpectedFormatConverter.convert("bad-x.xml",
                List.of("# why", "3:3 unreachable-verb <Say> never", "# stale", "9:3 unreachable-verb"), findings(dir));
        assertThat(out).containsExactly("# why", "3:3 warning unreachable-verb <Say> never",
                "4:17 warning invalid-attribute-value " + findings(dir).get(1).message(),
                "# stale", "9:3 unreachable-verb");
    }
}
