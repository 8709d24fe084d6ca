package io.github.twimllint.cli;

import io.github.twimllint.core.Finding;
import io.github.twimllint.core.Source;
import io.github.twimllint.core.parse.Decoding;
import java.io.BufferedInputStream;
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
        int col = Math.min(f.column(), text.length() + 1);
        for (int i = 0; i < col - 1; i++) {
            caret.append(text.charAt(i) == '\t' ? '\t' : ' ');
        }
        caret.append('^');
        if (f.endLine() == f.line()) {
            int end = Math.min(f.endColumn(), text.length() + 1);
            for (int i = col + 1; i < end; i++) {
                caret.append('~');
            }
        }
        return List.of(gutter, " " + number + " | " + text, caret.toString());
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
        if (source == null) {
            return lines;
        }
        try (InputStream in = source.opener().open(); Reader r = Decoding.reader(new BufferedInputStream(in))) {
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
