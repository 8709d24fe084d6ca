package io.github.twimllint.cli;

/** The documented exit codes. Counts are never encoded in the exit status. */
public final class ExitCodes {
    /** Nothing at or above the failing level. */
    public static final int OK = 0;
    /** Findings at or above the failing level. */
    public static final int FINDINGS = 1;
    /** Usage or input error: unknown option, missing path, unreadable file, bad configuration. */
    public static final int USAGE = 2;
    /** Internal error: a bug in twiml-lint or a rule. */
    public static final int INTERNAL = 3;

    /** The exit code of a run's status. */
    static int of(io.github.twimllint.core.run.RunOutcome.Status status) {
        switch (status) {
            case INTERNAL_ERROR: return INTERNAL;
            case INPUT_ERROR: return USAGE;
            case FINDINGS: return FINDINGS;
            default: return OK;
        }
    }

    private ExitCodes() {
    }
}
