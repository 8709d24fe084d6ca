package io.github.twimllint.rules.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shipped vocabulary data file conforms to its JSON Schema, and the schema is strict enough to catch slips. */
class VocabularySchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCHEMA = Path.of("src/main/jsonschema/vocabulary.schema.json");

    private static JsonSchema schema() throws Exception {
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    private static JsonNode data() throws Exception {
        try (InputStream in = Vocabulary.class.getResourceAsStream(Vocabulary.RESOURCE)) {
            return JSON.readTree(in);
        }
    }

    @Test
    void dataFileConformsToSchema() throws Exception {
        Set<ValidationMessage> errors = schema().validate(data());
        assertThat(errors).isEmpty();
    }

    @Test
    void schemaRejectsUnknownAttributeTypeAndUnknownKeys() throws Exception {
        JsonNode data = data();
        ObjectNode firstAttribute = (ObjectNode) data.at("/vocabularies/0/elements").findValue("attributes").get(0);
        firstAttribute.put("type", "colour");
        firstAttribute.put("colour", "blue");
        Set<ValidationMessage> errors = schema().validate(data);
        assertThat(errors).extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("type"))
                .anySatisfy(m -> assertThat(m).contains("colour"));
    }

    @Test
    void schemaRequiresElementKind() throws Exception {
        JsonNode data = data();
        ((ObjectNode) data.at("/vocabularies/0/elements/0")).remove("kind");
        assertThat(schema().validate(data)).isNotEmpty();
    }
}
