package io.github.twimllint.core.report;

import io.github.twimllint.core.Finding;
import java.util.Iterator;

/**
 * Reads findings in report order (by path first) one file at a time, in one pass: the run's
 * findings may be in a temporary file, so they are iterated, not indexed.
 */
final class ByPath {
    private final Iterator<Finding> it;
    private Finding head;

    ByPath(Iterable<Finding> sorted) {
        this.it = sorted.iterator();
        this.head = it.hasNext() ? it.next() : null;
    }

    /** The next finding on {@code path} (those on earlier paths are passed over), or null. */
    Finding next(String path) {
        while (head != null && head.path().compareTo(path) < 0) {
            advance();
        }
        if (head == null || !head.path().equals(path)) {
            return null;
        }
        Finding f = head;
        advance();
        return f;
    }

    private void advance() {
        head = it.hasNext() ? it.next() : null;
    }
}
