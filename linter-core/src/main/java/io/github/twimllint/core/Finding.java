package io.github.twimllint.core;

import java.util.Comparator;
import java.util.List;

/**
 * One problem found in one file. Lines and columns are 1-based, columns in UTF-16 code units;
 * the end is exclusive. {@code anchor} names the node without line numbers (element path plus
 * attribute or text), so fingerprints and baselines survive lines moving. {@code fix} is the
 * mechanical fix of a rule that declares itself fixable, or null.
 */
public record Finding(String ruleId, Severity severity, String message, String path,
                      int line, int column, int endLine, int endColumn, String anchor,
                      List<RelatedLocation> related, Suppression suppression, Fix fix) {

    /** Report order: by path, then line, column, rule id and message, so output is deterministic. */
    public static final Comparator<Finding> ORDER = new Order();

    // Written out rather than chained from method references: every run sorts, and each reference
    // (with the combinators' own lambdas) is an invokedynamic call site linked at start-up (issue 15).
    private static final class Order implements Comparator<Finding> {
        @Override
        public int compare(Finding a, Finding b) {
            int c = a.path.compareTo(b.path);
            if (c == 0) {
                c = Integer.compare(a.line, b.line);
            }
            if (c == 0) {
                c = Integer.compare(a.column, b.column);
            }
            if (c == 0) {
                c = a.ruleId.compareTo(b.ruleId);
            }
            return c != 0 ? c : a.message.compareTo(b.message);
        }
    }

    public Finding {
        related = related == null ? List.of() : List.copyOf(related);
    }

    public Finding(String ruleId, Severity severity, String message, String path, int line, int column,
                   int endLine, int endColumn, String anchor, List<RelatedLocation> related) {
        this(ruleId, severity, message, path, line, column, endLine, endColumn, anchor, related, null, null);
    }

    public Finding(String ruleId, Severity severity, String message, String path, int line, int column,
                   int endLine, int endColumn, String anchor, List<RelatedLocation> related, Suppression suppression) {
        this(ruleId, severity, message, path, line, column, endLine, endColumn, anchor, related, suppression, null);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, message, path, line, column, endLine, endColumn,
                anchor, related, suppression, fix);
    }

    public Finding withRelated(List<RelatedLocation> newRelated) {
        return new Finding(ruleId, severity, message, path, line, column, endLine, endColumn,
                anchor, newRelated, suppression, fix);
    }

    /** The same finding, marked as suppressed (it is kept for SARIF, not counted or printed). */
    public Finding suppressed(Suppression by) {
        return new Finding(ruleId, severity, message, path, line, column, endLine, endColumn,
                anchor, related, by, fix);
    }

    public boolean isSuppressed() {
        return suppression != null;
    }

    /** Why a finding does not count: an in-source comment or a baseline, with the reason given. */
    public record Suppression(Kind kind, String justification) {
        public enum Kind { IN_SOURCE, BASELINE }
    }

    /** Another place that explains a finding (e.g. the document a {@code url} reaches). */
    public record RelatedLocation(String path, int line, int column, String message) {
    }
}
