package io.github.twimllint.cli;

import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.Finding;
import io.github.twimllint.core.LintReport;
import io.github.twimllint.core.Severity;
import io.github.twimllint.core.report.Printable;
import io.github.twimllint.core.report.Reporter;
import io.github.twimllint.core.report.TextReporter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The text report for people: the plain {@link TextReporter} lines, optionally coloured, each
 * optionally followed by its source line and a caret; {@code --quiet} drops the summary. With
 * none of these it is exactly the plain text report.
 */
final class ConsoleTextReporter implements Reporter {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String RED = "\u001b[1;31m";
    private static final String YELLOW = "\u001b[1;33m";
    private static final String CYAN = "\u001b[1;36m";

    private final boolean color;
    private final SourcePrinter source;
    private final boolean summary;
    private final boolean docs;

    /** @param source null for no snippets; @param docs each reporting rule's documentation URL (--verbose) */
    ConsoleTextReporter(boolean color, SourcePrinter source, boolean summary, boolean docs) {
        this.color = color;
        this.source = source;
        this.summary = summary;
        this.docs = docs;
    }

    @Override
    public void write(LintReport report, Writer out) throws IOException {
        if (!color && source == null && summary && !docs) {
            new TextReporter().write(report, out);
            return;
        }
        for (Finding f : report.findings()) {
            String where = Printable.escape(f.path()) + ":" + f.line() + ":" + f.column() + ":";
            String message = Printable.escape(f.message());
            if (color) {
                out.write(BOLD + where + RESET + " " + paint(f.severity()) + f.severity().label() + ":" + RESET + " "
                        + message + " " + DIM + "[" + f.ruleId() + "]" + RESET + "\n");
            } else {
                out.write(where + " " + f.severity().label() + ": " + message + " [" + f.ruleId() + "]\n");
            }
            if (source != null) {
                List<String> snippet = source.snippet(f);
                for (int i = 0; i < snippet.size(); i++) {
                    // The third line is the caret line; colour it like the severity.
                    out.write((color && i == 2 ? colourCaret(snippet.get(i), f.severity()) : snippet.get(i)) + "\n");
                }
            }
        }
        for (FileResult f : report.files()) {
            if (f.internalError() != null) {
                out.write(Printable.escape(f.path()) + ": internal error: " + Printable.escape(f.internalError()) + "\n");
            }
        }
        if (docs) {
            documentation(report, out);
        }
        if (summary) {
            out.write(TextReporter.summary(report) + "\n");
        }
    }

    /** Once per rule that reported, its page: where the why and the fix are. */
    private static void documentation(LintReport report, Writer out) throws IOException {
        java.util.Set<String> reported = new java.util.TreeSet<>();
        report.findings().forEach(f -> reported.add(f.ruleId()));
        for (io.github.twimllint.core.RuleMeta m : report.rules()) {
            if (reported.remove(m.id())) {
                out.write(m.id() + ": " + m.helpUri() + "\n");
            }
        }
    }

    private String colourCaret(String line, Severity s) {
        int at = line.indexOf('^', line.indexOf('|') + 1);
        return at < 0 ? line : line.substring(0, at) + paint(s) + line.substring(at) + RESET;
    }

    private static String paint(Severity s) {
        switch (s) {
            case ERROR: return RED;
            case WARNING: return YELLOW;
            default: return CYAN;
        }
    }
}
