package io.github.twimllint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20, failing and counting: --fail-on none, --max-warnings, their keys, JUnit cases tied to the failing level. */
class FailingAndCountingTest {
    @TempDir
    Path dir;

    /** e.twiml: one error (root-element); w.xml: two warnings (unknown-element made a warning). */
    private void project() throws Exception {
        Files.writeString(dir.resolve("e.twiml"), "<Dial>+14155550100</Dial>\n");
        Files.writeString(dir.resolve("w.xml"), "<Response>\n  <say>a</say>\n  <say>b</say>\n</Response>\n");
    }

    private CliRunner.Result lint(String... args) {
        return CliRunner.at(dir, args);
    }

    @Test
    void failOnNoneNeverFailsOnFindingsButInputErrorsStillExit2() throws Exception {
        project();
        assertThat(lint("e.twiml").exit()).isEqualTo(1);
        CliRunner.Result r = lint("--fail-on", "none", "e.twiml");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("root-element");
        assertThat(lint("--fail-on", "none", "e.twiml", "missing.xml").exit()).isEqualTo(2);
        assertThat(lint("--fail-on", "NONE", "--severity", "unknown-element=warn", "w.xml").exit()).isZero();
    }

    @Test
    void maxWarningsFailsWhenWarningsExceedIt() throws Exception {
        project();
        String[] warn = {"--severity", "unknown-element=warning"};
        assertThat(lint(warn[0], warn[1], "w.xml").exit()).isZero();
        assertThat(lint(warn[0], warn[1], "--max-warnings", "2", "w.xml").exit()).isZero();
        CliRunner.Result r = lint(warn[0], warn[1], "--max-warnings", "1", "w.xml");
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("2 warnings, more than --max-warnings 1 allows");
        assertThat(lint(warn[0], warn[1], "--max-warnings", "0", "--fail-on", "none", "w.xml").exit()).isEqualTo(1);
        assertThat(lint(warn[0], warn[1], "--max-warnings", "-1", "w.xml").exit()).isZero();
        CliRunner.Result bad = lint("--max-warnings", "-2", "w.xml");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--max-warnings must be -1 (no limit) or more, not -2");
    }

    @Test
    void bothAreConfigurationKeysAndTheOptionsWin() throws Exception {
        project();
        Files.writeString(dir.resolve(".twiml-lint.json"),
                "{\"rules\": {\"unknown-element\": \"warning\"}, \"failOn\": \"none\", \"maxWarnings\": 1}");
        CliRunner.Result r = lint("w.xml");
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(lint("e.twiml").exit()).isZero();
        assertThat(lint("--max-warnings", "5", "w.xml").exit()).isZero();
        assertThat(lint("--fail-on", "error", "e.twiml").exit()).isEqualTo(1);
        Files.writeString(dir.resolve(".twiml-lint.json"), "{\"maxWarnings\": \"ten\"}");
        assertThat(lint("w.xml").exit()).isEqualTo(2);
    }

    @Test
    void junitCasesFailOnlyAtTheFailingLevel() throws Exception {
        project();
        CliRunner.Result r = lint("--severity", "unknown-element=warning", "-f", "junit=j.xml", "e.twiml", "w.xml");
        assertThat(r.exit()).isEqualTo(1);
        String junit = Files.readString(dir.resolve("j.xml"));
        assertThat(junit).contains("failures=\"1\"");
        assertThat(junit).contains("<testcase classname=\"twiml-lint\" name=\"w.xml\">\n      <system-out>");
        assertThat(junit).contains("w.xml:2:3: warning:");
        assertThat(junit).containsOnlyOnce("<failure");

        lint("--severity", "unknown-element=warning", "--fail-on", "warning", "-f", "junit=j.xml", "e.twiml", "w.xml");
        assertThat(Files.readString(dir.resolve("j.xml"))).contains("failures=\"2\"").doesNotContain("system-out");

        assertThat(lint("--fail-on", "none", "-f", "junit=j.xml", "e.twiml").exit()).isZero();
        assertThat(Files.readString(dir.resolve("j.xml"))).contains("failures=\"0\"").doesNotContain("<failure");
    }
}
