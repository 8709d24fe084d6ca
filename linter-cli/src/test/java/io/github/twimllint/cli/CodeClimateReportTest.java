package io.github.twimllint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20: --format codeclimate, the GitLab Code Quality array, through the real CLI. */
class CodeClimateReportTest {
    @TempDir
    Path dir;

    private JsonNode report(String... paths) throws Exception {
        String[] args = new String[paths.length + 2];
        args[0] = "--format";
        args[1] = "codeclimate";
        System.arraycopy(paths, 0, args, 2, paths.length);
        CliRunner.Result r = CliRunner.at(dir, args);
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void issuesHaveGitLabsFieldsAndSeverities() throws Exception {
        Files.createDirectories(dir.resolve("ivr"));
        Files.writeString(dir.resolve("ivr/a.twiml"), "<Response>\n  <Say loop=\"x\">Hi</Say>\n  <Nope/>\n</Response>\n");
        JsonNode all = report("--severity", "unknown-element=warning", "ivr");
        assertThat(all.isArray()).isTrue();
        assertThat(all).hasSize(2);
        JsonNode loop = all.get(0);
        assertThat(loop.path("type").asText()).isEqualTo("issue");
        assertThat(loop.path("check_name").asText()).isEqualTo("invalid-attribute-value");
        assertThat(loop.path("description").asText()).contains("loop");
        assertThat(loop.path("severity").asText()).isEqualTo("major");
        assertThat(loop.path("fingerprint").asText()).matches("[0-9a-f]{32}");
        assertThat(loop.path("location").path("path").asText()).isEqualTo("ivr/a.twiml");
        assertThat(loop.path("location").path("positions").path("begin").path("line").asInt()).isEqualTo(2);
        assertThat(loop.path("location").path("positions").path("begin").path("column").asInt()).isEqualTo(14);
        JsonNode nope = all.get(1);
        assertThat(nope.path("check_name").asText()).isEqualTo("unknown-element");
        assertThat(nope.path("severity").asText()).isEqualTo("minor");
    }

    @Test
    void fingerprintsSurviveRunsAndLinesMovingAndDifferPerIssue() throws Exception {
        Files.writeString(dir.resolve("a.twiml"), "<Response>\n  <Say loop=\"x\">Hi</Say>\n  <Play loop=\"y\">a.mp3</Play>\n</Response>\n");
        JsonNode first = report("a.twiml");
        JsonNode again = report("a.twiml");
        assertThat(again).isEqualTo(first);
        Files.writeString(dir.resolve("a.twiml"), "<Response>\n  <!-- the menu -->\n\n\n  <Say loop=\"x\">Hi</Say>\n"
                + "  <Play loop=\"y\">a.mp3</Play>\n</Response>\n");
        JsonNode moved = report("a.twiml");
        assertThat(moved.get(0).path("location").path("positions").path("begin").path("line").asInt()).isEqualTo(5);
        assertThat(moved.get(0).path("fingerprint")).isEqualTo(first.get(0).path("fingerprint"));
        assertThat(moved.get(1).path("fingerprint")).isEqualTo(first.get(1).path("fingerprint"))
                .isNotEqualTo(first.get(0).path("fingerprint"));
    }
}
