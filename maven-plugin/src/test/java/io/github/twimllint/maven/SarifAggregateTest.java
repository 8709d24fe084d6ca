package io.github.twimllint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.twimllint.core.LintReport;
import io.github.twimllint.core.Linter;
import io.github.twimllint.core.RuleSet;
import io.github.twimllint.core.Severity;
import io.github.twimllint.core.Source;
import io.github.twimllint.core.report.SarifReporter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifAggregateTest {
    @TempDir
    Path dir;

    private Path module(String name, Linter linter, String path, String text) throws IOException {
        LintReport report = linter.lint(List.of(Source.ofStream(path,
                () -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))));
        Path sarif = dir.resolve(name + ".sarif");
        io.github.twimllint.core.run.ReportWriter.write(sarif, w -> new SarifReporter().write(report, w));
        return sarif;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    @Test
    void mergesModulesIntoOneRunWithConsistentRuleIndexes() throws IOException {
        RuleSet rules = RuleSet.discover();
        Linter all = Linter.builder(rules).build();
        Linter noRoot = Linter.builder(rules).level("root-element", Severity.OFF).build();
        // "voice" runs without root-element, so its rules list is shorter: the merge unites them.
        Path voice = module("voice", noRoot, "voice/src/main/twiml/b.xml", "<Response><Say>Hi</Response>");
        Path sms = module("sms", all, "sms/src/main/twiml/a.twiml", "<Message>Hi</Message>");
        Path aggregate = dir.resolve("out/aggregate.sarif");
        Object build = new Object();
        assertThat(SarifAggregate.addAndWrite(build, voice, aggregate)).isEqualTo(1);
        assertThat(SarifAggregate.addAndWrite(build, sms, aggregate)).isEqualTo(2);

        JsonNode log = new com.fasterxml.jackson.databind.ObjectMapper().readTree(aggregate.toFile());
        assertThat(log.path("runs")).hasSize(1);
        JsonNode run = log.path("runs").path(0);
        JsonNode results = run.path("results");
        assertThat(texts(results, "ruleId")).containsExactly("root-element", "xml-syntax");
        List<String> uris = new ArrayList<>();
        results.forEach(r -> uris.add(r.path("locations").path(0).path("physicalLocation")
                .path("artifactLocation").path("uri").asText()));
        assertThat(uris).containsExactly("sms/src/main/twiml/a.twiml", "voice/src/main/twiml/b.xml");
        JsonNode ruleList = run.path("tool").path("driver").path("rules");
        assertThat(texts(ruleList, "id")).contains("root-element", "xml-syntax").doesNotHaveDuplicates();
        for (JsonNode r : results) {
            assertThat(ruleList.path(r.path("ruleIndex").asInt()).path("id").asText()).isEqualTo(r.path("ruleId").asText());
        }
        assertThat(run.path("invocations").path(0).path("executionSuccessful").asBoolean()).isTrue();
    }

    @Test
    void aModuleRegisteredTwiceCountsOnce() throws IOException {
        Linter all = Linter.builder(RuleSet.discover()).build();
        Path a = module("a", all, "a/x.twiml", "<Dial/>");
        Object build = new Object();
        Path aggregate = dir.resolve("agg.sarif");
        SarifAggregate.addAndWrite(build, a, aggregate);
        assertThat(SarifAggregate.addAndWrite(build, a, aggregate)).isEqualTo(1);
        JsonNode own = new com.fasterxml.jackson.databind.ObjectMapper().readTree(a.toFile()).path("runs").path(0).path("results");
        assertThat(own.size()).isPositive();
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(aggregate.toFile())
                .path("runs").path(0).path("results")).hasSize(own.size());
    }
}
