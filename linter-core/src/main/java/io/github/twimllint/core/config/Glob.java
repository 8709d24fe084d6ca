package io.github.twimllint.core.config;

import java.util.ArrayList;
import java.util.List;

/**
 * A glob over {@code /}-separated paths relative to the configuration file's folder, with the
 * usual meaning of {@code *}, {@code **}, {@code ?}, {@code [..]} ({@code [!..]} negated) and
 * {@code {a,b}} (not nested); {@code \} escapes the next character. A leading {@code **}{@code /}
 * also matches at the top level, and a glob matching a folder matches everything inside it.
 *
 * <p>Globs come from a configuration that may be hostile ({@code *a*a*a*a*a*a*b}): they are
 * compiled once into a token list matched by following every possible position at once, so a
 * match takes at most (path length x glob length) steps, never backtracking.
 */
public final class Glob {
    /** Longer globs are refused: nobody writes them by hand. */
    public static final int MAX_LENGTH = 1000;
    /** Brace alternatives multiply; their product is bounded. */
    private static final int MAX_ALTERNATIVES = 256;

    private final String text;
    private final List<Token[]> alternatives = new ArrayList<>();

    /** @throws IllegalArgumentException saying what is wrong with the glob */
    public Glob(String text) {
        this.text = text;
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("longer than " + MAX_LENGTH + " characters");
        }
        String g = text.startsWith("./") ? text.substring(2) : text;
        if (g.endsWith("/")) {
            g = g.substring(0, g.length() - 1);
        }
        for (String alt : expandBraces(g)) {
            alternatives.add(compile(alt));
            if (alt.startsWith("**/")) {
                alternatives.add(compile(alt.substring(3)));
            }
        }
    }

    public String text() {
        return text;
    }

    /** Whether the relative path, or a folder containing it, matches. */
    public boolean matches(String relativePath) {
        for (Token[] tokens : alternatives) {
            if (matches(tokens, relativePath)) {
                return true;
            }
        }
        return false;
    }

    private enum Kind { LITERAL, ONE, CLASS, STAR, GLOBSTAR }

    private record Token(Kind kind, char literal, String set, boolean negated) {
        boolean accepts(char c) {
            switch (kind) {
                case LITERAL: return c == literal;
                case ONE: case STAR: return c != '/';
                case GLOBSTAR: return true;
                default: return c != '/' && inSet(c) != negated;
            }
        }

        /** {@code set} holds pairs: first and last character of each range. */
        private boolean inSet(char c) {
            for (int i = 0; i < set.length(); i += 2) {
                if (c >= set.charAt(i) && c <= set.charAt(i + 1)) {
                    return true;
                }
            }
            return false;
        }

        boolean repeats() {
            return kind == Kind.STAR || kind == Kind.GLOBSTAR;
        }
    }

    /**
     * Follows every position in the glob at once (a Thompson-style simulation). The glob matches
     * the path, or a folder containing it, when the end of the glob is reached at the end of the
     * path or just before one of its {@code /}: one pass, however many folders the path has.
     */
    private static boolean matches(Token[] tokens, String path) {
        int n = tokens.length;
        boolean[] now = new boolean[n + 1];
        boolean[] next = new boolean[n + 1];
        now[0] = true;
        close(tokens, now);
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '/' && i > 0 && now[n]) {
                return true;
            }
            java.util.Arrays.fill(next, false);
            boolean any = false;
            for (int s = 0; s < n; s++) {
                if (now[s] && tokens[s].accepts(c)) {
                    next[tokens[s].repeats() ? s : s + 1] = true;
                    any = true;
                }
            }
            if (!any) {
                return false;
            }
            close(tokens, next);
            boolean[] t = now;
            now = next;
            next = t;
        }
        return now[n];
    }

    /** A star may match nothing: being before it is also being after it. */
    private static void close(Token[] tokens, boolean[] states) {
        for (int s = 0; s < tokens.length; s++) {
            if (states[s] && tokens[s].repeats()) {
                states[s + 1] = true;
            }
        }
    }

    private static Token[] compile(String g) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            switch (c) {
                case '\\':
                    if (i + 1 == g.length()) {
                        throw new IllegalArgumentException("ends with an escaping '\\'");
                    }
                    out.add(new Token(Kind.LITERAL, g.charAt(++i), null, false));
                    break;
                case '?':
                    out.add(new Token(Kind.ONE, '\0', null, false));
                    break;
                case '*':
                    if (i + 1 < g.length() && g.charAt(i + 1) == '*') {
                        i++;
                        out.add(new Token(Kind.GLOBSTAR, '\0', null, false));
                    } else {
                        out.add(new Token(Kind.STAR, '\0', null, false));
                    }
                    break;
                case '[':
                    i = bracket(g, i, out);
                    break;
                default:
                    out.add(new Token(Kind.LITERAL, c, null, false));
            }
        }
        return out.toArray(new Token[0]);
    }

    /** Reads {@code [..]} starting at {@code open}; returns the index of its {@code ]}. */
    private static int bracket(String g, int open, List<Token> out) {
        int i = open + 1;
        boolean negated = i < g.length() && (g.charAt(i) == '!' || g.charAt(i) == '^');
        if (negated) {
            i++;
        }
        StringBuilder set = new StringBuilder();
        boolean first = true;
        while (true) {
            if (i >= g.length()) {
                throw new IllegalArgumentException("'[' at position " + (open + 1) + " is never closed by ']'");
            }
            char c = g.charAt(i);
            if (c == ']' && !first) {
                break;
            }
            if (c == '/') {
                throw new IllegalArgumentException("'/' cannot be inside [..]");
            }
            if (c == '\\' && i + 1 < g.length()) {
                c = g.charAt(++i);
            }
            char last = c;
            if (i + 2 < g.length() && g.charAt(i + 1) == '-' && g.charAt(i + 2) != ']') {
                last = g.charAt(i + 2);
                if (last < c) {
                    throw new IllegalArgumentException("the range " + c + "-" + last + " is backwards");
                }
                i += 2;
            }
            set.append(c).append(last);
            first = false;
            i++;
        }
        out.add(new Token(Kind.CLASS, '\0', set.toString(), negated));
        return i;
    }

    /** {@code a{b,c}d} -> {@code abd}, {@code acd}; groups do not nest. */
    private static List<String> expandBraces(String g) {
        List<String> done = new ArrayList<>();
        done.add("");
        int i = 0;
        StringBuilder literal = new StringBuilder();
        while (i < g.length()) {
            char c = g.charAt(i);
            if (c == '\\' && i + 1 < g.length()) {
                literal.append(c).append(g.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '}') {
                throw new IllegalArgumentException("'}' at position " + (i + 1) + " closes no '{'");
            }
            if (c != '{') {
                literal.append(c);
                i++;
                continue;
            }
            List<String> options = new ArrayList<>();
            StringBuilder option = new StringBuilder();
            int j = i + 1;
            for (; j < g.length() && g.charAt(j) != '}'; j++) {
                char d = g.charAt(j);
                if (d == '{') {
                    throw new IllegalArgumentException("'{' groups cannot be nested");
                } else if (d == '\\' && j + 1 < g.length()) {
                    option.append(d).append(g.charAt(++j));
                } else if (d == ',') {
                    options.add(option.toString());
                    option.setLength(0);
                } else {
                    option.append(d);
                }
            }
            if (j >= g.length()) {
                throw new IllegalArgumentException("'{' at position " + (i + 1) + " is never closed by '}'");
            }
            options.add(option.toString());
            List<String> grown = new ArrayList<>();
            for (String prefix : done) {
                for (String o : options) {
                    grown.add(prefix + literal + o);
                }
            }
            if (grown.size() > MAX_ALTERNATIVES) {
                throw new IllegalArgumentException("more than " + MAX_ALTERNATIVES + " {..} alternatives");
            }
            done = grown;
            literal.setLength(0);
            i = j + 1;
        }
        List<String> out = new ArrayList<>();
        for (String prefix : done) {
            out.add(prefix + literal);
        }
        return out;
    }
}
