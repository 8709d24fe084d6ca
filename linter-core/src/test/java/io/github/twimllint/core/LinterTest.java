package io.github.twimllint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The run over many documents: workers, progress, levels, options and per-file settings. */
class LinterTest {
    private static final RuleSet RULES = RuleSet.of(SuppressionsTest.SayRule::new, SuppressionsTest.PlayRule::new);

    private static List<Source> documents(int n) {
        List<Source> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // Document i has i % 3 <Say>s and one <Play> when i is even.
            StringBuilder doc = new StringBuilder("<Response>");
            doc.append("<Say>x</Say>".repeat(i % 3));
            if (i % 2 == 0) {
                doc.append("<Play>p.mp3</Play>");
            }
            byte[] bytes = doc.append("</Response>").toString().getBytes(StandardCharsets.UTF_8);
            out.add(Source.ofStream(String.format("d%02d.xml", i), () -> new ByteArrayInputStream(bytes)));
        }
        return out;
    }

    private static List<String> summary(LintReport r) {
        List<String> out = new ArrayList<>();
        for (FileResult f : r.files()) {
            out.add(f.path() + " " + Fixtures.brief(f));
        }
        return out;
    }

    @Test
    void workersGiveTheSameReportAsOneThreadAndCountProgressToTheEnd() {
        List<Source> sources = documents(13);
        List<Integer> oneProgress = new ArrayList<>();
        LintReport one = TestDialect.builder(RULES).jobs(1).build().lint(sources, oneProgress::add);
        List<Integer> manyProgress = Collections.synchronizedList(new ArrayList<>());
        LintReport many = TestDialect.builder(RULES).jobs(3).build().lint(sources, manyProgress::add);

        assertThat(summary(one)).hasSize(13).startsWith("d00.xml [1:11 play-rule]",
                "d01.xml [1:11 say-rule]", "d02.xml [1:11 say-rule, 1:23 say-rule, 1:35 play-rule]");
        assertThat(summary(many)).isEqualTo(summary(one));
        assertThat(many.findings()).hasSize(one.findings().size()).hasSize(12 + 7);
        assertThat(oneProgress).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
        assertThat(manyProgress).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
        assertThat(TestDialect.builder(RULES).jobs(3).build().lint(sources).files()).hasSize(13);
    }

    @Test
    void workersAreCappedPerProcessorAndZeroMeansOnePerProcessor() {
        int processors = Runtime.getRuntime().availableProcessors();
        assertThat(Linter.builder(RULES).jobs(0).build().jobs()).isEqualTo(processors);
        assertThat(Linter.builder(RULES).jobs(1).build().jobs()).isEqualTo(1);
        assertThat(Linter.builder(RULES).jobs(100_000).build().jobs())
                .isEqualTo(processors * Linter.MAX_JOBS_PER_PROCESSOR);
    }

    @Test
    void levelsAndOptionsAreWhatTheBuilderSet() {
        Linter linter = TestDialect.builder(RULES).level("say-rule", Severity.OFF)
                .options("play-rule", Map.of("max", 3)).build();
        assertThat(linter.ruleSet()).isSameAs(RULES);
        assertThat(linter.level("say-rule")).isEqualTo(Severity.OFF);
        assertThat(linter.level("play-rule")).isEqualTo(Severity.WARNING);
        assertThat(linter.level("no-such-rule")).isEqualTo(Severity.OFF);
        assertThat(linter.enabledRules()).extracting(RuleMeta::id)
                .containsExactly("play-rule", "unused-suppression", "xml-syntax");
        assertThat(linter.options("play-rule")).containsEntry("max", 3);
        assertThat(linter.options("say-rule")).isEmpty();
    }

    @Test
    void perFileSettingsChooseTheLevelsOfEachDocument() {
        // say-rule is off but for d02.xml, which has its own settings: the report still lists it.
        Linter.Settings quiet = new Linter.Settings(Map.of("play-rule", Severity.ERROR, "say-rule", Severity.NOTE,
                "xml-syntax", Severity.ERROR), Map.of());
        Linter linter = TestDialect.builder(RULES).level("say-rule", Severity.OFF).jobs(1)
                .perFile(path -> path.equals("d02.xml") ? quiet : null).build();
        LintReport r = linter.lint(documents(3));
        assertThat(r.findings()).extracting(f -> f.path() + " " + f.ruleId() + " " + f.severity().label())
                .containsExactly("d00.xml play-rule warning", "d02.xml say-rule note", "d02.xml say-rule note",
                        "d02.xml play-rule error");
        assertThat(r.rules()).extracting(RuleMeta::id)
                .containsExactly("play-rule", "say-rule", "unused-suppression", "xml-syntax");
        assertThat(linter.lint(documents(3).get(2)).findings()).extracting(Finding::ruleId)
                .containsExactly("say-rule", "say-rule", "play-rule");
        assertThat(linter.lint(List.of()).rules()).extracting(RuleMeta::id)
                .containsExactly("play-rule", "unused-suppression", "xml-syntax");
    }
}
