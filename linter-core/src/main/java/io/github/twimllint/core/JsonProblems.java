package io.github.twimllint.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with a JSON file (a configuration, a baseline) in the user's terms, from the JSON
 * parser's exception: no parser wording ("field name", "Object entries", "code 125"), and any
 * text quoted from the file is short and escaped.
 */
public final class JsonProblems {
    private static final Pattern UNEXPECTED = Pattern.compile("^Unexpected character \\('(.{1,2})' \\(code \\d+\\)\\)");
    private static final Pattern CLOSE = Pattern.compile("^Unexpected close marker '(.)': expected '(.)'");
    private static final Pattern TOKEN = Pattern.compile("^Unrecognized token '([^']*)'");
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate (?:field|Object property) '(.*)'$", Pattern.DOTALL);

    private JsonProblems() {
    }

    public static String describe(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            if (m.contains("nesting depth") || m.contains("Nesting depth")) {
                return "nested too deeply (more than 1000 levels of objects and arrays)";
            }
            if (m.contains("Number") || m.contains("number")) {
                return "a number with too many digits";
            }
            if (m.contains("String") || m.contains("string")) {
                return "a string too long to be a setting";
            }
            return "too large to be read";
        }
        Matcher d = DUPLICATE.matcher(m);
        if (d.find()) {
            return "the key \"" + excerpt(d.group(1)) + "\" appears twice in the same object";
        }
        if (m.startsWith("Unexpected end-of-input")) {
            return "the file ends before the JSON is complete (a missing '}' or ']'?)";
        }
        Matcher close = CLOSE.matcher(m);
        if (close.find()) {
            return "unexpected '" + close.group(1) + "' where '" + close.group(2) + "' should close the "
                    + (close.group(2).equals("}") ? "object" : "array");
        }
        Matcher t = TOKEN.matcher(m);
        if (t.find()) {
            return "unexpected '" + excerpt(t.group(1)) + "' (text must be in double quotes; true, false and null"
                    + " are lower-case)";
        }
        Matcher u = UNEXPECTED.matcher(m);
        if (u.find()) {
            String c = excerpt(u.group(1));
            if (m.contains("double-quote to start field name")) {
                return "unexpected '" + c + "' where a key in double quotes should be (a trailing comma?)";
            }
            if (m.contains("comma to separate")) {
                return "unexpected '" + c + "' where a ',' or the closing bracket should be";
            }
            if (m.contains("colon to separate")) {
                return "unexpected '" + c + "' where ':' should follow the key";
            }
            return "unexpected '" + c + "'";
        }
        if (m.contains("Invalid numeric value") || m.contains("Numeric value")) {
            return "a number that is not valid JSON (or too large)";
        }
        // Jackson 2 says "Illegal unquoted character ((CTRL-CHAR, code 9))".
        if (m.contains("control character") || m.contains("CTRL-CHAR")) {
            return "a control character (such as a raw tab or newline) inside a string; escape it";
        }
        return "not valid JSON";
    }

    /** Where the problem is: "line L, column C", or null when the parser did not say. */
    public static int[] where(JsonProcessingException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 1 ? null
                : new int[] {e.getLocation().getLineNr(), e.getLocation().getColumnNr()};
    }

    private static String excerpt(String s) {
        String cut = s.length() > 40 ? s.substring(0, 40) + "\u2026" : s;
        return io.github.twimllint.core.report.Printable.escape(cut);
    }
}
