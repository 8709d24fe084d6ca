package io.github.twimllint.core;

import java.util.Collection;

/**
 * The one "did you mean" of the project: rule ids, configuration keys, directives (core) and
 * element, attribute and value names (the rules' vocabulary) all use it.
 */
public final class Names {
    private Names() {
    }

    /**
     * The candidate closest to {@code name}, or null when none is a plausible typo. In order: a
     * candidate equal ignoring case; the only candidate that the name (4+ characters) abbreviates;
     * else the smallest edit distance (adjacent transpositions count as one edit) within a budget
     * that grows with the name's length: none up to 2 characters, 1 up to 4, 2 up to 8, 3 beyond.
     * Ties go to the alphabetically first candidate. Candidates whose length differs by more than
     * the budget are never compared, so a huge unknown name costs time linear in its length.
     */
    public static String closest(String name, Collection<String> candidates) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        for (String c : candidates) {
            if (c.equalsIgnoreCase(name) && !c.equals(name)) {
                return c;
            }
        }
        if (name.length() >= 4) {
            String only = null;
            int count = 0;
            for (String c : candidates) {
                if (c.length() > name.length() && c.regionMatches(true, 0, name, 0, name.length())) {
                    only = c;
                    count++;
                }
            }
            if (count == 1) {
                return only;
            }
        }
        int budget = budget(name.length());
        String best = null;
        int bestDistance = budget + 1;
        for (String c : candidates) {
            if (c.equals(name) || Math.abs(c.length() - name.length()) > budget) {
                // The distance is at least the difference in length: not a typo, and not worth a table.
                continue;
            }
            int d = distance(name, c, bestDistance);
            if (d < bestDistance || (d == bestDistance && best != null && c.compareTo(best) < 0)) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    /** {@code " (did you mean 'x'?)"} or the empty string. */
    public static String suggestion(String name, Collection<String> candidates) {
        String c = closest(name, candidates);
        return c == null ? "" : " (did you mean '" + c + "'?)";
    }

    static int budget(int length) {
        return length <= 2 ? 0 : length <= 4 ? 1 : length <= 8 ? 2 : 3;
    }

    /**
     * Case-insensitive edit distance (Levenshtein with adjacent transpositions as one edit), giving
     * up once every path exceeds {@code limit}: then the result is more than {@code limit}.
     */
    static int distance(String a, String b, int limit) {
        int n = b.length();
        int[] before = new int[n + 1];
        int[] prev = new int[n + 1];
        int[] cur = new int[n + 1];
        for (int j = 0; j <= n; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = i;
            char ca = Character.toLowerCase(a.charAt(i - 1));
            for (int j = 1; j <= n; j++) {
                char cb = Character.toLowerCase(b.charAt(j - 1));
                int v = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (ca == cb ? 0 : 1));
                if (i > 1 && j > 1 && ca == Character.toLowerCase(b.charAt(j - 2))
                        && Character.toLowerCase(a.charAt(i - 2)) == cb) {
                    v = Math.min(v, before[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = before;
            before = prev;
            prev = cur;
            cur = t;
        }
        return prev[n];
    }
}
