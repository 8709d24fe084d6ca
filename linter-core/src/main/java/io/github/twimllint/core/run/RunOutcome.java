package io.github.twimllint.core.run;

import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.Finding;
import io.github.twimllint.core.LintReport;
import io.github.twimllint.core.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run gave: the report (baseline applied), the failing level and what decides a front
 * end's exit code or build result.
 *
 * @param report         findings that count, suppressed ones, every file with its status
 * @param failOn         the failing level in effect
 * @param staleBaseline  baseline entries with fewer findings now (could be lowered)
 * @param baselineWritten entries written by {@code writeBaseline}, or -1 when none was written
 * @param maxWarnings    the most warnings a passing run may have, or -1 for no limit
 */
public record RunOutcome(LintReport report, Severity failOn, int staleBaseline, int baselineWritten,
                         int maxWarnings) {

    /** No limit on warnings. */
    public RunOutcome(LintReport report, Severity failOn, int staleBaseline, int baselineWritten) {
        this(report, failOn, staleBaseline, baselineWritten, -1);
    }

    /** How a run ended, worst first in the order a front end checks them. */
    public enum Status {
        /** Nothing at or above the failing level. */
        OK,
        /** Findings at or above the failing level. */
        FINDINGS,
        /** An input could not be used (unreadable file or folder, bad option or file, report not written). */
        INPUT_ERROR,
        /** A rule or reporter failed: a bug. */
        INTERNAL_ERROR;

        /** The worse of two statuses. */
        public Status and(Status other) {
            return compareTo(other) >= 0 ? this : other;
        }
    }

    /** Findings that count at or above the failing level (none when the failing level is none). */
    public int failing() {
        int n = 0;
        for (Finding f : report.findings()) {
            if (f.severity().fails(failOn)) {
                n++;
            }
        }
        return n;
    }

    /** Warnings that count (baseline and suppressions applied). */
    public int warnings() {
        int n = 0;
        for (Finding f : report.findings()) {
            if (f.severity() == Severity.WARNING) {
                n++;
            }
        }
        return n;
    }

    /** Whether there are more warnings than {@code maxWarnings} allows. */
    public boolean tooManyWarnings() {
        return maxWarnings >= 0 && warnings() > maxWarnings;
    }

    /** The most severe level among the findings that count, or {@link Severity#OFF} when there are none. */
    public Severity worst() {
        Severity w = Severity.OFF;
        for (Finding f : report.findings()) {
            if (f.severity().compareTo(w) > 0) {
                w = f.severity();
            }
        }
        return w;
    }

    /** "path: internal error" of each file on which a rule failed. */
    public List<String> internalErrors() {
        List<String> out = new ArrayList<>();
        for (FileResult f : report.files()) {
            if (f.internalError() != null) {
                out.add(f.path() + ": " + f.internalError());
            }
        }
        return out;
    }

    /** The status from the report alone; a front end adds its own input errors with {@link Status#and}. */
    public Status status() {
        if (!internalErrors().isEmpty()) {
            return Status.INTERNAL_ERROR;
        }
        if (!report.unreadable().isEmpty()) {
            return Status.INPUT_ERROR;
        }
        return failing() > 0 || tooManyWarnings() ? Status.FINDINGS : Status.OK;
    }
}
