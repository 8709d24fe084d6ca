package io.github.twimllint.core.report;

import io.github.twimllint.core.Finding;
import io.github.twimllint.core.LintReport;
import io.github.twimllint.core.Severity;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The findings a SARIF run lists, in the order it lists them, read from the report as they are
 * written and never held: the active and the suppressed findings merged in report order (each list
 * already is in it; on a tie the active one comes first). Past the limit, the best {@code limit}
 * by rank are kept: active before suppressed, then the most severe, then report order. One
 * counting pass over the findings finds where that cut falls (a rank, and how many of that rank
 * come first); the findings themselves are only read when iterated.
 */
final class SarifSelection implements Iterable<Finding> {
    private static final int SEVERITIES = Severity.values().length;
    private static final int RANKS = 2 * SEVERITIES;

    private final List<Finding> active;
    private final List<Finding> suppressed;
    private final long total;
    private final int limit;
    /** Findings ranked before it are all kept, those after it none. */
    private final int cutRank;
    /** How many findings of {@link #cutRank} are kept: the first ones in report order. */
    private final long cutQuota;

    SarifSelection(LintReport report, int limit) {
        active = report.findings();
        suppressed = report.suppressed();
        total = (long) active.size() + suppressed.size();
        this.limit = limit;
        if (total <= limit) {
            cutRank = RANKS;
            cutQuota = 0;
            return;
        }
        long[] counts = new long[RANKS];
        for (List<Finding> part : List.of(active, suppressed)) {
            for (Finding f : part) {
                counts[rank(f)]++;
            }
        }
        long left = limit;
        int r = 0;
        while (counts[r] < left) {
            left -= counts[r++];
        }
        cutRank = r;
        cutQuota = left;
    }

    /** 0 for an active error up to {@code RANKS - 1} for a suppressed finding that is off. */
    static int rank(Finding f) {
        return (f.isSuppressed() ? SEVERITIES : 0) + SEVERITIES - 1 - f.severity().ordinal();
    }

    long total() {
        return total;
    }

    /** How many findings the limit leaves out: it keeps exactly {@code limit} when it bites. */
    long dropped() {
        return cutRank == RANKS ? 0 : total - limit;
    }

    @Override
    public Iterator<Finding> iterator() {
        return new Iterator<>() {
            private final Iterator<Finding> a = active.iterator();
            private final Iterator<Finding> s = suppressed.iterator();
            private Finding nextActive = pull(a);
            private Finding nextSuppressed = pull(s);
            private long ofCutRank;
            private Finding next; // found by hasNext, handed out by next

            private Finding advance() {
                while (nextActive != null || nextSuppressed != null) {
                    Finding f;
                    if (nextSuppressed == null
                            || nextActive != null && Finding.ORDER.compare(nextActive, nextSuppressed) <= 0) {
                        f = nextActive;
                        nextActive = pull(a);
                    } else {
                        f = nextSuppressed;
                        nextSuppressed = pull(s);
                    }
                    int r = rank(f);
                    if (r < cutRank || r == cutRank && ofCutRank++ < cutQuota) {
                        return f;
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = advance();
                }
                return next != null;
            }

            @Override
            public Finding next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Finding f = next;
                next = null;
                return f;
            }
        };
    }

    private static Finding pull(Iterator<Finding> it) {
        return it.hasNext() ? it.next() : null;
    }
}
