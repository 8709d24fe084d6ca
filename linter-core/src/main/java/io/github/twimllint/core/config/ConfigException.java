package io.github.twimllint.core.config;

import java.nio.file.Path;

/** A configuration file that cannot be used; the message names the file, line and column. */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;
    private final String problem;

    /** A problem may quote the file (a key, a parser's view of a token): never more than this. */
    private static final int MAX_PROBLEM = 300;

    public ConfigException(Path file, int line, int column, String problem) {
        this(file, line, column, bounded(problem), true);
    }

    private ConfigException(Path file, int line, int column, String problem, boolean bounded) {
        super(io.github.twimllint.core.report.Printable.escape(String.valueOf(file))
                + (line > 0 ? ":" + line + ":" + Math.max(1, column) : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** Control characters escaped, length capped: the file may be anyone's (a discovered config). */
    private static String bounded(String problem) {
        String p = io.github.twimllint.core.report.Printable.escape(problem);
        return p.length() <= MAX_PROBLEM ? p : p.substring(0, MAX_PROBLEM) + "\u2026";
    }

    public Path file() {
        return file;
    }

    /** 1-based; 0 when the problem has no position (the file cannot be read). */
    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The problem without the location. */
    public String problem() {
        return problem;
    }
}
