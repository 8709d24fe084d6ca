package io.github.twimllint.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.twimllint.core.Rule;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.RuleSet;
import io.github.twimllint.core.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The configuration example of docs/configuration.md (moved there from the README) is valid against the shipped schema, uses every key, and loads. */
class ReadmeConfigExampleTest {
    private static final String MARKER = "<!-- config-example:";

    /** The JSON block right after the marker comment in the configuration documentation. */
    static String example() throws Exception {
        Path doc = Path.of("..", "docs", "configuration.md");
        assertThat(doc).as("docs/configuration.md in the repository").exists();
        String text = Files.readString(doc);
        int marker = text.indexOf(MARKER);
        assertThat(marker).as("docs/configuration.md has the configuration example marker").isNotNegative();
        int start = text.indexOf("```json\n", marker) + "```json\n".length();
        int end = text.indexOf("```", start);
        return text.substring(start, end);
    }

    @Test
    void exampleValidatesAgainstTheSchemaFile() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(
                Path.of("src/main/resources/schema/twiml-lint-config.schema.json").toFile());
        assertThat(schema).as("the schema in the source tree is the one shipped").isEqualTo(ConfigLoader.schema());
        JsonNode config = new ObjectMapper().readTree(example());
        Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(schema).validate(config);
        assertThat(errors).isEmpty();

        List<String> keys = new ArrayList<>();
        schema.get("properties").fieldNames().forEachRemaining(keys::add);
        List<String> used = new ArrayList<>();
        config.fieldNames().forEachRemaining(used::add);
        assertThat(used).as("the example shows every key").containsExactlyInAnyOrderElementsOf(keys);
    }

    @Test
    void exampleLoadsWithItsRules() throws Exception {
        JsonNode config = new ObjectMapper().readTree(example());
        List<Supplier<Rule>> rules = new ArrayList<>();
        for (Iterator<String> it = config.get("rules").fieldNames(); it.hasNext(); ) {
            RuleMeta meta = RuleMeta.of(it.next(), Severity.ERROR, "stand-in for a rule of the catalogue").build();
            rules.add(() -> () -> meta);
        }
        @SuppressWarnings("unchecked")
        Supplier<Rule>[] array = rules.toArray(new Supplier[0]);
        Path file = Files.createTempDirectory("readme").resolve(".twiml-lint.json");
        Files.writeString(file, example());
        Configuration c = new ConfigLoader(RuleSet.of(array)).load(file);
        assertThat(c.ruleLevels()).containsEntry("client-identifier-mobile", Severity.ERROR)
                .containsEntry("status-callback-event-without-callback", Severity.OFF).containsEntry("invalid-url", Severity.WARNING);
        assertThat(c.failOn()).isEqualTo(Severity.WARNING);
        assertThat(c.documentKind(file.getParent().resolve("app/sms/reply.xml"))).isEqualTo("messaging");
    }
}
