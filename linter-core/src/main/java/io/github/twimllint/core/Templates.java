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

    /** The text with every mask character written as "template code", for messages from the parser. */
    public static String unmask(String s) {
        if (s.indexOf(MASK) < 0) {
            return s;
        }
        return display(s).replace("'{…}'", "template code").replace("{…}", "template code");
    }

    public static boolean isTemplated(CharSequence s) {
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
