package io.github.twimllint.core;

import java.util.List;

/**
 * What linting one source gave: its findings in report order, whether it was skipped (an
 * {@code *.xml} file whose root is not {@code <Response>}), and a read error when the file could
 * not be read at all, or an internal error (a bug: a rule threw) with the findings made before it.
 */
public record FileResult(String path, List<Finding> findings, boolean skipped, String readError,
                         String internalError) {

    public FileResult {
        findings = List.copyOf(findings);
    }

    public static FileResult skipped(String path) {
        return new FileResult(path, List.of(), true, null, null);
    }

    public static FileResult unreadable(String path, String error) {
        return new FileResult(path, List.of(), false, error, null);
    }
}
