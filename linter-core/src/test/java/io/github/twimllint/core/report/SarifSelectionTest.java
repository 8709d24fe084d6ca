package io.github.twimllint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.Finding;
import io.github.twimllint.core.LintReport;
import io.github.twimllint.core.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streamed selection keeps the findings, and lists them in the order, that holding them all
 * gives: every finding ranked (active first, most severe first, report order), the best
 * {@code limit} kept, then listed in report order with the active one first on a tie (findings
 * equal in report order stay as they came, whether the limit bit or not).
 */
class SarifSelectionTest {

    private static final String[] RULES = {"a-rule", "b-rule"};

    /** Few distinct positions, rules and messages, so that ties in report order are common. */
    private static LintReport randomReport(long seed) {
        Random random = new Random(seed);
        List<FileResult> files = new ArrayList<>();
        for (int file = 0; file < 3; file++) {
            String path = "f" + file + ".xml";
            List<Finding> findings = new ArrayList<>();
            for (int i = random.nextInt(40); i > 0; i--) {
                Finding f = new Finding(RULES[random.nextInt(2)], Severity.values()[random.nextInt(4)],
                        "m" + random.nextInt(2), path, 1 + random.nextInt(4), 1 + random.nextInt(2), 9, 9,
                        "/Response/Say[" + random.nextInt(1000) + "]", List.of());
                findings.add(random.nextInt(3) == 0
                        ? f.suppressed(new Finding.Suppression(Finding.Suppression.Kind.IN_SOURCE, null)) : f);
            }
            findings.sort(Finding.ORDER);
            files.add(new FileResult(path, findings, false, null, null));
        }
        return new LintReport(files, List.of());
    }

    /**
     * All findings held in one list (active, then suppressed), ranked and cut when over the limit,
     * the kept ones listed as they came, sorted into report order (a stable sort).
     */
    private static List<Finding> heldWhole(LintReport report, int limit) {
        List<Finding> all = new ArrayList<>(report.findings());
        all.addAll(report.suppressed());
        if (all.size() > limit) {
            List<Finding> ranked = new ArrayList<>(all);
            ranked.sort(Comparator.comparing(Finding::isSuppressed)
                    .thenComparing(Finding::severity, Comparator.reverseOrder())
                    .thenComparing(Finding.ORDER));
            Set<Finding> kept = Collections.newSetFromMap(new IdentityHashMap<>());
            kept.addAll(ranked.subList(0, limit));
            all.removeIf(f -> !kept.contains(f));
        }
        all.sort(Finding.ORDER.thenComparing(Finding::isSuppressed));
        return all;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 17, 30, 60, 1_000})
    void keepsAndOrdersWhatHoldingThemAllGives(int limit) {
        for (long seed = 0; seed < 200; seed++) {
            LintReport report = randomReport(seed);
            SarifSelection selection = new SarifSelection(report, limit);
            List<Finding> streamed = new ArrayList<>();
            selection.forEach(streamed::add);
            List<Finding> expected = heldWhole(report, limit);
            assertThat(streamed).as("seed %d", seed).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                assertThat(streamed.get(i)).as("seed %d, result %d", seed, i).isSameAs(expected.get(i));
            }
            assertThat(selection.total()).isEqualTo(report.findings().size() + report.suppressed().size());
            assertThat(selection.dropped()).isEqualTo(selection.total() - expected.size());
        }
    }
}
