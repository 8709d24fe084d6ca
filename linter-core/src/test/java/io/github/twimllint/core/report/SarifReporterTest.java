package io.github.twimllint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.Finding;
import io.github.twimllint.core.LintReport;
import io.github.twimllint.core.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarifReporterTest {

    static String sarif(LintReport report, ReportContext context, int limit) throws IOException {
        StringWriter w = new StringWriter();
        new SarifReporter(limit).write(report, context, w);
        return w.toString();
    }

    static JsonNode run(String sarif) throws IOException {
        JsonNode log = new ObjectMapper().readTree(sarif);
        assertThat(log.path("runs")).hasSize(1);
        return log.path("runs").get(0);
    }

    static Finding finding(String rule, Severity s, int line, String anchor) {
        return new Finding(rule, s, "message of " + rule, "a.xml", line, 5, line, 9, anchor, List.of());
    }

    @Test
    void sampleIsValidAgainstTheSarifSchema() throws IOException {
        String s = sarif(ReportSamples.report(), ReportSamples.context(), SarifReporter.GITHUB_MAX_RESULTS);
        assertThat(SarifSchema.violations(s)).isEmpty();
    }

    @Test
    void emptyReportHasRulesAndAnEmptyResultsArray() throws IOException {
        LintReport empty = new LintReport(List.of(), ReportSamples.rules());
        String s = sarif(empty, ReportSamples.context(), 10);
        assertThat(SarifSchema.violations(s)).isEmpty();
        JsonNode run = run(s);
        assertThat(run.path("results").isArray()).isTrue();
        assertThat(run.path("results")).isEmpty();
        assertThat(run.path("tool").path("driver").path("rules")).hasSize(ReportSamples.rules().size());
    }

    @Test
    void schemaCheckRejectsAnInvalidLevel() throws IOException {
        String s = sarif(ReportSamples.report(), ReportSamples.context(), 100).replace("\"level\" : \"note\"",
                "\"level\" : \"fatal\"");
        assertThat(SarifSchema.violations(s)).isNotEmpty();
    }

    @Test
    void everyRuleIndexPointsAtTheRuleNamedByRuleId() throws IOException {
        JsonNode run = run(sarif(ReportSamples.report(), ReportSamples.context(), 100));
        JsonNode rules = run.path("tool").path("driver").path("rules");
        assertThat(run.path("results")).hasSize(6);
        for (JsonNode r : run.path("results")) {
            assertThat(rules.get(r.path("ruleIndex").asInt(-1)).path("id").asText()).isEqualTo(r.path("ruleId").asText());
        }
    }

    @Test
    void rulesCarryWhatGithubRequires() throws IOException {
        JsonNode rules = run(sarif(ReportSamples.report(), ReportSamples.context(), 100))
                .path("tool").path("driver").path("rules");
        for (JsonNode rule : rules) {
            String id = rule.path("id").asText();
            assertThat(rule.path("shortDescription").path("text").asText()).isNotBlank();
            assertThat(rule.path("fullDescription").path("text").asText()).isNotBlank();
            assertThat(rule.path("help").path("text").asText()).isNotBlank();
            String page = "https://github.com/twimllint/twiml-lint/blob/main/docs/rules/" + id + ".md";
            assertThat(rule.path("help").path("markdown").asText()).contains("`](" + page + ")")
                    .doesNotContain("README.md");
            assertThat(rule.path("help").path("text").asText()).endsWith("Documentation: " + page);
            assertThat(rule.path("helpUri").asText()).isEqualTo(page);
            assertThat(rule.path("properties").path("precision").asText()).isEqualTo("very-high");
            assertThat(rule.path("properties").has("security-severity")).isFalse();
        }
        JsonNode client = rules.get(0);
        assertThat(client.path("name").asText()).isEqualTo("ClientIdentifier");
        // Without help in code, the help is the rule's page docs/rules/client-identifier.md.
        assertThat(client.path("help").path("markdown").asText()).startsWith("## Why\n\nThe identity of a `<Client>`")
                .contains("## Bad\n\n```xml\n<Response>").contains("## Fixed\n\n```xml\n");
        assertThat(client.path("help").path("text").asText()).contains("\nBad:\n    <Response>\n")
                .doesNotContain("```");
        assertThat(client.path("fullDescription").path("text").asText()).startsWith("The identity of a <Client> is");
        // Help given in code wins over the page, as written.
        assertThat(rules.get(1).path("help").path("markdown").asText())
                .startsWith("Stand-in help given in code, which wins over the rule's page.\n\n[Documentation");
        assertThat(client.path("properties").path("problem.severity").asText()).isEqualTo("error");
        assertThat(rules.get(2).path("properties").path("problem.severity").asText()).isEqualTo("recommendation");
    }

    @Test
    void resultsHaveRelativeEncodedUrisFullRegionsAndExplicitLevels() throws IOException {
        JsonNode run = run(sarif(ReportSamples.report(), ReportSamples.context(), 100));
        assertThat(run.path("columnKind").asText()).isEqualTo("utf16CodeUnits");
        assertThat(run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText()).isEqualTo("file:///repo/");
        assertThat(run.path("automationDetails").path("id").asText()).isEqualTo("twiml-lint/");
        JsonNode first = run.path("results").get(0);
        JsonNode loc = first.path("locations").get(0).path("physicalLocation");
        assertThat(loc.path("artifactLocation").path("uri").asText()).isEqualTo("src/main/twiml/agent%20queue.xml");
        assertThat(loc.path("artifactLocation").path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(loc.path("region").toString())
                .isEqualTo("{\"startLine\":4,\"startColumn\":13,\"endLine\":4,\"endColumn\":26}");
        assertThat(first.path("message").path("text").asText()).isEqualTo("Identity \"support agent\" contains a space.");
        JsonNode warning = run.path("results").get(1);
        assertThat(warning.path("level").asText()).as("warning is written, not left to the rule default")
                .isEqualTo("warning");
        assertThat(warning.path("relatedLocations").get(0).path("message").path("text").asText())
                .isEqualTo("the call ends here");
        assertThat(run.path("results").get(4).path("locations").get(0).path("physicalLocation")
                .path("artifactLocation").path("uri").asText()).isEqualTo("src/main/twiml/b%C3%BCro.twiml");
    }

    @Test
    void urisAreRelativeToTheSourceRootNotTheWorkingDirectory() {
        ReportContext c = new ReportContext(Path.of("/repo/module"), Path.of("/repo"), null, null, List.of(),
                Instant.EPOCH, Instant.EPOCH);
        assertThat(c.rootRelative("src/a.xml")).isEqualTo("module/src/a.xml");
        assertThat(c.rootRelative("/repo/other/b.xml")).isEqualTo("other/b.xml");
        assertThat(SarifReporter.uri("dir with space/a#1.xml")).isEqualTo("dir%20with%20space/a%231.xml");
        assertThat(SarifReporter.uri("c:odd.xml")).isEqualTo("./c:odd.xml");
        assertThat(SarifReporter.uri("50%/[x].xml")).isEqualTo("50%25/%5Bx%5D.xml");
        assertThat(SarifReporter.directoryUri(Path.of("/no/such/dir"))).isEqualTo("file:///no/such/dir/");
    }

    @Test
    void suppressedFindingsAppearWithTheirKind() throws IOException {
        JsonNode results = run(sarif(ReportSamples.report(), ReportSamples.context(), 100)).path("results");
        JsonNode inSource = results.get(2).path("suppressions").get(0);
        assertThat(inSource.path("kind").asText()).isEqualTo("inSource");
        assertThat(inSource.path("justification").asText()).isEqualTo("legacy agent ids");
        assertThat(results.get(3).path("suppressions").get(0).path("kind").asText()).isEqualTo("external");
        assertThat(results.get(0).has("suppressions")).isFalse();
    }

    @Test
    void unreadableAndFailedFilesBecomeNotificationsAndFailTheInvocation() throws IOException {
        JsonNode inv = run(sarif(ReportSamples.report(), ReportSamples.context(), 100)).path("invocations").get(0);
        assertThat(inv.path("executionSuccessful").asBoolean(true)).isFalse();
        assertThat(inv.path("startTimeUtc").asText()).isEqualTo("2026-01-02T03:04:05.678Z");
        assertThat(inv.path("commandLine").asText()).isEqualTo("twiml-lint --format sarif --sarif-category twiml-lint/ src");
        JsonNode n = inv.path("toolExecutionNotifications");
        assertThat(n).hasSize(2);
        assertThat(n.get(0).path("level").asText()).isEqualTo("error");
        assertThat(n.get(0).path("message").path("text").asText()).contains("crash.xml", "boom");
        assertThat(n.get(1).path("message").path("text").asText()).contains("locked.xml", "permission denied");

        LintReport fine = new LintReport(List.of(new FileResult("a.xml", List.of(), false, null, null)),
                ReportSamples.rules());
        JsonNode ok = run(sarif(fine, ReportSamples.context(), 100)).path("invocations").get(0);
        assertThat(ok.path("executionSuccessful").asBoolean(false)).isTrue();
        assertThat(ok.has("toolExecutionNotifications")).isFalse();
    }

    @Test
    void fingerprintIgnoresLinesButSeparatesNodesAndRepeats() throws IOException {
        String before = fingerprints(List.of(finding("client-identifier", Severity.ERROR, 3, "/Response/Dial[1]/@x")));
        String moved = fingerprints(List.of(finding("client-identifier", Severity.ERROR, 30, "/Response/Dial[1]/@x")));
        String other = fingerprints(List.of(finding("client-identifier", Severity.ERROR, 3, "/Response/Dial[2]/@x")));
        assertThat(moved).isEqualTo(before);
        assertThat(other).isNotEqualTo(before);
        String twice = fingerprints(List.of(finding("client-identifier", Severity.ERROR, 3, "/Response/Dial[1]/@x"),
                finding("client-identifier", Severity.ERROR, 3, "/Response/Dial[1]/@x")));
        String[] two = twice.split(",");
        assertThat(two[0]).isNotEqualTo(two[1]);
        assertThat(sarif(ReportSamples.report(), ReportSamples.context(), 100)).doesNotContain("primaryLocationLineHash");
    }

    private static String fingerprints(List<Finding> findings) throws IOException {
        LintReport r = new LintReport(List.of(new FileResult("a.xml", findings, false, null, null)),
                ReportSamples.rules());
        List<String> out = new ArrayList<>();
        for (JsonNode res : run(sarif(r, ReportSamples.context(), 100)).path("results")) {
            out.add(res.path("partialFingerprints").path(SarifReporter.FINGERPRINT_KEY).asText());
        }
        return String.join(",", out);
    }

    @Test
    void beyondTheLimitTheMostSevereAreKeptAndANotificationSaysSo() throws IOException {
        List<Finding> many = new ArrayList<>();
        many.add(finding("url-document-unresolved", Severity.NOTE, 1, "/a"));
        many.add(finding("unreachable-verb", Severity.WARNING, 2, "/b"));
        many.add(finding("client-identifier", Severity.ERROR, 3, "/c"));
        many.add(finding("url-document-unresolved", Severity.NOTE, 4, "/d"));
        many.add(finding("client-identifier", Severity.ERROR, 5, "/e"));
        LintReport r = new LintReport(List.of(new FileResult("a.xml", many, false, null, null)), ReportSamples.rules());
        String s = sarif(r, ReportSamples.context(), 3);
        assertThat(SarifSchema.violations(s)).isEmpty();
        JsonNode run = run(s);
        List<Integer> lines = new ArrayList<>();
        for (JsonNode res : run.path("results")) {
            lines.add(res.path("locations").get(0).path("physicalLocation").path("region").path("startLine").asInt());
        }
        assertThat(lines).containsExactly(2, 3, 5);
        JsonNode n = run.path("invocations").get(0).path("toolExecutionNotifications").get(0);
        assertThat(n.path("level").asText()).isEqualTo("warning");
        assertThat(n.path("message").path("text").asText()).startsWith("2 of 5 results were left out");
        assertThat(run.path("invocations").get(0).path("executionSuccessful").asBoolean()).isTrue();
    }

    @Test
    void sameInputGivesTheSameBytes() throws IOException {
        String a = sarif(ReportSamples.report(), ReportSamples.context(), 100);
        String b = sarif(ReportSamples.report(), ReportSamples.context(), 100);
        assertThat(a).isEqualTo(b);
    }

    @Test
    void categoryWithoutSlashGetsOne() {
        assertThat(SarifReporter.automationId("twiml-lint")).isEqualTo("twiml-lint/");
        assertThat(SarifReporter.automationId("twiml/nightly")).isEqualTo("twiml/nightly");
    }

    @Test
    void regionsNeverEndBeforeTheyStart() {
        assertThat(SarifReporter.region(0, 0, 0, 0).getStartLine()).isEqualTo(1);
        assertThat(SarifReporter.region(3, 7, 2, 1).getEndLine()).isEqualTo(3);
        assertThat(SarifReporter.region(3, 7, 3, 7).getEndColumn()).isEqualTo(8);
    }
}
