package io.github.twimllint.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.twimllint.core.RuleSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The configuration examples in the docs (every ```json block of the configuration pages) are valid
 * against the shipped schema and load; together with the README's example they show every key.
 */
class DocsConfigExamplesTest {
    /** The pages whose JSON blocks are configuration files. */
    private static final List<String> PAGES = List.of("cli-round-two.md", "configuration.md");

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
    void everyExampleValidatesAndLoads() throws Exception {
        List<String> examples = examples();
        assertThat(examples).as("configuration examples in docs/").isNotEmpty();
        JsonNode schema = ConfigLoader.schema();
        Path dir = Files.createTempDirectory("docs");
        for (String e : examples) {
            JsonNode config = new ObjectMapper().readTree(e);
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema).validate(config))
                    .as(e).isEmpty();
            Files.writeString(dir.resolve(".twiml-lint.json"), e);
            new ConfigLoader(RuleSet.of()).load(dir.resolve(".twiml-lint.json"));
        }
    }

    @Test
    void theReadmeAndTheDocsShowEveryKey() throws Exception {
        Set<String> shown = new HashSet<>();
        new ObjectMapper().readTree(ReadmeConfigExampleTest.example()).fieldNames().forEachRemaining(shown::add);
        for (String e : examples()) {
            new ObjectMapper().readTree(e).fieldNames().forEachRemaining(shown::add);
        }
        List<String> keys = new ArrayList<>();
        ConfigLoader.schema().get("properties").fieldNames().forEachRemaining(keys::add);
        assertThat(shown).containsAll(keys);
    }
}
