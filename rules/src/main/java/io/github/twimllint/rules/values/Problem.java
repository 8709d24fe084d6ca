package io.github.twimllint.rules.values;

import io.github.twimllint.core.Severity;

/**
 * What is wrong with one value: a message for the user and, when the case is milder than the
 * rule's own level (a legacy alias, a duplicated event), the level to report it at.
 *
 * @param severity null means the rule's configured level
 */
public record Problem(Severity severity, String message) {

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
