package io.github.twimllint.rules;

/**
 * What Twilio reads as a phone number: E.164 ({@code +} and up to 15 digits) or, as the docs allow
 * for unformatted numbers, the digits alone; spaces, dashes, dots and parentheses between digits
 * are formatting and do not count.
 */
final class PhoneNumbers {
    /** E.164 allows at most 15 digits, country code included. */
    static final int MAX_DIGITS = 15;

    private PhoneNumbers() {
    }

    /** Digits in the number, or -1 when it holds anything but an optional leading + , digits and formatting. */
    static int digits(String value) {
        String v = value.strip();
        int digits = 0;
        for (int i = 0, n = v.length(); i < n; i++) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '+' && i == 0) {
                continue;
            } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
                return -1;
            }
        }
        return digits;
    }

    /** True for an accepted phone number of 1 to 15 digits. */
    static boolean isPhoneNumber(String value) {
        int d = digits(value);
        return d >= 1 && d <= MAX_DIGITS;
    }

    /** True for {@code +} and 1 to 15 digits, nothing else (the form a WhatsApp sender takes). */
    static boolean isE164(String value) {
        if (value.length() < 2 || value.charAt(0) != '+' || value.length() > MAX_DIGITS + 1) {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code {from_}}, {@code {$callerId}}, {@code %s}, {@code %(caller)s}, {@code " . $number . "}:
     * string-formatting placeholders and variables the template recogniser leaves alone outside
     * URLs. None can be part of a phone number or caller ID, so a value holding one is a template,
     * not a mistake.
     */
    static boolean looksLikeFormatPlaceholder(String v) {
        int open = v.indexOf('{');
        if (open >= 0 && v.indexOf('}', open) > open) {
            return true;
        }
        int pct = v.indexOf('%');
        if (pct >= 0 && pct + 1 < v.length() && "sd(".indexOf(v.charAt(pct + 1)) >= 0) {
            return true;
        }
        int dollar = v.indexOf('$');
        return dollar >= 0 && dollar + 1 < v.length()
                && (Character.isLetter(v.charAt(dollar + 1)) || v.charAt(dollar + 1) == '_');
    }
}
