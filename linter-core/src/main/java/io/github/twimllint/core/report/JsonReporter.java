package io.github.twimllint.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
        JsonNodeFactory nf = JsonNodeFactory.instance;
        ObjectNode root = nf.objectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.putObject("tool").put("name", "twiml-lint").put("version", Version.VERSION);
        root.putObject("summary")
                .put("files", report.lintedCount())
                .put("errors", report.count(Severity.ERROR))
                .put("warnings", report.count(Severity.WARNING))
                .put("notes", report.count(Severity.NOTE))
                .put("suppressed", report.suppressed().size())
                .put("unreadable", report.unreadable().size());
        ArrayNode files = root.putArray("files");
        for (FileResult f : report.files()) {
            ObjectNode o = files.addObject().put("path", f.path());
            if (f.readError() != null) {
                o.put("status", "unreadable").put("error", f.readError());
            } else if (f.internalError() != null) {
                o.put("status", "internal-error").put("error", f.internalError());
            } else {
                o.put("status", f.skipped() ? "skipped" : "linted");
            }
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : report.findings()) {
            finding(findings.addObject(), f);
        }
        for (Finding f : report.suppressed()) {
            finding(findings.addObject(), f);
        }
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writer(pretty).writeValue(out, root);
        out.write("\n");
    }

    private static void finding(ObjectNode o, Finding f) {
        o.put("ruleId", f.ruleId())
                .put("severity", f.severity().label())
                .put("message", f.message())
                .put("path", f.path())
                .put("line", f.line())
                .put("column", f.column())
                .put("endLine", f.endLine())
                .put("endColumn", f.endColumn())
                .put("anchor", f.anchor());
        ArrayNode related = o.putArray("related");
        for (Finding.RelatedLocation r : f.related()) {
            related.addObject().put("path", r.path()).put("line", r.line()).put("column", r.column())
                    .put("message", r.message());
        }
        if (f.suppression() != null) {
            o.putObject("suppression")
                    .put("kind", f.suppression().kind() == Finding.Suppression.Kind.BASELINE ? "baseline" : "inSource")
                    .put("justification", f.suppression().justification());
        }
    }
}
