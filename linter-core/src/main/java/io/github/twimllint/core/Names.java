package io.github.twimllint.core;

import java.util.Collection;

/** "Did you mean" for rule ids, configuration keys and directives. */
public final class Names {
    private Names() {
    }

    /**
     * The candidate closest to {@code name} by edit distance (case-insensitive), or null when none
     * is close enough to be a plausible typo (at most a third of the name's length, at least 2).
     */
    public static String closest(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int limit = Math.max(2, name.length() / 3);
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.length() >= 3) {
            // An abbreviation ("warn", "root") names the one candidate it starts.
            String only = null;
            int count = 0;
            for (String c : candidates) {
                if (c.toLowerCase(java.util.Locale.ROOT).startsWith(n)) {
                    only = c;
                    count++;
                }
            }
            if (count == 1) {
                return only;
            }
        }
        for (String c : candidates) {
            if (Math.abs(c.length() - n.length()) > limit) {
                // The distance is at least the difference in length: not a typo, and not worth a table.
                continue;
            }
            int d = distance(n, c.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance || (d == bestDistance && best != null && c.compareTo(best) < 0)) {
                bestDistance = d;
                best = c;
            }
        }
        return bestDistance <= limit ? best : null;
    }

    /** {@code " (did you mean 'x'?)"} or the empty string. */
    public static String suggestion(String name, Collection<String> candidates) {
        String c = closest(name, candidates);
        return c == null ? "" : " (did you mean '" + c + "'?)";
    }

    /** Levenshtein distance with adjacent transpositions counted as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }
}
