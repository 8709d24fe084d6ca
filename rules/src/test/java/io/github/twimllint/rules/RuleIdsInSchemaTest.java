package io.github.twimllint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.twimllint.core.RuleSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The configuration schema lists every rule id (so editors complete and check rule names). The
 * list is generated from the rules on this module's class path: this test fails when the committed
 * schema differs, and {@code -Dtwimllint.writeSchema=true} rewrites the list in place. (A test rather
 * than a build step: the schema lives in linter-core, which is built before the rules exist.)
 */
class RuleIdsInSchemaTest {
    static final Path SCHEMA = Path.of("..", "linter-core", "src", "main", "resources", "schema",
            "twiml-lint-config.schema.json");
    private static final String START = "\"propertyNames\": {";
    private static final String LIST = "\"enum\": [";

    @Test
    void theSchemaListsEveryRuleId() throws Exception {
        String text = Files.readString(SCHEMA);
        String generated = withIds(text, RuleSet.discover().ids());
        if (Boolean.getBoolean("twimllint.writeSchema")) {
            Files.writeString(SCHEMA, generated);
            text = generated;
        }
        List<String> listed = new ArrayList<>();
        new ObjectMapper().readTree(text).at("/definitions/ruleSettings/propertyNames/enum")
                .forEach(id -> listed.add(id.asText()));
        assertThat(listed).as("the rule ids of %s (rewrite with -Dtwimllint.writeSchema=true)", SCHEMA)
                .isEqualTo(RuleSet.discover().ids());
        assertThat(text).as("the file is exactly what the generator writes").isEqualTo(generated);
    }

    /** The schema text with the id list replaced, one id a line, the rest of the file untouched. */
    static String withIds(String schema, List<String> ids) {
        int block = schema.indexOf(START);
        int open = schema.indexOf(LIST, block) + LIST.length();
        int close = schema.indexOf(']', open);
        int key = open - LIST.length();
        String indent = " ".repeat(key - schema.lastIndexOf('\n', key) - 1);
        StringBuilder b = new StringBuilder("\n");
        for (int i = 0; i < ids.size(); i++) {
            b.append(indent).append("  \"").append(ids.get(i)).append('"').append(i + 1 < ids.size() ? "," : "").append('\n');
        }
        return schema.substring(0, open) + b + indent + schema.substring(close);
    }

    @Test
    void theGeneratorOnlyTouchesTheList() throws Exception {
        String text = Files.readString(SCHEMA);
        JsonNode before = new ObjectMapper().readTree(text);
        JsonNode after = new ObjectMapper().readTree(withIds(text, List.of("a-rule", "b-rule")));
        assertThat(after.at("/definitions/ruleSettings/propertyNames/enum").toString()).isEqualTo("[\"a-rule\",\"b-rule\"]");
        ((com.fasterxml.jackson.databind.node.ObjectNode) before.at("/definitions/ruleSettings/propertyNames")).remove("enum");
        ((com.fasterxml.jackson.databind.node.ObjectNode) after.at("/definitions/ruleSettings/propertyNames")).remove("enum");
        assertThat(after).isEqualTo(before);
    }
}
