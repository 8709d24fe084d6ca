package io.github.twimllint.core;

/**
 * Template constructs ({@code {{To}}}, {@code {% if %}}, {@code ${id}}, {@code <?php ?>}) are
 * replaced before parsing by {@link #MASK}, one mask character per UTF-16 unit, so no line or
 * column moves. A value that holds the mask holds a placeholder whose run-time value is unknown.
 */
public final class Templates {
    /** A private-use character: legal in XML text and attribute values, never in names. */
    public static final char MASK = '\uE000';

    private Templates() {
    }

    /** The template syntaxes that are masked, named as a user knows them (for messages). */
    public enum Language {
        MUSTACHE("{{ }}", "Mustache/Handlebars/Jinja/Liquid"),
        JINJA("{% %}", "Jinja/Django/Nunjucks"),
        DOLLAR_BRACE("${ }", "JavaScript template literal/JSP EL"),
        RUBY("#{ }", "Ruby interpolation"),
        SINGLE_BRACE("{name}", "Python format string/C# interpolation/RFC 6570 URI template"),
        ERB("<% %>", "ERB/EJS/ASP/JSP"),
        PHP("<?php ?>", "PHP");

        private final String example;
        private final String names;

        Language(String example, String names) {
            this.example = example;
            this.names = names;
        }

        /** How a message names the construct: "a PHP construct (<?php ?>)". */
        public String describe() {
            return "a " + names + " construct (" + example + ")";
        }
    }

    /**
     * True for a line break inside a masked construct: masking keeps line breaks (so lines do not
     * move), and one with mask characters on both sides belongs to the template, not the text.
     */
    public static boolean isMaskedLineBreak(CharSequence s, int i) {
        char c = s.charAt(i);
        if (c != '\n' && c != '\r') {
            return false;
        }
        int before = i - 1;
        while (before >= 0 && (s.charAt(before) == '\n' || s.charAt(before) == '\r')) {
            before--;
        }
        int after = i + 1;
        while (after < s.length() && (s.charAt(after) == '\n' || s.charAt(after) == '\r')) {
            after++;
        }
        return before >= 0 && after < s.length() && s.charAt(before) == MASK && s.charAt(after) == MASK;
    }

    /** A single-brace placeholder is a name or a short expression. */
    public static final int MAX_BRACE = 128;

    /**
     * Length of a single-brace placeholder at {@code start} ({@code {name}}, {@code {self.host}},
     * {@code {x:02d}}, RFC 6570 {@code {+path}}, {@code {?a,b}}), or 0. A lone brace, or braces
     * around spaces or JSON ({@code {"a": 1}}), are not one.
     *
     * @param quote the quote character that would end the surrounding attribute value, or 0
     */
    public static int braceLength(CharSequence s, int start, char quote) {
        int limit = Math.min(s.length(), start + MAX_BRACE + 2);
        int i = start + 1;
        if (i < limit && "+#./;?&".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        if (i >= limit || !(Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
            return 0;
        }
        for (; i < limit; i++) {
            char d = s.charAt(i);
            if (d == '}') {
                return i + 1 - start;
            }
            boolean ok = Character.isLetterOrDigit(d) || "_.[]():,*!-".indexOf(d) >= 0
                    || (d == '\'' || d == '"') && d != quote;
            if (!ok) {
                return 0;
            }
        }
        return 0;
    }

    /** The value with each single-brace placeholder replaced by mask characters (URL templates). */
    public static String maskBraces(String s) {
        if (s.indexOf('{') < 0) {
            return s;
        }
        char[] chars = null;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '{') {
                int n = braceLength(s, i, (char) 0);
                if (n > 0) {
                    if (chars == null) {
                        chars = s.toCharArray();
                    }
                    java.util.Arrays.fill(chars, i, i + n, MASK);
                    i += n - 1;
                }
            }
        }
        return chars == null ? s : new String(chars);
    }

    /** The text with every mask character written as "template code", for messages from the parser. */
    public static String unmask(String s) {
        if (s.indexOf(MASK) < 0) {
            return s;
        }
        return display(s).replace("'{…}'", "template code").replace("{…}", "template code");
    }

    public static boolean isTemplated(CharSequence s) {
        if (s instanceof String string) {
            // The mask is not Latin-1: in a Latin-1 string (most values) this answers without a scan.
            return string.indexOf(MASK) >= 0;
        }
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) == MASK) {
                return true;
            }
        }
        return false;
    }

    /** The value for messages: each run of masked characters shown as {@code {…}}. */
    public static String display(String s) {
        if (!isTemplated(s)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == MASK) {
                if (!inRun) {
                    b.append("{…}");
                }
                inRun = true;
            } else {
                inRun = false;
                b.append(c);
            }
        }
        return b.toString();
    }
}
