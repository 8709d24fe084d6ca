package io.github.twimllint.core.run;

import java.nio.file.Path;

/** One report of a run: its format and its file, null for standard output. */
public record ReportTarget(ReportFormat format, Path file) {
}
