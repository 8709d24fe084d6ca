package io.github.twimllint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twimllint.core.Fixtures;
import io.github.twimllint.core.Linter;
import io.github.twimllint.core.RuleSet;
import io.github.twimllint.core.config.ConfigLoader;
import io.github.twimllint.core.config.Configuration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ignore} option of {@code unknown-attribute}: names, and Element@name entries. */
class UnknownAttributeOptionsTest {
    private static final String DOC = "<Response>\n"
            + "  <Say newFeature=\"x\" trackingId=\"1\">Hi</Say>\n"
            + "  <Play newFeature=\"y\">https://example.com/a.mp3</Play>\n"
            + "</Response>\n";

    @TempDir
    Path dir;

    private static List<String> findings(Linter linter) {
        return Fixtures.lint(linter, "doc.xml", DOC).findings().stream()
                .filter(f -> f.ruleId().equals("unknown-attribute"))
                .map(f -> f.line() + ":" + f.column() + " " + f.message()).toList();
    }

    @Test
    void withoutTheOptionEveryUnknownAttributeIsReported() {
        assertThat(findings(Linter.builder(RuleSet.discover()).jobs(1).build())).hasSize(3);
    }

    @Test
    void ignoredNamesAreNotReported() {
        Linter linter = Linter.builder(RuleSet.discover()).jobs(1)
                .options("unknown-attribute", Map.of("ignore", List.of("Say@newFeature", "trackingId"))).build();
        assertThat(findings(linter)).containsExactly("3:21 <Play> has no attribute 'newFeature'");
    }

    @Test
    void theOptionComesFromTheConfigurationFile() throws Exception {
        Path f = dir.resolve(".twiml-lint.json");
        Files.writeString(f, "{\"rules\": {\"unknown-attribute\": {\"options\": {\"ignore\": [\"newFeature\"]}}}}");
        RuleSet rules = RuleSet.discover();
        Configuration c = new ConfigLoader(rules).load(f);
        Linter linter = c.applyTo(Linter.builder(rules).jobs(1), dir).build();
        assertThat(findings(linter)).singleElement().asString().contains("'trackingId'");
    }
}
