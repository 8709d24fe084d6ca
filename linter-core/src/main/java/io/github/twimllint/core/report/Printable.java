package io.github.twimllint.core.report;

/**
 * Text for a terminal or a log: control characters in a path or a value (a newline or ESC in a
 * file name, {@code &#x1b;} in an attribute) are shown escaped, so they can neither forge report
 * lines nor drive the terminal. Structured formats (JSON, SARIF, XML) escape through their writers.
 */
public final class Printable {
    private Printable() {
    }

    /** The text with every control character escaped ({@code \n}, {@code \e}, {@code \x7f}, {@code \u202e}). */
    public static String escape(String s) {
        return escape(s, false);
    }

    /** As {@link #escape(String)}, keeping CR and LF when {@code keepLineBreaks} (the format escapes them). */
    public static String escape(String s, boolean keepLineBreaks) {
        if (s == null) {
            return null;
        }
        int i = 0;
        while (i < s.length() && shown(s.charAt(i), keepLineBreaks) == null) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 8).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            String e = shown(c, keepLineBreaks);
            b.append(e == null ? String.valueOf(c) : e);
        }
        return b.toString();
    }

    private static String shown(char c, boolean keepLineBreaks) {
        return keepLineBreaks && (c == '\n' || c == '\r') ? null : escaped(c, false);
    }

    /**
     * How one character is shown, or null when it is shown as itself. A tab is kept when
     * {@code keepTab} (a source line, where it aligns the caret), else shown as {@code \t}.
     */
    public static String escaped(char c, boolean keepTab) {
        if (c == '\t') {
            return keepTab ? null : "\\t";
        }
        if (c >= 0x20 && c < 0x7f || c > 0x9f && !bidiControl(c)) {
            return null;
        }
        switch (c) {
            case '\n': return "\\n";
            case '\r': return "\\r";
            case 0x1b: return "\\e";
            default: break;
        }
        return c <= 0xff ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c);
    }

    /** Characters that reorder the text shown around them (the "Trojan Source" characters). */
    private static boolean bidiControl(char c) {
        return c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069 || c == 0x200e || c == 0x200f;
    }
}
