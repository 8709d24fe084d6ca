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

    /** {@code <Name>} for messages. */
    static String tag(String name) {
        return "<" + name + ">";
    }
}
