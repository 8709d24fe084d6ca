package io.github.twimllint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20: per-glob overrides in the configuration file (later entries win), through the real CLI. */
class OverridesTest {
    /** An unknown element, an unknown attribute and a redirect to a file that does not exist. */
    private static final String DOC = "<Response>\n  <Nope/>\n  <Say voic=\"x\">a</Say>\n"
            + "  <Dial><Number url=\"gone.xml\">+14155550100</Number></Dial>\n</Response>\n";

    @TempDir
    Path dir;

    private void project(String config) throws Exception {
        Files.writeString(dir.resolve(".twiml-lint.json"), config);
        for (String f : new String[] {"top.twiml", "ivr/a.twiml", "ivr/legacy/b.twiml", "ivr/keep/c.twiml"}) {
            Files.createDirectories(dir.resolve(f).getParent());
            Files.writeString(dir.resolve(f), DOC);
        }
    }

    private static final String CONFIG = "{\n"
            + "  \"rules\": {\"url-document-unresolved\": \"warning\"},\n"
            + "  \"overrides\": [\n"
            + "    {\"files\": [\"ivr/**\"], \"rules\": {\"unknown-element\": \"warning\",\n"
            + "      \"unknown-attribute\": {\"level\": \"note\", \"options\": {\"ignore\": [\"voic\"]}}}},\n"
            + "    {\"files\": [\"ivr/legacy/**\", \"ivr/keep/**\"], \"excludedFiles\": [\"ivr/keep/**\"],\n"
            + "      \"rules\": {\"unknown-element\": \"off\", \"url-document-unresolved\": \"off\"}}\n"
            + "  ]\n"
            + "}\n";

    @Test
    void levelsAndOptionsApplyPerFileAndLaterEntriesWin() throws Exception {
        project(CONFIG);
        CliRunner.Result r = CliRunner.at(dir, ".");
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.out().lines().filter(l -> l.contains(".twiml:")))
                .as("top.twiml: the file's levels; ivr: the first entry (the option hides voic); ivr/legacy: both,"
                        + " the second winning; ivr/keep: excluded from the second")
                .containsExactly(
                        "ivr/a.twiml:2:3: warning: <Nope> is not a TwiML element [unknown-element]",
                        "ivr/a.twiml:4:22: warning: <Number url> names ivr/gone.xml, which does not exist in the project"
                                + " [url-document-unresolved]",
                        "ivr/keep/c.twiml:2:3: warning: <Nope> is not a TwiML element [unknown-element]",
                        "ivr/keep/c.twiml:4:22: warning: <Number url> names ivr/keep/gone.xml, which does not exist in"
                                + " the project [url-document-unresolved]",
                        "top.twiml:2:3: error: <Nope> is not a TwiML element [unknown-element]",
                        "top.twiml:3:14: error: <Say> has no attribute 'voic'; did you mean 'voice'? [unknown-attribute]",
                        "top.twiml:4:22: warning: <Number url> names gone.xml, which does not exist in the project"
                                + " [url-document-unresolved]");
        CliRunner.Result options = CliRunner.at(dir, "--severity", "unknown-element=note", "ivr/legacy");
        assertThat(options.out()).as("the command line wins over the overrides")
                .contains("ivr/legacy/b.twiml:2:3: note: <Nope> is not a TwiML element [unknown-element]");
    }

    @Test
    void printConfigShowsTheSettingsOfThatFile() throws Exception {
        project(CONFIG.replace("\"ivr/legacy/**\", \"ivr/keep/**\"],", "\"ivr/legacy/**\", \"ivr/keep/**\"], \"documentKind\": \"messaging\","));
        JsonNode legacy = new ObjectMapper().readTree(CliRunner.at(dir, "--print-config", "ivr/legacy/b.twiml").out());
        assertThat(legacy.path("overrides").toString()).isEqualTo("[0,1]");
        assertThat(legacy.path("documentKind").asText()).isEqualTo("messaging");
        assertThat(legacy.path("rules").path("unknown-element").asText()).isEqualTo("off");
        assertThat(legacy.path("rules").path("unknown-attribute").path("level").asText()).isEqualTo("note");
        assertThat(legacy.path("rules").path("unknown-attribute").path("options").path("ignore").toString())
                .isEqualTo("[\"voic\"]");
        JsonNode keep = new ObjectMapper().readTree(CliRunner.at(dir, "--print-config", "ivr/keep/c.twiml").out());
        assertThat(keep.path("overrides").toString()).isEqualTo("[0]");
        assertThat(keep.path("documentKind").isNull()).isTrue();
        assertThat(keep.path("rules").path("unknown-element").asText()).isEqualTo("warning");
        JsonNode top = new ObjectMapper().readTree(CliRunner.at(dir, "--print-config", "top.twiml").out());
        assertThat(top.path("overrides").toString()).isEqualTo("[]");
        assertThat(top.path("rules").path("unknown-element").asText()).isEqualTo("error");
    }

    @Test
    void aBadOverrideIsALocatedConfigurationError() throws Exception {
        String[][] cases = {
            {"{\"overrides\": [{\"rules\": {}}]}", ":1:16: 'overrides.0': \"files\" is missing"},
            {"{\"overrides\": [{\"files\": []}]}", ":1:26: 'overrides.0.files': must name at least one glob"},
            {"{\"overrides\": [\n {\"files\": [\"a\"], \"rules\": {\"unknown-elemnt\": \"off\"}}]}",
                ":2:29: unknown rule id 'unknown-elemnt' (did you mean 'unknown-element'?)"},
            {"{\"overrides\": [{\"files\": [\"a\"], \"rule\": {}}]}",
                ":1:33: unknown key 'rule' in an override (did you mean 'rules'?)"},
            {"{\"overrides\": [{\"files\": [\"a[\"]}]}", ":1:27: bad glob 'a['"},
        };
        for (String[] c : cases) {
            project(c[0]);
            CliRunner.Result r = CliRunner.at(dir, ".");
            assertThat(r.exit()).as(r.toString()).isEqualTo(2);
            assertThat(r.err()).as(c[0]).contains(".twiml-lint.json" + c[1]);
        }
    }
}
