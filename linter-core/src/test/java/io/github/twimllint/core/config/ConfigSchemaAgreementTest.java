package io.github.twimllint.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.twimllint.core.RuleSet;
import io.github.twimllint.core.SuppressionsTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ConfigLoader checks configurations by hand (no JSON-Schema engine at run time); a real validator
 * holds it to the shipped schema: for each configuration both accept, or both reject at the same
 * line and column. Rule entries use rule ids that exist, so only the schema decides.
 */
class ConfigSchemaAgreementTest {
    @TempDir
    Path dir;

    private final RuleSet rules = RuleSet.of(SuppressionsTest.SayRule::new, SuppressionsTest.PlayRule::new);
    /** The shipped schema, its list of rule ids being this test's rules' (the rules module checks the real list). */
    private final JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
            .getSchema(withRuleIds(rules), SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build());

    private static JsonNode withRuleIds(RuleSet rules) {
        JsonNode s = ConfigLoader.schema();
        com.fasterxml.jackson.databind.node.ArrayNode ids = ((com.fasterxml.jackson.databind.node.ObjectNode)
                s.at("/definitions/ruleSettings/propertyNames")).putArray("enum");
        rules.ids().forEach(ids::add);
        return s;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{}",
        "{\"$schema\": \"./s.json\", \"rules\": {}, \"include\": [], \"exclude\": [\"a/**\"], \"urlMappings\": {},"
                + " \"documentKinds\": {}, \"templates\": false, \"failOn\": \"note\", \"reportUnusedSuppressions\": true}",
        "{\"rules\": {\"say-rule\": \"off\", \"play-rule\": {\"level\": \"note\", \"options\": {}}}}",
        "{\"urlMappings\": {\"https://a/\": \"twiml\"}, \"documentKinds\": {\"sms/**\": \"messaging\", \"x\": \"voice\"}}",
        "[]",
        "\"config\"",
        "null",
        "42",
        "{\"exlcude\": []}",
        "{\n  \"rules\": {},\n  \"unknown\": 1\n}",
        "{\"$schema\": 1}",
        "{\"rules\": []}",
        "{\"rules\": \"error\"}",
        "{\"include\": \"**/*.xml\"}",
        "{\"include\": [\"\"]}",
        "{\"include\": [\"a\", null]}",
        "{\"exclude\": [1.5]}",
        "{\"exclude\": [[]]}",
        "{\"urlMappings\": []}",
        "{\"urlMappings\": {\"https://a/\": 1}}",
        "{\"urlMappings\": {\"https://a/\": \"\"}}",
        "{\"documentKinds\": {\"a\": \"sms\"}}",
        "{\"documentKinds\": {\"a\": 1}}",
        "{\"documentKinds\": {\"a/b~c\": \"fax\"}}",
        "{\"templates\": \"yes\"}",
        "{\"templates\": null}",
        "{\"failOn\": \"warnings\"}",
        "{\"failOn\": \"warn\", \"rules\": {\"say-rule\": \"info\"}}",
        "{\"failOn\": 3}",
        "{\"failOn\": \"error\", \"reportUnusedSuppressions\": 0}",
        "{\"rules\": {\"say-rule\": \"eror\"}}",
        "{\"rules\": {\"sya-rule\": \"error\"}}",
        "{\"overrides\": [{\"files\": [\"a\"], \"rules\": {\"sya-rule\": \"off\"}}]}",
        "{\"rules\": {\"say-rule\": 3}}",
        "{\"rules\": {\"say-rule\": {\"levle\": \"error\"}}}",
        "{\"rules\": {\"say-rule\": {\"options\": []}}}",
        "{\"rules\": {\"say-rule\": {\"level\": 2}}}",
        "{\"templates\": 1,\n \"exclude\": [\"\"],\n \"nope\": true}",
        "{\"nope\": true, \"templates\": 1}",
        "{\"overrides\": [{\"files\": [\"ivr/**\"], \"excludedFiles\": [\"ivr/old/**\"], \"rules\": {\"say-rule\": \"off\"},"
                + " \"documentKind\": \"messaging\"}, {\"files\": [\"a\"]}]}",
        "{\"overrides\": {}}",
        "{\"overrides\": [1]}",
        "{\"overrides\": [{}]}",
        "{\"overrides\": [{\"files\": []}]}",
        "{\"overrides\": [{\"files\": \"a\"}]}",
        "{\"overrides\": [{\"files\": [\"\"]}]}",
        "{\"overrides\": [{\"files\": [\"a\"], \"excludedFiles\": [2]}]}",
        "{\"overrides\": [{\"files\": [\"a\"], \"rules\": []}]}",
        "{\"overrides\": [{\"files\": [\"a\"], \"documentKind\": \"fax\"}]}",
        "{\"overrides\": [{\"files\": [\"a\"],\n \"filse\": [\"b\"]}]}",
        "{\"overrides\": [{\"files\": [\"a\"]}, {\"rules\": {}}]}"})
    void codeAndSchemaAgree(String json) throws Exception {
        Path f = Files.writeString(dir.resolve(".twiml-lint.json"), json);
        ConfigException code = null;
        try {
            new ConfigLoader(rules).load(f);
        } catch (ConfigException e) {
            code = e;
        }
        JsonLocation schema = firstSchemaProblem(json);
        if (schema == null) {
            assertThat(code).as("the schema accepts it").isNull();
        } else {
            assertThat(code).as("the schema rejects it at %s", schema).isNotNull();
            if (!json.contains("\"rules\": {\"")) {
                // Rule entries: the schema's oneOf points at the whole value, ConfigLoader at the exact key.
                assertThat(code.line() + ":" + code.column()).as(code.problem())
                        .isEqualTo(schema.getLineNr() + ":" + schema.getColumnNr());
            }
        }
    }

    @Test
    void ruleOptionsAreCheckedAgainstTheRuleBeyondTheSchema() throws Exception {
        // The schema cannot know which options a rule declares (RuleMeta.options); ConfigLoader can.
        String json = "{\"rules\": {\"say-rule\": \"off\", \"play-rule\": {\"level\": \"note\", \"options\": {\"n\": [1, 2.5, null]}}}}";
        assertThat(firstSchemaProblem(json)).isNull();
        Path f = Files.writeString(dir.resolve(".twiml-lint.json"), json);
        assertThatThrownBy(() -> new ConfigLoader(rules).load(f)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("1:74: unknown option 'n' for 'play-rule'; it takes no options");
    }

    @Test
    void theTopLevelKeysAreTheSchemasInItsOrder() {
        List<String> keys = new ArrayList<>();
        ConfigLoader.schema().path("properties").fieldNames().forEachRemaining(keys::add);
        assertThat(ConfigLoader.KEYS).isEqualTo(keys);
    }

    /** The earliest problem the validator finds, located like ConfigLoader locates its own. */
    private JsonLocation firstSchemaProblem(String json) throws Exception {
        JsonNode tree = new ObjectMapper().readTree(json);
        ConfigLoader.Locations where = new ConfigLoader.Locations();
        where.read(json);
        Set<ValidationMessage> messages = validator.validate(tree);
        List<JsonLocation> at = new ArrayList<>();
        for (ValidationMessage m : messages) {
            String pointer = m.getInstanceLocation().toString();
            if ("additionalProperties".equals(m.getType()) && m.getProperty() != null) {
                at.add(where.key(pointer + "/" + ConfigLoader.escape(m.getProperty())));
            } else {
                at.add(where.value(pointer));
            }
        }
        return at.stream().min(Comparator.comparingInt(JsonLocation::getLineNr)
                .thenComparingInt(JsonLocation::getColumnNr)).orElse(null);
    }
}
