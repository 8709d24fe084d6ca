package io.github.twimllint.core.report;

import io.github.twimllint.core.LintReport;
import java.io.IOException;
import java.io.Writer;

/** Writes a report in one format. Reporters know formats, not rules. */
public interface Reporter {
    void write(LintReport report, Writer out) throws IOException;

    /**
     * Writes with information about the run (source root, category, command line, times). Reporters
     * that need none keep this default.
     */
    default void write(LintReport report, ReportContext context, Writer out) throws IOException {
        write(report, out);
    }
}
