package io.github.twimllint.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An Ant-style path pattern as Maven users write them in {@code <includes>}: {@code *} and
 * {@code ?} match within one path segment, {@code **} matches any number of segments (also none),
 * and a pattern ending in {@code /} means everything below. Compiled once; {@link #matches} is
 * given a relative path with {@code /} separators.
 */
final class AntPattern {
    private static final String ANY = "**";

    private final String text;
    /** One entry per segment: {@code null} for {@code **}, else the compiled segment glob. */
    private final List<Pattern> segments = new ArrayList<>();

    AntPattern(String pattern) {
        String p = pattern.trim().replace('\\', '/');
        if (p.endsWith("/")) {
            p = p + ANY;
        }
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        this.text = p;
        for (String s : p.split("/+")) {
            segments.add(s.equals(ANY) ? null : Pattern.compile(segmentRegex(s)));
        }
    }

    boolean matches(String relativePath) {
        return match(0, relativePath.split("/"), 0);
    }

    private boolean match(int pi, String[] path, int si) {
        if (pi == segments.size()) {
            return si == path.length;
        }
        Pattern seg = segments.get(pi);
        if (seg == null) {
            for (int k = si; k <= path.length; k++) {
                if (match(pi + 1, path, k)) {
                    return true;
                }
            }
            return false;
        }
        return si < path.length && seg.matcher(path[si]).matches() && match(pi + 1, path, si + 1);
    }

    private static String segmentRegex(String glob) {
        StringBuilder b = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*' || c == '?') {
                if (literal.length() > 0) {
                    b.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                b.append(c == '*' ? "[^/]*" : "[^/]");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            b.append(Pattern.quote(literal.toString()));
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return text;
    }
}
