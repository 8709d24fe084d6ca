package io.github.twimllint.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every configuration example in the docs (each ```json block of docs/configuration.md, not only
 * the full example {@link ReadmeConfigExampleTest} loads) is valid against the shipped schema.
 */
class DocsConfigExamplesTest {
    /** The pages whose JSON blocks are configuration files. */
    private static final List<String> PAGES = List.of("configuration.md");

    static List<String> examples() throws Exception {
        List<String> out = new ArrayList<>();
        for (String page : PAGES) {
            Path p = Path.of("..", "docs", page);
            if (!Files.exists(p)) {
                continue;
            }
            String text = Files.readString(p);
            for (int i = text.indexOf("```json\n"); i >= 0; i = text.indexOf("```json\n", i + 1)) {
                int start = i + "```json\n".length();
                out.add(text.substring(start, text.indexOf("```", start)));
            }
        }
        return out;
    }

    @Test
    void everyExampleValidates() throws Exception {
        List<String> examples = examples();
        assertThat(examples.size()).as("configuration examples in docs/configuration.md").isGreaterThan(1);
        JsonNode schema = ConfigLoader.schema();
        for (String e : examples) {
            JsonNode config = new ObjectMapper().readTree(e);
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema).validate(config))
                    .as(e).isEmpty();
        }
    }
}
