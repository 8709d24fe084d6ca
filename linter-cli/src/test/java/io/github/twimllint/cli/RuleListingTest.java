package io.github.twimllint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20: --list-rules (text and json) with the effective level; documentation URLs in --explain and --verbose. */
class RuleListingTest {
    private static final String DOCS = "https://github.com/twimllint/twiml-lint/blob/main/docs/rules/";

    @TempDir
    Path dir;

    @Test
    void theTextListShowsTheLevelUnderTheConfigurationAndTheOptions() throws Exception {
        Files.writeString(dir.resolve(".twiml-lint.json"), "{\"rules\": {\"root-element\": \"off\"}}");
        CliRunner.Result r = CliRunner.at(dir, "--list-rules", "--severity", "unknown-element=note");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).containsPattern("RULE +DEFAULT +LEVEL +FIX +SUMMARY\n")
                .containsPattern("\nroot-element +error +off +no +The root element is not <Response>")
                .containsPattern("\nunknown-element +error +note +yes +")
                .containsPattern("\ninvalid-method +error +error +yes +");
    }

    @Test
    void theJsonListHasEveryFieldForEveryRule() throws Exception {
        Files.writeString(dir.resolve(".twiml-lint.json"), "{\"rules\": {\"root-element\": \"warn\"}}");
        CliRunner.Result r = CliRunner.at(dir, "--list-rules", "--format", "json");
        assertThat(r.exit()).as(r.toString()).isZero();
        JsonNode all = new ObjectMapper().readTree(r.out());
        assertThat(all.size()).isGreaterThan(20);
        JsonNode root = null;
        for (JsonNode rule : all) {
            assertThat(rule.fieldNames()).toIterable()
                    .containsExactly("id", "defaultLevel", "level", "fixable", "summary", "helpUri");
            assertThat(rule.path("helpUri").asText()).isEqualTo(DOCS + rule.path("id").asText() + ".md");
            if (rule.path("id").asText().equals("root-element")) {
                root = rule;
            }
        }
        assertThat(root).isNotNull();
        assertThat(root.path("defaultLevel").asText()).isEqualTo("error");
        assertThat(root.path("level").asText()).isEqualTo("warning");
        assertThat(root.path("fixable").isBoolean()).isTrue();
        assertThat(root.path("summary").asText()).isEqualTo("The root element is not <Response>.");

        CliRunner.Result sarif = CliRunner.at(dir, "--list-rules", "--format", "sarif");
        assertThat(sarif.exit()).isEqualTo(2);
        assertThat(sarif.err()).isEqualTo("twiml-lint: --list-rules prints text or json, not sarif\n");
    }

    @Test
    void explainAndVerboseTextNameTheRulesPage() throws Exception {
        assertThat(CliRunner.at(dir, "--explain", "unknown-element").out())
                .contains("Documentation: " + DOCS + "unknown-element.md");
        Files.writeString(dir.resolve("a.twiml"), "<Response><Nope/><Nope/><Say loop=\"x\">a</Say></Response>\n");
        CliRunner.Result verbose = CliRunner.at(dir, "--verbose", "a.twiml");
        assertThat(verbose.out()).as(verbose.toString()).endsWith("[invalid-attribute-value]\n"
                + "invalid-attribute-value: " + DOCS + "invalid-attribute-value.md\n"
                + "unknown-element: " + DOCS + "unknown-element.md\n"
                + "1 file linted: 3 errors, 0 warnings, 0 notes\n");
        assertThat(CliRunner.at(dir, "a.twiml").out()).doesNotContain(DOCS);
    }
}
