package io.github.twimllint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's picture of the HTML report ({@code docs/images/call-flow.png}) stays the report of
 * {@code examples/}: the shape of that report (its nodes, edges and findings) is kept beside the
 * picture, and this test fails when the examples' report changes shape. Rewrite both with
 * {@code mvn -B verify -pl linter-cli -am -Dtwimllint.writeScreenshot=true} (needs Chromium: see
 * {@link HtmlReportBrowserIT}).
 */
class CallFlowExampleTest {
    static final Path IMAGE = Path.of("docs/images/call-flow.png");
    static final Path DIGEST = Path.of("docs/images/call-flow.shape.txt");

    @Test
    void thePictureShowsTheExamplesReport() throws IOException {
        assertThat(InProcessCli.REPO.resolve(IMAGE)).isNotEmptyFile();
        assertThat(digest()).as("%s is the shape of the report in %s; if the examples changed, rewrite both"
                + " with -Dtwimllint.writeScreenshot=true", DIGEST, IMAGE)
                .isEqualTo(Files.readString(InProcessCli.REPO.resolve(DIGEST), StandardCharsets.UTF_8));
    }

    /**
     * The shape of the examples' report: the Mermaid graph's nodes and edges (ids, kinds, levels,
     * labels and the rule ids on edges), then each finding's place and rule.
     */
    static String digest() throws IOException {
        Path dir = Files.createTempDirectory("twiml-lint-digest");
        try {
            Path json = dir.resolve("r.json");
            CliRunner.Result r = CliRunner.at(HtmlReportBrowserIT.EXAMPLES, "-f", "mermaid", "-f", "json=" + json, ".");
            assertThat(r.exit()).as(r.toString()).isEqualTo(1);
            StringBuilder b = new StringBuilder("# The shape of the HTML report of examples/ shown in call-flow.png\n");
            for (String line : r.out().split("\n")) {
                if (!line.isBlank() && !line.contains("classDef") && !line.contains("linkStyle")) {
                    b.append(line).append('\n');
                }
            }
            List<String> findings = new ArrayList<>();
            for (JsonNode f : new ObjectMapper().readTree(json.toFile()).path("findings")) {
                findings.add(f.path("path").asText() + ":" + f.path("line").asInt() + ":" + f.path("column").asInt()
                        + " " + f.path("severity").asText() + " " + f.path("ruleId").asText());
            }
            findings.forEach(f -> b.append(f).append('\n'));
            return b.toString();
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
