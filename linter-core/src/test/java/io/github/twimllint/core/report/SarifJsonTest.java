package io.github.twimllint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.SarifSchema210;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.Finding;
import io.github.twimllint.core.LintReport;
import io.github.twimllint.core.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The streaming SARIF writer gives the same bytes as jackson-databind serialising the same java-sarif
 * objects with the settings the reporter used before (indented, map keys sorted, ISO times in UTC,
 * levels always written), on the golden sample and on reports that reach the other branches.
 */
class SarifJsonTest {

    /** The reporter's former serializer, kept here as the reference. */
    static String databind(SarifSchema210 log) throws IOException {
        SimpleDateFormat iso = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT);
        iso.setTimeZone(TimeZone.getTimeZone("UTC"));
        ObjectMapper mapper = new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setDateFormat(iso)
                .addMixIn(Result.class, LevelMixin.class)
                .addMixIn(Notification.class, LevelMixin.class);
        return mapper.writeValueAsString(log) + "\n";
    }

    abstract static class LevelMixin {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Object level;
    }

    static Stream<Arguments> reports() {
        ReportContext plain = ReportContext.defaults();
        ReportContext sample = ReportSamples.context();
        ReportContext categoryWithRun = new ReportContext(Path.of("/repo"), Path.of("/repo"), "twiml/run-7",
                "twiml-lint", List.of("a.xml"), Instant.ofEpochMilli(0), Instant.ofEpochMilli(1_234));
        List<FileResult> many = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            findings.add(new Finding(i % 2 == 0 ? "client-identifier" : "unreachable-verb",
                    Severity.values()[i % Severity.values().length], "finding " + i, "d/a:b.xml", i, i, i, 0,
                    i % 3 == 0 ? null : "/Response/Say[" + i + "]", List.of()));
        }
        // Fixes: a rename in two places, a deletion (no inserted content), and one on a suppressed finding.
        findings.add(new Finding("unknown-element", Severity.ERROR, "fixable", "d/a:b.xml", 3, 5, 3, 9, "/", List.of(),
                null, new io.github.twimllint.core.Fix(List.of(
                        new io.github.twimllint.core.Fix.Edit(40, "say", "Say", 3, 6, 3, 9),
                        new io.github.twimllint.core.Fix.Edit(52, "say", "Say", 3, 18, 3, 21)))));
        findings.add(new Finding("client-identifier-mobile", Severity.WARNING, "prefix", "d/a:b.xml", 4, 1, 4, 8, "/",
                List.of(), null, new io.github.twimllint.core.Fix(List.of(
                        new io.github.twimllint.core.Fix.Edit(0, "client:", "", 4, 1, 4, 8)))));
        findings.add(findings.get(findings.size() - 1).suppressed(
                new Finding.Suppression(Finding.Suppression.Kind.IN_SOURCE, "kept")));
        findings.add(new Finding("no-such-rule", Severity.NOTE, "", "x.xml", 0, 0, 0, 0, null,
                List.of(new Finding.RelatedLocation("y.xml", 2, 3, " "))));
        many.add(new FileResult("d/a:b.xml", findings, false, null, null));
        many.add(new FileResult("gone.xml", List.of(), false, "permission denied", null));
        LintReport big = new LintReport(many, ReportSamples.rules());
        return Stream.of(
                Arguments.of("golden sample", ReportSamples.report(), sample, SarifReporter.GITHUB_MAX_RESULTS),
                Arguments.of("empty report, default context", new LintReport(List.of(), ReportSamples.rules()),
                        plain, SarifReporter.GITHUB_MAX_RESULTS),
                Arguments.of("no rules at all", new LintReport(List.of(), List.of()), plain, 10),
                Arguments.of("results over the limit", ReportSamples.report(), sample, 2),
                Arguments.of("every level, unknown rule, blank message, category with run id", big,
                        categoryWithRun, SarifReporter.GITHUB_MAX_RESULTS),
                Arguments.of("the same over the limit", big, categoryWithRun, 7));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void sameBytesAsDatabind(String name, LintReport report, ReportContext context, int limit) throws IOException {
        SarifReporter reporter = new SarifReporter(limit);
        StringWriter streamed = new StringWriter();
        reporter.write(report, context, streamed);
        assertThat(streamed.toString()).isEqualTo(databind(reporter.log(report, context)));
    }
}
