package io.github.twimllint.maven;

import java.util.ArrayList;
import java.util.List;

/**
 * An Ant-style path pattern as Maven users write them in {@code <includes>}: {@code *} and
 * {@code ?} match within one path segment, {@code **} matches any number of segments (also none),
 * and a pattern ending in {@code /} means everything below. Compiled once; {@link #matches} is
 * given a relative path with {@code /} separators.
 */
final class AntPattern {
    private static final String ANY = "**";

    private final String text;
    /** One entry per segment: {@code null} for {@code **}, else the segment's own glob. */
    private final List<String> segments = new ArrayList<>();

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
            segments.add(s.equals(ANY) ? null : s);
        }
    }

    /**
     * Whether the pattern matches the whole path. A table over (pattern segment, path segment)
     * and a wildcard match that never backtracks more than one star: patterns such as
     * {@code *a*a*a*a*b} or {@code **}{@code /**}{@code /**}{@code /x} take polynomial time, not
     * exponential (a regular expression per segment did, on a 60-character name).
     */
    boolean matches(String relativePath) {
        String[] path = relativePath.split("/");
        int patterns = segments.size();
        int names = path.length;
        // rest[pi][si]: segments pi.. match path segments si..
        boolean[][] rest = new boolean[patterns + 1][names + 1];
        rest[patterns][names] = true;
        for (int pi = patterns - 1; pi >= 0; pi--) {
            String seg = segments.get(pi);
            for (int si = names; si >= 0; si--) {
                if (seg == null) {
                    rest[pi][si] = rest[pi + 1][si] || si < names && rest[pi][si + 1];
                } else {
                    rest[pi][si] = si < names && rest[pi + 1][si + 1] && wildcard(seg, path[si]);
                }
            }
        }
        return rest[0][0];
    }

    /** {@code *} and {@code ?} within one segment, resuming only after the last star. */
    static boolean wildcard(String glob, String name) {
        int g = 0;
        int n = 0;
        int star = -1;
        int mark = 0;
        while (n < name.length()) {
            if (g < glob.length() && (glob.charAt(g) == '?' || glob.charAt(g) == name.charAt(n))) {
                g++;
                n++;
            } else if (g < glob.length() && glob.charAt(g) == '*') {
                star = g++;
                mark = n;
            } else if (star >= 0) {
                g = star + 1;
                n = ++mark;
            } else {
                return false;
            }
        }
        while (g < glob.length() && glob.charAt(g) == '*') {
            g++;
        }
        return g == glob.length();
    }

    @Override
    public String toString() {
        return text;
    }
}
