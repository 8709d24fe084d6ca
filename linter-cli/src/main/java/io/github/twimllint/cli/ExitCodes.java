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

    private ExitCodes() {
    }
}
