package io.github.twimllint.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.Finding;
import io.github.twimllint.core.LintReport;
import io.github.twimllint.core.Severity;
import io.github.twimllint.core.Version;
import java.io.IOException;
import java.io.Writer;

/**
 * twiml-lint's own JSON shape (documented in docs/reports.md; {@code formatVersion} changes only when a
 * field is removed or changes meaning):
 * <pre>
 * { "formatVersion": 1, "tool": {"name", "version"},
 *   "summary": {"files", "errors", "warnings", "notes", "suppressed", "unreadable"},
 *   "files": [{"path", "status": "linted|skipped|unreadable|internal-error", "error"?}],
 *   "findings": [{"ruleId", "severity", "message", "path", "line", "column", "endLine", "endColumn",
 *                 "anchor", "related": [{"path", "line", "column", "message"}],
 *                 "suppression"?: {"kind": "inSource|baseline", "justification"}}] }
 * </pre>
 * {@code findings} holds the findings that count, then suppressed ones (each with {@code suppression}).
 */
public final class JsonReporter implements Reporter {
    public static final int FORMAT_VERSION = 1;

    @Override
    public void write(LintReport report, Writer out) throws IOException {
        // Streamed, not built as a tree first: a run over 100,000 files would need a node per file.
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator g = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).createGenerator(out)) {
            g.setPrettyPrinter(pretty);
            g.writeStartObject();
            g.writeNumberField("formatVersion", FORMAT_VERSION);
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", "twiml-lint");
            g.writeStringField("version", Version.VERSION);
            g.writeEndObject();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("files", report.lintedCount());
            g.writeNumberField("errors", report.count(Severity.ERROR));
            g.writeNumberField("warnings", report.count(Severity.WARNING));
            g.writeNumberField("notes", report.count(Severity.NOTE));
            g.writeNumberField("suppressed", report.suppressed().size());
            g.writeNumberField("unreadable", report.unreadable().size());
            g.writeEndObject();
            g.writeArrayFieldStart("files");
            for (FileResult f : report.files()) {
                g.writeStartObject();
                g.writeStringField("path", f.path());
                if (f.readError() != null) {
                    g.writeStringField("status", "unreadable");
                    g.writeStringField("error", f.readError());
                } else if (f.internalError() != null) {
                    g.writeStringField("status", "internal-error");
                    g.writeStringField("error", f.internalError());
                } else {
                    g.writeStringField("status", f.skipped() ? "skipped" : "linted");
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("findings");
            for (Finding f : report.findings()) {
                finding(g, f);
            }
            for (Finding f : report.suppressed()) {
                finding(g, f);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write("\n");
    }

    private static void finding(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.ruleId());
        g.writeStringField("severity", f.severity().label());
        g.writeStringField("message", f.message());
        g.writeStringField("path", f.path());
        g.writeNumberField("line", f.line());
        g.writeNumberField("column", f.column());
        g.writeNumberField("endLine", f.endLine());
        g.writeNumberField("endColumn", f.endColumn());
        g.writeStringField("anchor", f.anchor());
        g.writeArrayFieldStart("related");
        for (Finding.RelatedLocation r : f.related()) {
            g.writeStartObject();
            g.writeStringField("path", r.path());
            g.writeNumberField("line", r.line());
            g.writeNumberField("column", r.column());
            g.writeStringField("message", r.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (f.suppression() != null) {
            g.writeObjectFieldStart("suppression");
            g.writeStringField("kind", f.suppression().kind() == Finding.Suppression.Kind.BASELINE ? "baseline" : "inSource");
            g.writeStringField("justification", f.suppression().justification());
            g.writeEndObject();
        }
        g.writeEndObject();
    }
}
