package io.github.twimllint.rules;

import io.github.twimllint.core.Templates;

/** Small text helpers shared by the rules. */
final class Texts {
    private Texts() {
    }

    /**
     * True when the text holds only whitespace (including no-break and other Unicode spaces) and
     * template constructs: nothing Twilio would read as content.
     */
    static boolean isBlankOrTemplate(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c != Templates.MASK && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code text.toLowerCase(Locale.ROOT).startsWith(prefix)} for a lower-case ASCII
     * prefix such as {@code "sip:"}, without making the lower-cased copy: only the ASCII letter
     * itself, in either case, lower-cases to an ASCII letter of such a prefix (U+0130 becomes two
     * characters, "i" and a combining dot, so it never matches a prefix's "i" followed by more).
     */
    static boolean startsWithLowerCased(String text, String prefix) {
        return text.length() >= prefix.length() && matchesLowerCased(text, 0, prefix);
    }

    /**
     * Whether the characters of {@code text} from {@code at} on, ASCII letters lower-cased, are
     * {@code lower} (lower-case ASCII); {@code text} must hold them all.
     */
    static boolean matchesLowerCased(String text, int at, String lower) {
        for (int i = 0, n = lower.length(); i < n; i++) {
            char c = text.charAt(at + i);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** {@code <Name>} for messages. */
    static String tag(String name) {
        return "<" + name + ">";
    }
}
