package io.github.twimllint.core.report;

import io.github.twimllint.core.LintReport;
import java.io.IOException;
import java.io.Writer;

/** Writes a report in one format. Reporters know formats, not rules. */
public interface Reporter {
    void write(LintReport report, Writer out) throws IOException;
}
