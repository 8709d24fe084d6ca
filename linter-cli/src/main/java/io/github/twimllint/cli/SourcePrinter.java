package io.github.twimllint.cli;

import io.github.twimllint.core.Finding;
import io.github.twimllint.core.Source;
import io.github.twimllint.core.parse.Decoding;
import io.github.twimllint.core.report.Printable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The offending source line under a finding, with a caret under its column:
 * <pre>
 *    |
 *  7 |   &lt;Gather method="PUT"&gt;
 *    |                  ^~~
 * </pre>
 * Files are re-read (decoded as the linter decoded them) one at a time, as findings come in path order.
 */
final class SourcePrinter {
    private final Map<String, Source> sources;
    private String cachedPath;
    private List<String> cachedLines;

    SourcePrinter(Map<String, Source> sources) {
        this.sources = sources;
    }

    /** The snippet lines for a finding, or an empty list when its line cannot be read. */
    List<String> snippet(Finding f) {
        List<String> lines = lines(f.path());
        if (f.line() < 1 || f.line() > lines.size()) {
            return List.of();
        }
        String text = lines.get(f.line() - 1);
        String number = String.valueOf(f.line());
        String gutter = " ".repeat(number.length() + 2) + "|";
        StringBuilder caret = new StringBuilder(gutter).append(' ');
        StringBuilder shown = new StringBuilder(text.length() + 8);
        // Control characters are shown escaped; the caret moves by the width of what is shown.
        int col = Math.min(f.column(), text.length() + 1);
        int end = f.endLine() == f.line() ? Math.min(f.endColumn(), text.length() + 1) : col + 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String e = Printable.escaped(c, true);
            shown.append(e == null ? String.valueOf(c) : e);
            int width = e == null ? 1 : e.length();
            if (i < col - 1) {
                caret.append(c == '\t' ? "\t" : " ".repeat(width));
            } else if (i == col - 1) {
                caret.append('^').append("~".repeat(width - 1));
            } else if (i < end - 1) {
                caret.append("~".repeat(width));
            }
        }
        if (col > text.length()) {
            caret.append('^');
        }
        return List.of(gutter, " " + number + " | " + shown, caret.toString());
    }

    private List<String> lines(String path) {
        if (path.equals(cachedPath)) {
            return cachedLines;
        }
        cachedPath = path;
        cachedLines = read(sources.get(path));
        return cachedLines;
    }

    private static List<String> read(Source source) {
        List<String> lines = new ArrayList<>();
        if (source == null || source.file() != null && !source.rereadable()) {
            // A pipe or FIFO named on the command line was consumed by the run (re-opening a FIFO would wait).
            return lines;
        }
        try (InputStream in = source.opener().open(); Reader r = Decoding.reader(in)) {
            StringBuilder line = new StringBuilder();
            int c;
            boolean cr = false;
            while ((c = r.read()) >= 0) {
                if (c == '\n' && cr) {
                    cr = false;
                    continue;
                }
                cr = c == '\r';
                if (c == '\n' || c == '\r') {
                    lines.add(line.toString());
                    line.setLength(0);
                } else {
                    line.append((char) c);
                }
            }
            lines.add(line.toString());
        } catch (IOException | RuntimeException e) {
            // The finding itself is already reported; a snippet is a courtesy.
            return List.of();
        }
        return lines;
    }
}
