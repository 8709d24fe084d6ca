package io.github.twimllint.cli;

import java.io.PrintWriter;
import java.util.function.IntConsumer;

/**
 * "files done / total" on standard error, rewritten in place at most ten times a second. Only for
 * long runs on a terminal: never written into redirected output, where it would be noise.
 */
final class Progress implements IntConsumer {
    /** Fewer files than this finish before a progress line would help. */
    static final int MIN_FILES = 200;

    private final PrintWriter err;
    private final int total;
    private long last;
    private boolean shown;

    private Progress(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
    }

    /** A progress reporter, or null when none should be shown. */
    static Progress of(Terminal terminal, PrintWriter err, int total) {
        return terminal.interactive() && total >= MIN_FILES ? new Progress(err, total) : null;
    }

    @Override
    public synchronized void accept(int done) {
        long now = System.nanoTime();
        if (done < total && now - last < 100_000_000L) {
            return;
        }
        last = now;
        shown = true;
        err.print("\rtwiml-lint: " + done + "/" + total + " files");
        err.flush();
    }

    /** Erases the progress line so the report starts on a clean line. */
    synchronized void finish() {
        if (shown) {
            err.print("\r" + " ".repeat(24 + 2 * String.valueOf(total).length()) + "\r");
            err.flush();
        }
    }
}
