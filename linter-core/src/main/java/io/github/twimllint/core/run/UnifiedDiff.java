package io.github.twimllint.core.run;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of one file's text before and after its fixes, as {@code git apply} and
 * {@code patch -p1} read it: {@code a/} and {@code b/} prefixes, three lines of context. A line
 * keeps its carriage return, so a CRLF file's patch applies to it. Fixes replace text within
 * lines; should the line count change, the changed region becomes one hunk.
 */
final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    static String of(String path, String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        StringBuilder out = new StringBuilder();
        out.append("--- a/").append(path).append('\n').append("+++ b/").append(path).append('\n');
        if (a.size() != b.size()) {
            int head = 0;
            while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
                head++;
            }
            int tail = 0;
            while (tail < a.size() - head && tail < b.size() - head
                    && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
                tail++;
            }
            hunk(out, a, b, Math.max(0, head - CONTEXT), Math.min(a.size(), a.size() - tail + CONTEXT),
                    Math.min(b.size(), b.size() - tail + CONTEXT));
            return out.toString();
        }
        int i = 0;
        while (i < a.size()) {
            if (a.get(i).equals(b.get(i))) {
                i++;
                continue;
            }
            // A hunk from this change to the last change less than 2 * CONTEXT lines after the previous.
            int last = i;
            for (int j = i + 1; j < a.size() && j <= last + 2 * CONTEXT; j++) {
                if (!a.get(j).equals(b.get(j))) {
                    last = j;
                }
            }
            int from = Math.max(0, i - CONTEXT);
            int to = Math.min(a.size(), last + 1 + CONTEXT);
            hunk(out, a, b, from, to, to);
            i = last + 1;
        }
        return out.toString();
    }

    /** Lines {@code from..toA} of the old text against {@code from..toB} of the new (same start). */
    private static void hunk(StringBuilder out, List<String> a, List<String> b, int from, int toA, int toB) {
        out.append("@@ -").append(range(from, toA - from)).append(" +").append(range(from, toB - from))
                .append(" @@\n");
        if (toA == toB) {
            // Same length: each run of changed lines as its old lines, then its new ones.
            int k = from;
            while (k < toA) {
                if (a.get(k).equals(b.get(k))) {
                    line(out, ' ', a.get(k++));
                    continue;
                }
                int end = k;
                while (end < toA && !a.get(end).equals(b.get(end))) {
                    end++;
                }
                for (int x = k; x < end; x++) {
                    line(out, '-', a.get(x));
                }
                for (int x = k; x < end; x++) {
                    line(out, '+', b.get(x));
                }
                k = end;
            }
            return;
        }
        int head = from;
        while (head < toA && head < toB && a.get(head).equals(b.get(head))) {
            line(out, ' ', a.get(head++));
        }
        int tail = 0;
        while (toA - 1 - tail >= head && toB - 1 - tail >= head && a.get(toA - 1 - tail).equals(b.get(toB - 1 - tail))) {
            tail++;
        }
        for (int k = head; k < toA - tail; k++) {
            line(out, '-', a.get(k));
        }
        for (int k = head; k < toB - tail; k++) {
            line(out, '+', b.get(k));
        }
        for (int k = toA - tail; k < toA; k++) {
            line(out, ' ', a.get(k));
        }
    }

    private static String range(int from, int count) {
        return count == 0 ? from + ",0" : (from + 1) + "," + count;
    }

    /** A line without its final '\n' (marked "\ No newline at end of file" when it had none). */
    private static void line(StringBuilder out, char sign, String line) {
        out.append(sign);
        if (line.endsWith("\n")) {
            out.append(line);
        } else {
            out.append(line).append("\n\\ No newline at end of file\n");
        }
    }

    /** The text's lines, each with its '\n' (the last may lack one); a carriage return stays in the line. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
