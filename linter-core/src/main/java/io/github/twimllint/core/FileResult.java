package io.github.twimllint.core;

import java.util.List;

/**
 * What linting one source gave: its findings in report order, whether it was skipped (an
 * {@code *.xml} file whose root is not {@code <Response>}), and a read error when the file could
 * not be read at all, or an internal error (a bug: a rule threw) with the findings made before it.
 * {@code facts} are what the project phase needs from the document (null when it was not parsed).
 */
public record FileResult(String path, List<Finding> findings, boolean skipped, String readError,
                         String internalError, DocumentFacts facts) {

    public FileResult {
        // A long list stays where Findings put it (a temporary file); a short one is copied.
        findings = Findings.isSpilled(findings) ? findings : List.copyOf(findings);
    }

    public FileResult(String path, List<Finding> findings, boolean skipped, String readError,
                      String internalError) {
        this(path, findings, skipped, readError, internalError, null);
    }

    public static FileResult skipped(String path) {
        return new FileResult(path, List.of(), true, null, null);
    }

    public static FileResult unreadable(String path, String error) {
        return new FileResult(path, List.of(), false, error, null);
    }

    /** The same result with more findings (from the project phase), kept in report order. */
    public FileResult withMoreFindings(List<Finding> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Finding> all = Findings.builder().addAll(findings).addAll(more).build();
        return new FileResult(path, all, skipped, readError, internalError, facts);
    }
}
