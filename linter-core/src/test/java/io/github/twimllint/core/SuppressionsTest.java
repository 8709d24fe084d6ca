package io.github.twimllint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** In-source suppression comments: which findings they hide, and what is reported about them. */
public class SuppressionsTest {

    /** Reports every element except the root: a finding per line that is easy to aim at. */
    public static final class SayRule implements Rule {
        static final RuleMeta META = RuleMeta.of("say-rule", Severity.ERROR, "test rule").build();

        @Override
        public RuleMeta meta() {
            return META;
        }

        @Override
        public void startElement(Element e, RuleContext ctx) {
            if (e.name().equals("Say")) {
                ctx.report(e, "say");
            }
        }
    }

    /** A second rule, to show ids select. */
    public static final class PlayRule implements Rule {
        static final RuleMeta META = RuleMeta.of("play-rule", Severity.WARNING, "test rule").build();

        @Override
        public RuleMeta meta() {
            return META;
        }

        @Override
        public void startElement(Element e, RuleContext ctx) {
            if (e.name().equals("Play")) {
                ctx.report(e, "play");
            }
        }
    }

    private static Linter linter(boolean reportUnused) {
        return TestDialect.builder(RuleSet.of(SayRule::new, PlayRule::new)).jobs(1)
                .reportUnusedSuppressions(reportUnused).build();
    }

    /** "line:col rule" of active findings, then "S line:col rule (reason)" of suppressed ones. */
    private static List<String> run(String text, boolean reportUnused) {
        FileResult r = Fixtures.lint(linter(reportUnused), "t.xml", text);
        List<String> out = new ArrayList<>();
        for (Finding f : r.findings()) {
            String s = f.line() + ":" + f.column() + " " + f.ruleId();
            if (f.isSuppressed()) {
                assertThat(f.suppression().kind()).isEqualTo(Finding.Suppression.Kind.IN_SOURCE);
                s = "S " + s + " (" + f.suppression().justification() + ")";
            } else if (f.ruleId().equals("unused-suppression")) {
                s += " " + f.message();
            }
            out.add(s);
        }
        return out;
    }

    @Test
    void nextLineCoversOnlyTheNextLineWithContent() {
        assertThat(run("<Response>\n"
                + "  <!-- twiml-lint-disable-next-line say-rule: greeting is legacy -->\n"
                + "\n"
                + "  <Say>a</Say>\n"
                + "  <Say>b</Say>\n"
                + "</Response>\n", true)).containsExactly(
                "S 4:3 say-rule (greeting is legacy)",
                "5:3 say-rule");
    }

    @Test
    void stackedNextLineCommentsAllCoverTheSameLine() {
        assertThat(run("<Response>\n"
                + "  <!-- twiml-lint-disable-next-line say-rule -->\n"
                + "  <!-- twiml-lint-disable-next-line play-rule -->\n"
                + "  <Say>a</Say><Play>x.mp3</Play>\n"
                + "</Response>\n", true)).containsExactly(
                "S 4:3 say-rule (null)",
                "S 4:15 play-rule (null)");
    }

    @Test
    void nextLineWithoutIdsCoversEveryRule() {
        assertThat(run("<Response>\n"
                + "  <!-- twiml-lint-disable-next-line -->\n"
                + "  <Say>a</Say><Play>x.mp3</Play>\n"
                + "  <Play>y.mp3</Play>\n"
                + "</Response>\n", false)).containsExactly(
                "S 3:3 say-rule (null)",
                "S 3:15 play-rule (null)",
                "4:3 play-rule");
    }

    @Test
    void nextLineReachesTextOnTheNextLine() {
        // Text content counts as content: the comment covers the line with the text, not a later tag.
        assertThat(run("<Response><Say>\n"
                + "  <!-- twiml-lint-disable-next-line say-rule -->\n"
                + "  hello</Say>\n"
                + "  <Say>b</Say>\n"
                + "</Response>\n", true)).containsExactly(
                "1:11 say-rule",
                "2:3 unused-suppression this twiml-lint-disable-next-line comment suppressed no 'say-rule' finding",
                "4:3 say-rule");
    }

    @Test
    void disableUntilEnable() {
        assertThat(run("<Response>\n"
                + "  <Say>a</Say>\n"
                + "  <!-- twiml-lint-disable say-rule, play-rule: old menu -->\n"
                + "  <Say>b</Say>\n"
                + "  <Play>b.mp3</Play>\n"
                + "  <!-- twiml-lint-enable -->\n"
                + "  <Say>c</Say>\n"
                + "</Response>\n", true)).containsExactly(
                "2:3 say-rule",
                "S 4:3 say-rule (old menu)",
                "S 5:3 play-rule (old menu)",
                "7:3 say-rule");
    }

    @Test
    void enableWithIdsEndsOnlyThoseRanges() {
        assertThat(run("<Response>\n"
                + "  <!-- twiml-lint-disable say-rule -->\n"
                + "  <!-- twiml-lint-disable play-rule -->\n"
                + "  <Say>a</Say><Play>a.mp3</Play>\n"
                + "  <!-- twiml-lint-enable play-rule -->\n"
                + "  <Say>b</Say><Play>b.mp3</Play>\n"
                + "</Response>\n", false)).containsExactly(
                "S 4:3 say-rule (null)",
                "S 4:15 play-rule (null)",
                "S 6:3 say-rule (null)",
                "6:15 play-rule");
    }

    @Test
    void disableWithoutEnableRunsToTheEnd() {
        assertThat(run("<Response>\n"
                + "  <Say>a</Say>\n"
                + "  <!-- twiml-lint-disable -->\n"
                + "  <Say>b</Say>\n"
                + "</Response>\n", false)).containsExactly(
                "2:3 say-rule",
                "S 4:3 say-rule (null)");
    }

    @Test
    void disableFileCoversFindingsBeforeTheComment() {
        assertThat(run("<Response>\n"
                + "  <Say>a</Say>\n"
                + "  <Play>a.mp3</Play>\n"
                + "  <!-- twiml-lint-disable-file say-rule: generated -->\n"
                + "</Response>\n", true)).containsExactly(
                "S 2:3 say-rule (generated)",
                "3:3 play-rule");
    }

    @Test
    void unusedSuppressionsOnlyWhenAskedFor() {
        String doc = "<Response>\n"
                + "  <!-- twiml-lint-disable-next-line play-rule -->\n"
                + "  <Say>a</Say>\n"
                + "  <!-- twiml-lint-disable-file -->\n"
                + "</Response>\n";
        assertThat(run(doc, false)).containsExactly("S 3:3 say-rule (null)");
        assertThat(run(doc, true)).containsExactly(
                "2:3 unused-suppression this twiml-lint-disable-next-line comment suppressed no 'play-rule' finding",
                "S 3:3 say-rule (null)");
    }

    @Test
    void unknownIdsAndDirectivesAreAlwaysReported() {
        assertThat(run("<Response>\n"
                + "  <!-- twiml-lint-disable-next-line say-rul -->\n"
                + "  <Say>a</Say>\n"
                + "  <!-- twiml-lint-disabel say-rule -->\n"
                + "  <!-- an ordinary comment mentioning twiml-lint-disable -->\n"
                + "</Response>\n", false)).containsExactly(
                "2:3 unused-suppression unknown rule id 'say-rul' in a suppression comment (did you mean 'say-rule'?);"
                        + " it suppresses nothing",
                "3:3 say-rule",
                "4:3 unused-suppression unknown suppression directive 'twiml-lint-disabel' (did you mean"
                        + " 'twiml-lint-disable'?); it suppresses nothing");
    }

    @Test
    void unusedSuppressionCanBeTurnedOff() {
        Linter off = TestDialect.builder(RuleSet.of(SayRule::new)).jobs(1).reportUnusedSuppressions(true)
                .level("unused-suppression", Severity.OFF).build();
        FileResult r = Fixtures.lint(off, "t.xml", "<Response><!-- twiml-lint-disable nope --></Response>");
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void dashDashReasonIsNotWellFormedXml() {
        assertThat(run("<Response>\n"
                + "  <!-- twiml-lint-disable-next-line say-rule -- legacy -->\n"
                + "  <Say>a</Say>\n"
                + "</Response>\n", true)).singleElement().asString().startsWith("2:").endsWith(" xml-syntax");
    }

    @Test
    void suppressedFindingsAreSeparatedInTheReport() {
        byte[] doc = ("<Response>\n  <!-- twiml-lint-disable-next-line -->\n  <Say>a</Say>\n  <Say>b</Say>\n</Response>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        LintReport report = linter(false).lint(List.of(
                Source.ofStream("t.xml", () -> new java.io.ByteArrayInputStream(doc))));
        assertThat(report.findings()).extracting(Finding::line).containsExactly(4);
        assertThat(report.suppressed()).extracting(Finding::line).containsExactly(3);
        assertThat(report.count(Severity.ERROR)).isEqualTo(1);
    }

    @Test
    void unusedSuppressionIsAListedCoreRule() {
        RuleSet rules = RuleSet.of(SayRule::new);
        assertThat(rules.ids()).contains("unused-suppression", "xml-syntax", "say-rule");
        assertThat(rules.meta("unused-suppression").defaultSeverity()).isEqualTo(Severity.WARNING);
        assertThat(rules.meta("unused-suppression").help()).contains("Bad:").contains("Fixed:");
    }
}
