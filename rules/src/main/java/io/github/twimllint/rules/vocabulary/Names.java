package io.github.twimllint.rules.vocabulary;

import java.util.Collection;

/** "Did you mean" lookups: a case-insensitive match first, then the nearest name by edit distance. */
public final class Names {
    private Names() {
    }

    /**
     * The candidate closest to {@code name}, or null when none is close enough. A candidate equal
     * ignoring case always wins, then the only candidate the name abbreviates (4+ characters);
     * otherwise the smallest edit distance within a budget that grows
     * with the name's length (1 for names up to 4 characters, 2 up to 8, 3 beyond).
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
        // An abbreviation of exactly one name ("lang" for "language").
        if (name.length() >= 4) {
            String prefixOf = null;
            for (String c : candidates) {
                if (c.length() > name.length() && c.regionMatches(true, 0, name, 0, name.length())) {
                    if (prefixOf != null) {
                        prefixOf = null;
                        break;
                    }
                    prefixOf = c;
                }
            }
            if (prefixOf != null) {
                return prefixOf;
            }
        }
        int budget = name.length() <= 2 ? 0 : name.length() <= 4 ? 1 : name.length() <= 8 ? 2 : 3;
        String best = null;
        int bestDistance = budget + 1;
        for (String c : candidates) {
            if (c.equals(name) || Math.abs(c.length() - name.length()) >= bestDistance) {
                continue;
            }
            int d = distance(name, c, bestDistance);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Case-insensitive Levenshtein distance, giving up (returning {@code limit}) once it reaches limit. */
    static int distance(String a, String b, int limit) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            char ca = Character.toLowerCase(a.charAt(i - 1));
            for (int j = 1; j <= b.length(); j++) {
                int cost = ca == Character.toLowerCase(b.charAt(j - 1)) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin >= limit) {
                return limit;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[b.length()], limit);
    }
}
