package io.github.twimllint.rules.values;

import io.github.twimllint.core.Templates;
import io.github.twimllint.core.Names;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The value classes of TwiML attributes that are not URLs: booleans, integers with ranges,
 * decimals, enums with legacy aliases, space-separated lists and HTTP methods. Each check returns
 * what is wrong (a message to put after {@code name="value" on <Element>:}) or null.
 */
public final class ValueSyntax {
    private ValueSyntax() {
    }

    /** Exactly {@code true} or {@code false}; Twilio does not accept {@code True}, {@code 1} or {@code yes}. */
    public static Problem bool(String value) {
        if (value.equals("true") || value.equals("false")) {
            return null;
        }
        String t = value.strip();
        if (t.equals("true") || t.equals("false")) {
            return Problem.error("has spaces around it; write \"" + t + "\"").fixedBy(t);
        }
        if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
            String lower = t.toLowerCase(Locale.ROOT);
            return Problem.error("booleans are lower-case: write \"" + lower + "\"").fixedBy(lower);
        }
        return Problem.error("is not a boolean: use \"true\" or \"false\"");
    }

    /**
     * A decimal integer (an optional sign, then digits) within {@code [min, max]}; a null bound is
     * open. Java-style {@code +5} is accepted, as the SDK's parser does.
     */
    public static Problem integer(String value, Long min, Long max) {
        String t = value.strip();
        if (!t.equals(value) && isInteger(t)) {
            return Problem.error("has spaces around it; write \"" + t + "\"").fixedBy(t);
        }
        if (!isInteger(value)) {
            return Problem.error("is not a whole number; it must be an integer" + bounds(min, max));
        }
        // At most 18 digits (isInteger): always a long. The message is built only when reported.
        long n = Long.parseLong(value);
        if (min != null && n < min || max != null && n > max) {
            return outOfRange("an integer" + bounds(min, max));
        }
        return null;
    }

    /** A plain decimal number ({@code 10}, {@code 10.50}, {@code .5}) within {@code [min, max]}. */
    public static Problem decimal(String value, BigDecimal min, BigDecimal max) {
        String t = value.strip();
        if (!t.equals(value) && isDecimal(t)) {
            return Problem.error("has spaces around it; write \"" + t + "\"").fixedBy(t);
        }
        if (!isDecimal(value)) {
            return Problem.error("is not a decimal number (digits with an optional '.', no currency sign or"
                    + " thousands separator)");
        }
        BigDecimal n = new BigDecimal(value.startsWith("+") ? value.substring(1) : value);
        if (min != null && n.compareTo(min) < 0 || max != null && n.compareTo(max) > 0) {
            return outOfRange("a number" + (min == null ? "" : " from " + min.toPlainString())
                    + (max == null ? "" : (min == null ? " up to " : " to ") + max.toPlainString()));
        }
        return null;
    }

    /**
     * One of {@code values} (exact case). A legacy alias is a warning naming its current value; a
     * value that differs only in case, or is one typo away, gets a "did you mean".
     *
     * @param aliases     alias -> current value; may be empty
     * @param caseLenient the docs do not settle the values' case: a case-only difference is a warning
     */
    public static Problem enumValue(String value, Collection<String> values, Map<String, String> aliases,
                                    boolean caseLenient) {
        if (values.contains(value)) {
            return null;
        }
        String current = aliases.get(value);
        if (current != null) {
            return Problem.warning("is a legacy alias of \"" + current + "\"; write \"" + current + "\"")
                    .fixedBy(current);
        }
        String t = value.strip();
        if (!t.equals(value) && (values.contains(t) || aliases.containsKey(t))) {
            return Problem.error("has spaces around it; write \"" + t + "\"").fixedBy(t);
        }
        String caseMatch = caseInsensitiveMatch(t, values);
        if (caseMatch == null) {
            caseMatch = caseInsensitiveMatch(t, aliases.keySet());
        }
        if (caseMatch != null) {
            return (caseLenient && t.equals(value)
                    ? Problem.warning("the documentation spells it \"" + caseMatch + "\"; write \"" + caseMatch + "\"")
                    : Problem.error("values are case-sensitive: write \"" + caseMatch + "\"")).fixedBy(caseMatch);
        }
        if (t.contains(",") || t.contains(" ")) {
            return Problem.error("takes a single value, one of " + list(values));
        }
        String near = nearest(t, values);
        return Problem.error("is not one of " + list(values) + (near == null ? "" : "; did you mean \"" + near + "\"?"));
    }

    /** Twilio requests webhooks only with GET or POST; the SDK's other HttpMethod values are rejected. */
    public static Problem method(String value) {
        if (value.equals("GET") || value.equals("POST")) {
            return null;
        }
        String t = value.strip();
        if (t.equals("GET") || t.equals("POST")) {
            return Problem.error("has spaces around it; write \"" + t + "\"").fixedBy(t);
        }
        String upper = t.toUpperCase(Locale.ROOT);
        if (upper.equals("GET") || upper.equals("POST")) {
            // The docs only ever write GET and POST, but do not say other cases fail: a warning.
            return (t.equals(value) ? Problem.warning("the documentation writes methods in upper case: write \""
                    + upper + "\"") : Problem.error("has spaces around it; write \"" + upper + "\"")).fixedBy(upper);
        }
        switch (upper) {
            case "PUT": case "DELETE": case "PATCH": case "HEAD": case "OPTIONS": case "CONNECT": case "TRACE":
                return Problem.error("Twilio only requests callbacks with GET or POST, not " + upper);
            default:
                return Problem.error("is not an HTTP method Twilio supports: use \"GET\" or \"POST\"");
        }
    }

    /**
     * The tokens of a space-separated list, with what is wrong about them: commas used as
     * separators, tokens failing {@code token}, duplicates (warnings). Tokens holding a template
     * placeholder are skipped; the literal tokens and commas around them are still checked.
     */
    public static List<Problem> list(String value, TokenCheck token) {
        // The common case, a short valid list, is decided without building tokens or sets.
        return allPass(value, token) ? List.of() : checkList(value, token);
    }

    /** {@link #list} without its shortcut: every token built and checked. */
    static List<Problem> checkList(String value, TokenCheck token) {
        List<Problem> problems = new ArrayList<>(1);
        String t = value.strip();
        if (t.isEmpty()) {
            problems.add(Problem.error("is empty; list at least one value or remove the attribute"));
            return problems;
        }
        boolean commas = t.indexOf(',') >= 0;
        if (commas) {
            problems.add(Problem.error("uses commas; separate the values with spaces"));
        }
        // The list as it must be written: spaces between, each value once, in the case a check gave.
        Set<String> written = new LinkedHashSet<>();
        List<Problem> mechanical = new ArrayList<>(1);
        boolean templated = false;
        if (commas) {
            mechanical.add(problems.get(0));
        }
        // Sets, not lists: a value may hold 100,000 tokens, and each token is looked at once.
        Set<String> seen = new HashSet<>();
        Set<String> valid = new HashSet<>();
        Set<String> repeated = new HashSet<>();
        int i = 0;
        int n = t.length();
        while (i < n) {
            int start = skipSeparators(t, i, n);
            i = tokenEnd(t, start, n);
            if (start == i) {
                break;
            }
            String tok = t.substring(start, i);
            if (Templates.isTemplated(tok)) {
                templated = true;
                continue; // a placeholder may stand for any number of values; literal ones are still checked
            }
            if (!seen.add(tok)) {
                // Reported once: a bad token by its check, a good one as listed twice.
                if (valid.contains(tok) && repeated.add(tok)) {
                    Problem p = Problem.warning("lists \"" + tok + "\" twice");
                    problems.add(p);
                    mechanical.add(p);
                }
                continue;
            }
            Problem p = token.check(tok);
            if (p != null) {
                problems.add(p);
                if (p.fix() != null) {
                    mechanical.add(p);
                }
            } else {
                valid.add(tok);
            }
            written.add(p != null && p.fix() != null ? p.fix() : tok);
        }
        if (mechanical.isEmpty() || templated) {
            return problems;
        }
        String fixed = String.join(" ", written);
        problems.replaceAll(p -> mechanical.contains(p) ? p.fixedBy(fixed) : p);
        return problems;
    }

    /** Lists longer than this many tokens always take the full check (its duplicate test is linear). */
    static final int QUICK_TOKENS = 8;

    /**
     * True when {@link #list} would find nothing: no comma, no placeholder, at least one and at
     * most {@link #QUICK_TOKENS} tokens, each passing {@link TokenCheck#passes} and none repeated.
     * False only means "not sure": the full check decides.
     */
    static boolean allPass(String v, TokenCheck token) {
        int n = v.length();
        int count = 0;
        int i = 0;
        while (true) {
            while (i < n && isSeparator(v.charAt(i))) {
                if (v.charAt(i) == ',') {
                    return false;
                }
                i++;
            }
            if (i == n) {
                return count > 0;
            }
            int start = i;
            while (i < n && !isSeparator(v.charAt(i))) {
                if (v.charAt(i) == Templates.MASK) {
                    return false;
                }
                i++;
            }
            if (++count > QUICK_TOKENS || !token.passes(v, start, i) || occursBefore(v, start, i)) {
                return false;
            }
        }
    }

    /** Whether the token at {@code [start, end)} is also one of the tokens before it. */
    private static boolean occursBefore(String v, int start, int end) {
        int length = end - start;
        int i = 0;
        while (i < start) {
            int s = skipSeparators(v, i, start);
            i = tokenEnd(v, s, start);
            if (i - s == length && v.regionMatches(s, v, start, length)) {
                return true;
            }
        }
        return false;
    }

    /** A list token of an open enum: anything goes. */
    public static final TokenCheck ANY_TOKEN = new TokenCheck() {
        @Override
        public Problem check(String token) {
            return null;
        }

        @Override
        public boolean passes(String value, int start, int end) {
            return true;
        }
    };

    /** A list token must be one of {@code values} (case-sensitive, with a "did you mean"). */
    public static TokenCheck oneOf(Collection<String> values) {
        return new TokenCheck() {
            @Override
            public Problem check(String tok) {
                if (values.contains(tok)) {
                    return null;
                }
                String caseMatch = caseInsensitiveMatch(tok, values);
                if (caseMatch != null) {
                    return Problem.error("has \"" + tok + "\"; values are case-sensitive: write \"" + caseMatch
                            + "\"").fixedBy(caseMatch);
                }
                String near = nearest(tok, values);
                return Problem.error("has \"" + tok + "\", which is not one of " + list(values)
                        + (near == null ? "" : "; did you mean \"" + near + "\"?"));
            }

            @Override
            public boolean passes(String value, int start, int end) {
                return isOneOf(value, start, end, values);
            }
        };
    }

    /** Whether {@code value.substring(start, end)} equals one of {@code values}, without making it. */
    static boolean isOneOf(String value, int start, int end, Collection<String> values) {
        int length = end - start;
        if (values instanceof List<String> list) {
            for (int i = 0, n = list.size(); i < n; i++) {
                String s = list.get(i);
                if (s.length() == length && value.regionMatches(start, s, 0, length)) {
                    return true;
                }
            }
            return false;
        }
        for (String s : values) {
            if (s.length() == length && value.regionMatches(start, s, 0, length)) {
                return true;
            }
        }
        return false;
    }

    /** A list token must be an integer in {@code [min, max]}. */
    public static TokenCheck integerIn(Long min, Long max) {
        return tok -> {
            Problem p = integer(tok, min, max);
            return p == null ? null : Problem.error("has \"" + tok + "\", which " + p.message());
        };
    }

    /** Checks one list token. */
    @FunctionalInterface
    public interface TokenCheck {
        Problem check(String token);

        /**
         * True when the token {@code value.substring(start, end)} certainly passes {@link #check},
         * decided without making the substring; false when it fails or the check cannot tell.
         */
        default boolean passes(String value, int start, int end) {
            return false;
        }
    }

    /** The closest value for a "did you mean" (see {@link Names#closest}), or null. */
    public static String nearest(String value, Collection<String> values) {
        return Names.closest(value, values);
    }

    static String caseInsensitiveMatch(String value, Collection<String> values) {
        for (String candidate : values) {
            if (candidate.equalsIgnoreCase(value)) {
                return candidate;
            }
        }
        return null;
    }

    /** "a, b, or c": values for a message. */
    public static String list(Collection<String> values) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        for (String v : values) {
            if (i > 0) {
                b.append(i == values.size() - 1 ? (values.size() > 2 ? ", or " : " or ") : ", ");
            }
            b.append(v.isEmpty() ? "\"\" (empty)" : v);
            i++;
        }
        return b.toString();
    }

    private static Problem outOfRange(String expected) {
        return Problem.error("is out of range: it must be " + expected);
    }

    /** " from 5 to 600", " of 1 or more", " up to 250" or "". */
    private static String bounds(Long min, Long max) {
        if (min != null && max != null) {
            return " from " + min + " to " + max;
        }
        if (min != null) {
            return " of " + min + " or more";
        }
        return max != null ? " up to " + max : "";
    }

    private static boolean isInteger(String s) {
        int start = s.startsWith("+") || s.startsWith("-") ? 1 : 0;
        if (s.length() == start || s.length() - start > 18) {
            return false;
        }
        for (int i = start; i < s.length(); i++) {
            if (!UrlSyntax.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDecimal(String s) {
        int start = s.startsWith("+") || s.startsWith("-") ? 1 : 0;
        boolean digits = false;
        boolean dot = false;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (UrlSyntax.isDigit(c)) {
                digits = true;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                return false;
            }
        }
        return digits && s.length() - start <= 30;
    }

    /** The index of the first character from {@code i} that is not a separator, or {@code end}. */
    private static int skipSeparators(String v, int i, int end) {
        while (i < end && isSeparator(v.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The index just after the token starting at {@code i} (the next separator), or {@code end}. */
    private static int tokenEnd(String v, int i, int end) {
        while (i < end && !isSeparator(v.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isSeparator(char c) {
        return c == ',' || Character.isWhitespace(c);
    }
}
