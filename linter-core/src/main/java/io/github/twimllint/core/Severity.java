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

    /** Parses {@code off|note|warning|error} (case-insensitive); {@code info} is accepted for {@code note}. */
    public static Severity parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "off": return OFF;
            case "note": case "info": return NOTE;
            case "warning": case "warn": return WARNING;
            case "error": return ERROR;
            default: throw new IllegalArgumentException(
                    "unknown level '" + text + "' (expected off, note, warning or error)");
        }
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
