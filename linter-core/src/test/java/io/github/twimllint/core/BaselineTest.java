package io.github.twimllint.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Baselines count findings per file and rule; only findings beyond the count are reported. */
class BaselineTest {
    private final Linter linter = TestDialect.builder(RuleSet.of(SuppressionsTest.SayRule::new, SuppressionsTest.PlayRule::new))
            .jobs(1).build();

    private LintReport lint(String... nameAndText) {
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < nameAndText.length; i += 2) {
            byte[] b = nameAndText[i + 1].getBytes(StandardCharsets.UTF_8);
            sources.add(Source.ofStream(nameAndText[i], () -> new ByteArrayInputStream(b)));
        }
        return linter.lint(sources);
    }

    private static String says(int n) {
        return "<Response>\n" + "<Say>x</Say>\n".repeat(n) + "</Response>";
    }

    @Test
    void writesCountsPerFileAndRuleSorted() throws Exception {
        LintReport r = lint("b.xml", says(2), "a.xml", "<Response><Play>x</Play><Say>y</Say></Response>");
        StringWriter w = new StringWriter();
        Baseline.of(r, Function.identity()).write(w);
        assertThat(w.toString().replaceAll("\\s", "")).isEqualTo(
                "{\"version\":1,\"files\":{\"a.xml\":{\"play-rule\":1,\"say-rule\":1},\"b.xml\":{\"say-rule\":2}}}");
    }

    @Test
    void reportsOnlyFindingsBeyondTheCountTheLastOnesInReportOrder() throws Exception {
        Baseline b = Baseline.read(new StringReader("{\"version\": 1, \"files\": {\"a.xml\": {\"say-rule\": 2}}}"));
        Baseline.Applied applied = b.apply(lint("a.xml", says(3), "c.xml", says(1)), Function.identity(), "baseline");
        LintReport r = applied.report();
        assertThat(r.findings()).extracting(f -> f.path() + ":" + f.line()).containsExactly("a.xml:4", "c.xml:2");
        assertThat(r.suppressed()).extracting(f -> f.path() + ":" + f.line()).containsExactly("a.xml:2", "a.xml:3");
        assertThat(r.suppressed()).allSatisfy(f -> {
            assertThat(f.suppression().kind()).isEqualTo(Finding.Suppression.Kind.BASELINE);
            assertThat(f.suppression().justification()).isEqualTo("baseline");
        });
        assertThat(applied.stale()).isZero();
    }

    @Test
    void linesMovingDoNotMatter() throws Exception {
        StringWriter w = new StringWriter();
        Baseline.of(lint("a.xml", says(2)), Function.identity()).write(w);
        Baseline b = Baseline.read(new StringReader(w.toString()));
        LintReport moved = lint("a.xml", "<Response>\n\n\n<Play>p</Play>\n" + "<Say>x</Say>\n".repeat(2) + "</Response>");
        LintReport r = b.apply(moved, Function.identity(), null).report();
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("play-rule");
    }

    @Test
    void countsStaleEntries() throws Exception {
        Baseline b = Baseline.read(new StringReader(
                "{\"version\": 1, \"files\": {\"a.xml\": {\"say-rule\": 3}, \"gone.xml\": {\"play-rule\": 1}}}"));
        Baseline.Applied applied = b.apply(lint("a.xml", says(1)), Function.identity(), null);
        assertThat(applied.report().findings()).isEmpty();
        assertThat(applied.stale()).isEqualTo(2);
        assertThat(b.size()).isEqualTo(2);
        assertThat(b.count("a.xml", "say-rule")).isEqualTo(3);
    }

    @Test
    void inSourceSuppressedFindingsAreNotCounted() {
        LintReport r = lint("a.xml", "<Response>\n<!-- twiml-lint-disable-next-line -->\n<Say>x</Say>\n</Response>");
        assertThat(Baseline.of(r, Function.identity()).size()).isZero();
    }

    @Test
    void badBaselinesSayWhy() {
        assertThatThrownBy(() -> Baseline.read(new StringReader("{")))
                .isInstanceOf(Baseline.BadBaselineException.class).hasMessageStartingWith("not valid JSON");
        assertThatThrownBy(() -> Baseline.read(new StringReader("[]")))
                .hasMessageStartingWith("not a twiml-lint baseline");
        assertThatThrownBy(() -> Baseline.read(new StringReader("{\"version\": 2, \"files\": {}}")))
                .hasMessageStartingWith("unsupported baseline version 2");
        assertThatThrownBy(() -> Baseline.read(new StringReader("{\"version\": 1, \"files\": {\"a\": {\"r\": -1}}}")))
                .hasMessageContaining("not a non-negative integer");
        assertThatThrownBy(() -> Baseline.read(new StringReader("{\"version\": 1, \"files\": {\"a\": 3}}")))
                .hasMessageContaining("is not an object");
    }
}
