package io.github.twimllint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twimllint.core.Finding;
import io.github.twimllint.core.Fixtures;
import io.github.twimllint.core.LintReport;
import io.github.twimllint.core.Linter;
import io.github.twimllint.core.ProjectFixtures;
import io.github.twimllint.core.RuleSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture formats ({@code .expected}, and a project's {@code expected.txt}) are not vacuous: a
 * finding nobody listed, or another level, fails; the converter keeps old lines.
 */
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

    /** A whisper that dials (a project finding) and has an empty {@code <Say>} (an error of another rule). */
    private static LintReport project(Path dir) throws IOException {
        Files.writeString(dir.resolve("caller.xml"),
                "<Response>\n  <Dial>\n    <Number url=\"whisper.xml\">+15558675310</Number>\n  </Dial>\n</Response>\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("whisper.xml"), "<Response>\n  <Say/>\n  <Dial>+15551230000</Dial>\n</Response>\n",
                StandardCharsets.UTF_8);
        return ProjectFixtures.lint(dir);
    }

    @Test
    void projectFindingsOfEveryRuleWithTheirLevelsAreCompared(@TempDir Path dir) throws IOException {
        LintReport report = project(dir);
        String dial = "caller.xml 3:18 error url-document-dial has a <Dial> at line 3\n"
                + "-> caller.xml 3:18 <Number url> runs whisper.xml\n-> whisper.xml 3:3 <Dial> here\n";
        String say = "whisper.xml 2:3 error missing-content\n";
        ProjectFixtures.assertMatches(report, expected(dir, dial + say));
        assertThatThrownBy(() -> ProjectFixtures.assertMatches(report, expected(dir, dial)))
                .as("a finding of a per-document rule that the file does not list").isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> ProjectFixtures.assertMatches(report, expected(dir, dial.replace(" error ", " warning ") + say)))
                .as("an error listed as a warning").isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> ProjectFixtures.assertMatches(report,
                expected(dir, dial.replace(" error ", " ") + say)))
                .as("an old-format line").isInstanceOf(AssertionError.class).hasMessageContaining("ExpectedFormatConverter");
    }

    @Test
    void projectConverterAddsLevelsAndTheFindingsOfOtherRules(@TempDir Path dir) throws IOException {
        LintReport report = project(dir);
        List<String> out = ExpectedFormatConverter.convertProject("p", List.of("# why",
                "caller.xml 3:18 url-document-dial has a <Dial>", "-> caller.xml 3:18 <Number url>",
                "-> whisper.xml 3:3"), report.findings());
        assertThat(out).containsExactly("# why", "caller.xml 3:18 error url-document-dial has a <Dial>",
                "-> caller.xml 3:18 <Number url>", "-> whisper.xml 3:3",
                "whisper.xml 2:3 error missing-content " + report.findings().get(1).message());
    }
}
