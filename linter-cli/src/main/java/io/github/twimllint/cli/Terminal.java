package io.github.twimllint.cli;

import java.util.Map;

/** What the console is: whether standard output is a terminal and whether colour is wanted. */
final class Terminal {
    private final boolean interactive;
    private final Map<String, String> env;

    Terminal(boolean interactive, Map<String, String> env) {
        this.interactive = interactive;
        this.env = env;
    }

    /** The real console. Java 17 has a console only when input and output are both terminals. */
    static Terminal system() {
        return new Terminal(System.console() != null, System.getenv());
    }

    /** Standard output (and input) is a terminal, not a pipe or a file. */
    boolean interactive() {
        return interactive;
    }

    /** {@code always} and {@code never} are obeyed; {@code auto} means a terminal, NO_COLOR unset, TERM not dumb. */
    boolean color(ControlOptions.ColorMode mode) {
        switch (mode) {
            case always:
                return true;
            case never:
                return false;
            default:
                String noColor = env.get("NO_COLOR");
                return interactive && (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM"));
        }
    }
}
