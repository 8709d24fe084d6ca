package io.github.twimllint.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.SpecVersionDetector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every configuration example in the docs (each ```json or ```jsonc block of docs/configuration.md
 * and the README, not only the full example {@link ReadmeConfigExampleTest} loads) is valid against
 * the shipped schema and names it with {@code $schema}, as the schema's own {@code $id} says.
 */
class DocsConfigExamplesTest {
    /** The pages whose JSON blocks are configuration files. */
    private static final String SCHEMA_PATH = "linter-core/src/main/resources/schema/twiml-lint-config.schema.json";
    private static final List<String> PAGES = List.of("docs/configuration.md", "README.md");

    static List<String> examples() throws Exception {
        List<String> out = new ArrayList<>();
        for (String page : PAGES) {
            Path p = Path.of("..").resolve(page);
            if (!Files.exists(p)) {
                continue;
            }
            String text = Files.readString(p);
            for (String fence : List.of("```json\n", "```jsonc\n")) {
                for (int i = text.indexOf(fence); i >= 0; i = text.indexOf(fence, i + 1)) {
                    int start = i + fence.length();
                    out.add(text.substring(start, text.indexOf("```", start)));
                }
            }
        }
        return out;
    }

    @Test
    void everyExampleValidates() throws Exception {
        List<String> examples = examples();
        assertThat(examples.size()).as("configuration examples in docs/configuration.md").isGreaterThan(1);
        JsonNode schema = ConfigLoader.schema();
        assertThat(SpecVersionDetector.detect(schema)).as("the draft the schema declares").isEqualTo(SpecVersion.VersionFlag.V7);
        assertThat(schema.path("$id").asText()).as("a stable URL of the project's repository")
                .isEqualTo("https://raw.githubusercontent.com/twimllint/twiml-lint/main/" + SCHEMA_PATH);
        assertThat(Path.of("..", SCHEMA_PATH)).as("the file the URL names, in this repository").exists();
        ObjectMapper jsonc = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
                .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_JAVA_COMMENTS)
                .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_TRAILING_COMMA).build());
        for (String e : examples) {
            JsonNode config = jsonc.readTree(e);
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema).validate(config))
                    .as(e).isEmpty();
            assertThat(config.path("$schema").asText()).as("the example names the schema: %s", e)
                    .isEqualTo(schema.path("$id").asText());
        }
    }
}
