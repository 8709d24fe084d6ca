package io.github.twimllint.rules.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.twimllint.rules.vocabulary.model.AttributeSpec;
import io.github.twimllint.rules.vocabulary.model.ElementSpec;
import io.github.twimllint.rules.vocabulary.model.VocabularyData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The start-up reader binds the vocabulary exactly as Jackson databind would, and refuses what it cannot. */
class ModelReaderTest {
    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void readsTheVocabularyExactlyAsDatabindDoes() throws IOException {
        VocabularyData fast;
        VocabularyData reference;
        try (InputStream in = Vocabulary.class.getResourceAsStream(Vocabulary.RESOURCE)) {
            fast = ModelReader.read(in, VocabularyData.class);
        }
        try (InputStream in = Vocabulary.class.getResourceAsStream(Vocabulary.RESOURCE)) {
            reference = mapper.readValue(in, VocabularyData.class);
        }
        JsonNode a = mapper.valueToTree(fast);
        JsonNode b = mapper.valueToTree(reference);
        assertThat(a.size()).isPositive();
        assertThat(a).isEqualTo(b);
    }

    @Test
    void readsEveryValueKind() throws IOException {
        AttributeSpec a = read("{\"name\":\"timeout\",\"type\":\"int\",\"min\":5,\"max\":600.5,"
                + "\"values\":[\"a\",\"b\",\"a\"],\"closed\":true}", AttributeSpec.class);
        assertThat(a.getName()).isEqualTo("timeout");
        assertThat(a.getType()).isEqualTo(AttributeSpec.Type.fromValue("int"));
        assertThat(a.getMin()).isEqualTo(5.0);
        assertThat(a.getMax()).isEqualTo(600.5);
        assertThat(a.getValues()).as("a list keeps order and repeats").containsExactly("a", "b", "a");
        assertThat(a.getClosed()).isTrue();
        ElementSpec e = read("{\"name\":\"Dial\",\"children\":[\"Number\",\"Client\",\"Number\"]}", ElementSpec.class);
        assertThat(e.getChildren()).as("a set keeps first-seen order").containsExactly("Number", "Client");
    }

    @Test
    void refusesUnknownPropertiesWrongTypesAndBadEnums() {
        assertThatThrownBy(() -> read("{\"nmae\":\"x\"}", AttributeSpec.class))
                .isInstanceOf(JsonParseException.class).hasMessageContaining("unknown property 'nmae'");
        assertThatThrownBy(() -> read("{\"name\":5}", AttributeSpec.class))
                .isInstanceOf(JsonParseException.class).hasMessageContaining("expected a string");
        assertThatThrownBy(() -> read("{\"type\":\"integer-ish\"}", AttributeSpec.class))
                .isInstanceOf(JsonParseException.class).hasMessageContaining("'integer-ish' is not a valid");
        assertThatThrownBy(() -> read("{\"name\":\"x\"} {}", AttributeSpec.class))
                .isInstanceOf(JsonParseException.class).hasMessageContaining("after the top-level object");
    }

    private static <T> T read(String json, Class<T> type) throws IOException {
        return ModelReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), type);
    }
}
