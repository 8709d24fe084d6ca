package io.github.twimllint.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** The user's words for what the JSON parser found wrong in a configuration or a baseline. */
class JsonProblemsTest {
    private static final JsonFactory JSON = new JsonFactory();

    private static JsonProcessingException error(JsonFactory factory, String json) {
        try (JsonParser p = factory.createParser(json)) {
            p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            while (p.nextToken() != null) {
                p.getText(); // strings and numbers are read whole only when asked for
            }
        } catch (JsonProcessingException e) {
            return e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("valid JSON: " + json);
    }

    private static String describe(String json) {
        return JsonProblems.describe(error(JSON, json));
    }

    @Test
    void eachMistakeIsSaidInTheUsersTerms() {
        assertThat(describe("{\"a\": 1,}"))
                .isEqualTo("unexpected '}' where a key in double quotes should be (a trailing comma?)");
        assertThat(describe("[1 2]")).isEqualTo("unexpected '2' where a ',' or the closing bracket should be");
        assertThat(describe("{\"a\" 1}")).isEqualTo("unexpected '1' where ':' should follow the key");
        assertThat(describe("{\"a\": 1]")).isEqualTo("unexpected ']' where '}' should close the object");
        assertThat(describe("[1}")).isEqualTo("unexpected '}' where ']' should close the array");
        assertThat(describe("{\"a\": True}"))
                .isEqualTo("unexpected 'True' (text must be in double quotes; true, false and null are lower-case)");
        assertThat(describe("{\"a\": 1")).isEqualTo("the file ends before the JSON is complete (a missing '}' or ']'?)");
        assertThat(describe("{\"a\": 1, \"a\": 2}")).isEqualTo("the key \"a\" appears twice in the same object");
        assertThat(describe("{\"a\": 01}")).isEqualTo("a number that is not valid JSON (or too large)");
        assertThat(describe("#")).isEqualTo("unexpected '#'");
        assertThat(describe("[\"a\tb\"]"))
                .isEqualTo("a control character (such as a raw tab or newline) inside a string; escape it");
    }

    @Test
    void quotedTextIsShortAndEscaped() {
        assertThat(describe("[" + "x".repeat(40) + "]")).isEqualTo("unexpected '" + "x".repeat(40)
                + "' (text must be in double quotes; true, false and null are lower-case)");
        assertThat(describe("[" + "x".repeat(41) + "]")).isEqualTo("unexpected '" + "x".repeat(40)
                + "\u2026' (text must be in double quotes; true, false and null are lower-case)");
        assertThat(describe("{\"a\\u001b\": 1, \"a\\u001b\": 2}"))
                .isEqualTo("the key \"a\\e\" appears twice in the same object");
    }

    @Test
    void limitsOfTheParserAreNamed() {
        assertThat(describe("[".repeat(1001) + "]".repeat(1001)))
                .isEqualTo("nested too deeply (more than 1000 levels of objects and arrays)");
        assertThat(describe("[1" + "0".repeat(1200) + "]")).isEqualTo("a number with too many digits");
        JsonFactory small = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(10).build()).build();
        assertThat(JsonProblems.describe(error(small, "[\"" + "s".repeat(20) + "\"]")))
                .isEqualTo("a string too long to be a setting");
    }

    @Test
    void whereIsTheLineAndColumnTheParserGave() {
        assertThat(JsonProblems.where(error(JSON, "[1,\n 2 3]"))).containsExactly(2, 4);
        assertThat(JsonProblems.where(error(JSON, "[1 2]"))).containsExactly(1, 4);
    }
}
