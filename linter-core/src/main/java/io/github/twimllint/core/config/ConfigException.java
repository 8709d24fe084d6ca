package io.github.twimllint.core.config;

import java.nio.file.Path;

/** A configuration file that cannot be used; the message names the file, line and column. */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;
    private final String problem;

    public ConfigException(Path file, int line, int column, String problem) {
        super(file + (line > 0 ? ":" + line + ":" + Math.max(1, column) : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
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
