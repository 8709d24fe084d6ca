package io.github.twimllint.core;

import java.util.Locale;

/** How serious a finding is. Ordered from least to most severe, so {@code compareTo} ranks them. */
public enum Severity {
    /** The rule does not run. */
    OFF,
    NOTE,
    WARNING,
    ERROR;

    /** The lower-case name used in output, configuration and SARIF ({@code error}, {@code warning}, ...). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The one parser of level names, for the command line, the configuration file and the Maven
     * goal alike. Case-insensitive; each level has one short alias, the one other linters and
     * loggers use: {@code err} for error, {@code warn} for warning, {@code info} for note.
     */
    public static Severity parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "off": return OFF;
            case "note": case "info": return NOTE;
            case "warning": case "warn": return WARNING;
            case "error": case "err": return ERROR;
            default: throw new IllegalArgumentException(
                    "unknown level '" + text + "' (expected off, note, warning or error)");
        }
    }

    /**
     * A level that can fail a run: as {@link #parse(String)}, without {@code off}, plus {@code none}
     * (never fail on findings), returned as {@link #OFF}. {@code off} stays refused: it reads as
     * "turn the rules off", which is not what it would do here.
     */
    public static Severity parseFailLevel(String text) {
        if (text.trim().equalsIgnoreCase("none")) {
            return OFF;
        }
        Severity s;
        try {
            s = parse(text);
        } catch (IllegalArgumentException e) {
            s = OFF;
        }
        if (s == OFF) {
            throw new IllegalArgumentException("unknown failing level '" + text
                    + "' (expected error, warning, note or none)");
        }
        return s;
    }

    /** Whether a finding at this level fails a run whose failing level is {@code failOn} ({@link #OFF}: none does). */
    public boolean fails(Severity failOn) {
        return failOn != OFF && this != OFF && atLeast(failOn);
    }

    /** The failing level's name: its label, or {@code none} for {@link #OFF}. */
    public String failLabel() {
        return this == OFF ? "none" : label();
    }

    /** Whether {@link #parse(String)} accepts the text. */
    public static boolean isLevel(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
