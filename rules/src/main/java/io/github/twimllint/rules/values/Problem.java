package io.github.twimllint.rules.values;

import io.github.twimllint.core.Severity;

/**
 * What is wrong with one value: a message for the user and, when the case is milder than the
 * rule's own level (a legacy alias, a duplicated event), the level to report it at.
 *
 * @param severity null means the rule's configured level
 * @param at       index in the value of the character at fault, or -1 when it is the whole value
 * @param fix      the whole value as it must be written, when the message states it and nothing
 *                 else needs deciding (case, spaces around it, a legacy alias, list separators and
 *                 duplicates); null otherwise
 */
public record Problem(Severity severity, String message, int at, String fix) {

    public Problem(Severity severity, String message, int at) {
        this(severity, message, at, null);
    }

    public Problem(Severity severity, String message) {
        this(severity, message, -1);
    }

    /** The same problem, fixed by writing the value as {@code value}. */
    public Problem fixedBy(String value) {
        return new Problem(severity, message, at, value);
    }

    /** The same problem, located at the character {@code index} of the value. */
    public Problem at(int index) {
        return new Problem(severity, message, index, fix);
    }

    /** The same problem, its location moved by {@code offset} (for a part taken out of a longer value). */
    public Problem shifted(int offset) {
        return at < 0 ? this : new Problem(severity, message, at + offset, fix);
    }

    public static Problem error(String message) {
        return new Problem(null, message);
    }

    public static Problem warning(String message) {
        return new Problem(Severity.WARNING, message);
    }

    public boolean isWarning() {
        return severity == Severity.WARNING;
    }
}
