package io.github.twimllint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonReporterTest {

    @Test
    void documentedShapeWithVersionCountsAndSuppressedLast() throws Exception {
        JsonNode root = new ObjectMapper().readTree(ReporterGoldenTest.render(new JsonReporter()));
        assertThat(root.path("formatVersion").asInt()).isEqualTo(JsonReporter.FORMAT_VERSION);
        assertThat(root.path("summary").path("errors").asInt()).isEqualTo(2);
        assertThat(root.path("summary").path("suppressed").asInt()).isEqualTo(2);
        assertThat(root.path("summary").path("unreadable").asInt()).isEqualTo(1);
        assertThat(root.path("files")).hasSize(6);
        JsonNode findings = root.path("findings");
        assertThat(findings).hasSize(6);
        assertThat(findings.get(2).path("message").asText()).isEqualTo(ReportSamples.NASTY);
        assertThat(findings.get(4).path("suppression").path("kind").asText()).isEqualTo("inSource");
        assertThat(findings.get(5).path("suppression").path("kind").asText()).isEqualTo("baseline");
        assertThat(findings.get(1).path("related").get(0).path("line").asInt()).isEqualTo(6);
    }
}
