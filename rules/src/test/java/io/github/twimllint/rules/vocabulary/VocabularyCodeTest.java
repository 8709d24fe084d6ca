package io.github.twimllint.rules.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.twimllint.rules.vocabulary.model.VocabularyData;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The vocabulary compiled at build time is the data file, value for value, and is what runs use. */
class VocabularyCodeTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void compiledVocabularyEqualsTheDataFile() throws IOException {
        VocabularyData compiled = Vocabulary.compiled();
        assertThat(compiled).as("the build generates and compiles " + VocabularyCode.CLASS).isNotNull();
        VocabularyData file;
        try (InputStream in = Vocabulary.class.getResourceAsStream(Vocabulary.RESOURCE)) {
            file = ModelReader.read(in, VocabularyData.class);
        }
        JsonNode expected = mapper.valueToTree(file);
        assertThat(expected.size()).isPositive();
        JsonNode actual = mapper.valueToTree(compiled);
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void compiledStringsAreInternedLikeTheReadersAndCollectionsAreTheModelsOwn() {
        VocabularyData compiled = Vocabulary.compiled();
        String name = compiled.getVocabularies().get(0).getElements().get(0).getName();
        assertThat(name).isSameAs(name.intern());
        assertThat(compiled.getVocabularies()).isInstanceOf(java.util.ArrayList.class);
    }
}
