package io.github.twimllint.core.parse;

/**
 * The buffers one parse needs (bytes to decode, characters read ahead, the tape and its line
 * starts), kept per thread for the next document: documents are parsed one after another on each
 * worker, and most fit in the first buffers, so a run allocates them once per thread instead of
 * once per document.
 */
final class ParseBuffers {
    private static final ThreadLocal<ParseBuffers> SPARE = new ThreadLocal<>();
    /** Buffers a large document grew beyond this are not kept. */
    private static final int KEEP_MAX = 64 * 1024;

    final byte[] bytes = new byte[Decoding.BUFFER];
    char[] ahead = new char[4096];
    char[] tape = new char[4096];
    long[] lineStarts = new long[256];
    int[] lineNumbers = new int[256];

    /** This thread's spare buffers, or new ones (when none, or a parse on this thread still holds them). */
    static ParseBuffers take() {
        ParseBuffers b = SPARE.get();
        if (b == null) {
            return new ParseBuffers();
        }
        SPARE.set(null);
        return b;
    }

    /** Hands the buffers to the next parse on this thread; the caller must not use them any more. */
    void giveBack() {
        if (ahead.length <= KEEP_MAX && tape.length <= KEEP_MAX && lineStarts.length <= KEEP_MAX / 8) {
            SPARE.set(this);
        }
    }
}
