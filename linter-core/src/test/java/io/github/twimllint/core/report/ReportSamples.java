package io.github.twimllint.core.report;

import io.github.twimllint.core.CoreRules;
import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.Finding;
import io.github.twimllint.core.LintReport;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.Severity;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A fixed report that exercises every corner of the reporters: a path with a space and one with
 * non-ASCII letters, all three levels, a related location, both kinds of suppression, a message
 * with characters every format must escape, and files skipped, unreadable and failed.
 */
public final class ReportSamples {
    /** Test metadata shaped like real rules (the ids are from the catalogue). */
    public static final RuleMeta CLIENT_IDENTIFIER = RuleMeta.of("client-identifier", Severity.ERROR,
                    "A <Client> identity is empty, too long or has characters Twilio rejects.")
            .twilioCodes("31105").tags("correctness", "dial").build();
    public static final RuleMeta UNREACHABLE_VERB = RuleMeta.of("unreachable-verb", Severity.WARNING,
                    "Verbs after <Hangup>, <Reject> or <Redirect> never run.")
            .help("Stand-in help given in code, which wins over the rule's page.")
            .tags("dead-code").build();
    public static final RuleMeta URL_DOCUMENT_UNRESOLVED = RuleMeta.of("url-document-unresolved", Severity.NOTE,
                    "A url names a project document that does not exist.")
            .twilioCodes("11200").build();

    public static final String SPACED = "src/main/twiml/agent queue.xml";
    public static final String NON_ASCII = "src/main/twiml/büro.twiml";
    /** Everything a format might choke on: newline, comma, colon, percent, quotes, markup. */
    public static final String NASTY = "value \"a,b\" is <bad> & 100% wrong:\nsee 'docs'";

    private ReportSamples() {
    }

    public static List<RuleMeta> rules() {
        return List.of(CLIENT_IDENTIFIER, UNREACHABLE_VERB, URL_DOCUMENT_UNRESOLVED, CoreRules.XML_SYNTAX);
    }

    public static LintReport report() {
        List<FileResult> files = new ArrayList<>();
        files.add(new FileResult(SPACED, List.of(
                new Finding("client-identifier", Severity.ERROR, "identity \"support agent\" contains a space",
                        SPACED, 4, 13, 4, 26, "/Response/Dial[1]/Client[1]/text()", List.of()),
                new Finding("unreachable-verb", Severity.WARNING, "<Say> after <Hangup> never runs",
                        SPACED, 7, 3, 7, 7, "/Response/Say[2]",
                        List.of(new Finding.RelatedLocation(SPACED, 6, 3, "the call ends here"))),
                new Finding("client-identifier", Severity.ERROR, "identity \"a b\" contains a space",
                        SPACED, 9, 13, 9, 16, "/Response/Dial[2]/Client[1]/text()", List.of())
                        .suppressed(new Finding.Suppression(Finding.Suppression.Kind.IN_SOURCE, "legacy agent ids")),
                new Finding("unreachable-verb", Severity.WARNING, "<Play> after <Hangup> never runs",
                        SPACED, 11, 3, 11, 8, "/Response/Play[1]", List.of())
                        .suppressed(new Finding.Suppression(Finding.Suppression.Kind.BASELINE, null))),
                false, null, null));
        files.add(new FileResult(NON_ASCII, List.of(
                new Finding("url-document-unresolved", Severity.NOTE, NASTY, NON_ASCII, 2, 18, 2, 30,
                        "/Response/Redirect[1]/text()", List.of())),
                false, null, null));
        files.add(new FileResult("src/main/twiml/clean.twiml", List.of(), false, null, null));
        files.add(FileResult.skipped("pom.xml"));
        files.add(FileResult.unreadable("src/main/twiml/locked.xml", "permission denied"));
        files.add(new FileResult("src/main/twiml/crash.xml", List.of(
                new Finding("xml-syntax", Severity.ERROR, "unexpected end of input", "src/main/twiml/crash.xml",
                        3, 1, 3, 2, "/", List.of())),
                false, null, "IllegalStateException: boom"));
        return new LintReport(files, rules());
    }

    public static ReportContext context() {
        Path root = Path.of("/repo");
        return new ReportContext(root, root, "twiml-lint/", "twiml-lint",
                List.of("--format", "sarif", "--sarif-category", "twiml-lint/", "src"),
                Instant.parse("2026-01-02T03:04:05.678Z"), Instant.parse("2026-01-02T03:04:06.789Z"));
    }
}
