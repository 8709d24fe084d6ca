package io.github.twimllint.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.Finding;
import io.github.twimllint.core.LintReport;
import io.github.twimllint.core.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What decides a front end's exit code: the failing count, the warning limit, the worst level, the status. */
class RunOutcomeTest {

    private static Finding finding(Severity s, int line) {
        return new Finding("r-" + s.label(), s, "m", "a.xml", line, 1, line, 2, null, List.of());
    }

    /** One file with findings at these levels (a suppressed one added, which never counts). */
    private static LintReport report(Severity... levels) {
        List<Finding> fs = new ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            fs.add(finding(levels[i], i + 1));
        }
        fs.add(finding(Severity.ERROR, 99).suppressed(new Finding.Suppression(Finding.Suppression.Kind.IN_SOURCE, "x")));
        return new LintReport(List.of(new FileResult("a.xml", fs, false, null, null)), List.of());
    }

    @Test
    void findingsFailFromTheFailingLevelUpAndNeverWhenItIsNone() {
        LintReport r = report(Severity.NOTE, Severity.WARNING, Severity.WARNING, Severity.ERROR);
        assertThat(new RunOutcome(r, Severity.ERROR, 0, -1).failing()).isEqualTo(1);
        assertThat(new RunOutcome(r, Severity.WARNING, 0, -1).failing()).isEqualTo(3);
        assertThat(new RunOutcome(r, Severity.NOTE, 0, -1).failing()).isEqualTo(4);
        assertThat(new RunOutcome(r, Severity.OFF, 0, -1).failing()).isZero();
        assertThat(new RunOutcome(r, Severity.OFF, 0, -1).status()).isEqualTo(RunOutcome.Status.OK);
        assertThat(new RunOutcome(r, Severity.ERROR, 0, -1).status()).isEqualTo(RunOutcome.Status.FINDINGS);
        assertThat(new RunOutcome(report(Severity.WARNING), Severity.ERROR, 0, -1).status())
                .isEqualTo(RunOutcome.Status.OK);
    }

    @Test
    void warningsCountOnlyWarningsAndTheLimitIsInclusive() {
        LintReport r = report(Severity.NOTE, Severity.WARNING, Severity.WARNING, Severity.ERROR);
        assertThat(new RunOutcome(r, Severity.OFF, 0, -1).warnings()).isEqualTo(2);
        assertThat(new RunOutcome(r, Severity.OFF, 0, -1, 2).tooManyWarnings()).isFalse();
        assertThat(new RunOutcome(r, Severity.OFF, 0, -1, 1).tooManyWarnings()).isTrue();
        assertThat(new RunOutcome(r, Severity.OFF, 0, -1, 1).status()).isEqualTo(RunOutcome.Status.FINDINGS);
        assertThat(new RunOutcome(r, Severity.OFF, 0, -1, 2).status()).isEqualTo(RunOutcome.Status.OK);
        assertThat(new RunOutcome(r, Severity.OFF, 0, -1, -1).tooManyWarnings()).as("-1: no limit").isFalse();
        assertThat(new RunOutcome(report(), Severity.OFF, 0, -1, 0).tooManyWarnings()).as("0 of 0").isFalse();
        assertThat(new RunOutcome(report(Severity.WARNING), Severity.OFF, 0, -1, 0).tooManyWarnings()).isTrue();
    }

    @Test
    void worstIsTheMostSevereLevelThatCounts() {
        assertThat(new RunOutcome(report(), Severity.ERROR, 0, -1).worst()).isEqualTo(Severity.OFF);
        assertThat(new RunOutcome(report(Severity.NOTE), Severity.ERROR, 0, -1).worst()).isEqualTo(Severity.NOTE);
        assertThat(new RunOutcome(report(Severity.WARNING, Severity.NOTE, Severity.WARNING), Severity.ERROR, 0, -1)
                .worst()).isEqualTo(Severity.WARNING);
        assertThat(new RunOutcome(report(Severity.NOTE, Severity.ERROR, Severity.WARNING), Severity.ERROR, 0, -1)
                .worst()).isEqualTo(Severity.ERROR);
    }

    @Test
    void aFailedRuleOutranksAnUnreadableFileWhichOutranksFindings() {
        FileResult bug = new FileResult("b.xml", List.of(finding(Severity.ERROR, 1)), false, null, "rule x failed");
        FileResult unreadable = FileResult.unreadable("c.xml", "permission denied");
        FileResult clean = new FileResult("d.xml", List.of(), false, null, null);
        RunOutcome all = new RunOutcome(new LintReport(List.of(bug, unreadable, clean), List.of()), Severity.ERROR, 0, -1);
        assertThat(all.internalErrors()).containsExactly("b.xml: rule x failed");
        assertThat(all.status()).isEqualTo(RunOutcome.Status.INTERNAL_ERROR);
        RunOutcome input = new RunOutcome(new LintReport(List.of(unreadable, clean,
                new FileResult("e.xml", List.of(finding(Severity.ERROR, 1)), false, null, null)), List.of()),
                Severity.ERROR, 0, -1);
        assertThat(input.internalErrors()).isEmpty();
        assertThat(input.status()).isEqualTo(RunOutcome.Status.INPUT_ERROR);
    }

    @Test
    void theWorseOfTwoStatusesWins() {
        RunOutcome.Status[] all = RunOutcome.Status.values();
        for (RunOutcome.Status a : all) {
            for (RunOutcome.Status b : all) {
                RunOutcome.Status worse = a.ordinal() >= b.ordinal() ? a : b;
                assertThat(a.and(b)).as("%s and %s", a, b).isEqualTo(worse);
            }
        }
    }
}
