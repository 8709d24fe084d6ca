package io.github.twimllint.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.Finding;
import io.github.twimllint.core.LintReport;
import io.github.twimllint.core.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

/**
 * GitLab Code Quality (a Code Climate issue array): what GitLab's merge-request widget reads from
 * an {@code artifacts:reports:codequality} file. Paths are relative to the source root (the
 * repository root GitLab joins them to). The fingerprint is SARIF's line-free one (rule, path,
 * element path and attribute, occurrence), so an issue keeps it when lines above it move and
 * GitLab does not show it as fixed and new again.
 */
public final class CodeClimateReporter implements Reporter {
    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public void write(LintReport report, Writer out) throws IOException {
        write(report, ReportContext.defaults(), out);
    }

    @Override
    public void write(LintReport report, ReportContext context, Writer out) throws IOException {
        Map<String, String> paths = new HashMap<>();
        Map<String, Integer> occurrences = new HashMap<>();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (Finding f : report.findings()) {
                String path = paths.computeIfAbsent(f.path(), context::rootRelative);
                issue(g, f.ruleId(), f.message(), severity(f.severity()),
                        SarifReporter.fingerprint(f, path, occurrences), path, f.line(), f.column(),
                        f.endLine(), f.endColumn());
            }
            for (FileResult f : report.files()) {
                String problem = GithubReporter.fileProblem(f);
                if (problem != null) {
                    String path = context.rootRelative(f.path());
                    Finding whole = new Finding("twiml-lint", Severity.ERROR, problem, f.path(), 1, 1, 1, 1,
                            null, null);
                    issue(g, "twiml-lint", problem, "critical", SarifReporter.fingerprint(whole, path, occurrences),
                            path, 1, 1, 1, 1);
                }
            }
            g.writeEndArray();
        }
        out.write("\n");
    }

    private static void issue(JsonGenerator g, String check, String description, String severity,
                              String fingerprint, String path, int line, int column, int endLine, int endColumn)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "issue");
        g.writeStringField("check_name", check);
        g.writeStringField("description", description);
        g.writeArrayFieldStart("categories");
        g.writeString("Bug Risk");
        g.writeEndArray();
        g.writeStringField("severity", severity);
        g.writeStringField("fingerprint", fingerprint);
        g.writeObjectFieldStart("location");
        g.writeStringField("path", path);
        g.writeObjectFieldStart("positions");
        position(g, "begin", line, column);
        position(g, "end", Math.max(line, endLine), endLine >= line ? endColumn : column);
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void position(JsonGenerator g, String name, int line, int column) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("line", line);
        g.writeNumberField("column", column);
        g.writeEndObject();
    }

    /** Code Climate's scale: notes are info, warnings minor, errors major (critical: a file not read). */
    static String severity(Severity s) {
        switch (s) {
            case ERROR: return "major";
            case WARNING: return "minor";
            default: return "info";
        }
    }
}
