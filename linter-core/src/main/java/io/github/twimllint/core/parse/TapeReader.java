package io.github.twimllint.core.parse;

import io.github.twimllint.core.Templates;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * The reader between the decoded characters and the XML parser. It does two jobs in one pass:
 *
 * <ul>
 *   <li>It masks template constructs (the list is {@link Templates.Language}; docs/templates.md
 *       has an example of each) in place, one character for one, keeping line breaks, so every
 *       line and column stays where it was. Inside elements and attribute values the mask is
 *       {@link Templates#MASK}; outside the root it is a space, which XML allows there. An XML
 *       declaration after masked template code (PHP prints it after its own block) is masked too:
 *       the served document starts with it.</li>
 *   <li>It keeps the characters the parser has read but the engine has not yet released, and
 *       turns any character offset among them into a line and column. StAX reports only where a
 *       start tag begins, so attribute positions are recovered from these characters without
 *       reading the file twice. Memory is bounded by the parser's read-ahead plus the longest
 *       token.</li>
 *   <li>It does not keep what no location is ever asked for: past its first {@link #MAX_RUN}
 *       characters, the rest of a comment, processing instruction or DOCTYPE, and of a run of
 *       white space inside a tag or outside the root, is handed to the parser but left off the
 *       tape. Such a hole remembers only where it ends, its last two characters and where its
 *       last line starts, so a 20 MB comment costs no more than a short one.</li>
 * </ul>
 */
public final class TapeReader extends Reader {
    /** A construct whose end is not found within this many characters is taken literally. */
    static final int MAX_CONSTRUCT = 8192;
    /** PHP and ERB blocks hold whole programs: they may be longer. */
    static final int MAX_PHP = 64 * 1024;

    private static final int MAX_SPANS = 4096;
    /** Characters kept of a comment, PI, DOCTYPE or white-space run (suppression comments are read from them). */
    public static final int MAX_RUN = 1024;

    private final Reader in;
    private final boolean maskTemplates;
    private final boolean bulk;
    private final ParseBuffers buffers;

    // Look-ahead buffer of decoded characters not yet handed to the parser.
    // Small to start with (most TwiML is a few hundred characters); both grow when needed.
    private char[] buf;
    private int pos;
    private int end;
    private boolean eof;
    // A read error met while looking ahead; raised once the characters before it are handed out,
    // so the parser's position at the error is the error's position.
    private IOException pending;

    // Characters handed to the parser and not yet released; tape[tapeStart] is at offset tapeBase.
    // Released characters are dropped by moving tapeStart; the array is compacted only when full.
    private char[] tape;
    private int tapeStart;
    private int tapeLen;
    private long tapeBase;

    // Where lines start, noted as characters are handed out, so locating is a look-up instead of
    // a walk: line lineNumbers[i] has column 1 at offset lineStarts[i]. Entries from lineFirst on
    // are live; lineFirst's is that of tapeBase's line. A CRLF's LF is column 1 of the new line
    // like the character after it, so it adds a second entry for the same line after the LF.
    private long[] lineStarts;
    private int[] lineNumbers;
    private int lineFirst;
    private int lineCount;
    // The offset of the last CR handed out: a LF right after it ends no line of its own.
    private long lastCr = Long.MIN_VALUE;

    // Characters handed out but not kept, in offset order; holes[i] sits before tape[holes[i].index].
    private Hole[] holes = new Hole[4];
    private int holeCount;
    private boolean holeOpen;
    // Length of the current run of characters that may be left off (comment, PI, white space in a tag).
    private int run;
    // Set by next(): whether the character it produced belongs to such a run.
    private boolean droppable;

    /** Characters [start, end) left off the tape: where they end and their last two characters. */
    private static final class Hole {
        long start;
        long end;
        int index;
        char last1;
        char last2;
    }

    // The last located offset (-1: none) and its line, column and line entry.
    private long cacheOffset = -1;
    private int cacheLine;
    private int cacheColumn;
    private int cacheEntry;

    // Lexical state, only to choose the mask and to leave comments and CDATA alone.
    private static final int TEXT = 0;
    private static final int TAG = 1;
    private static final int ATTR = 2;
    private static final int COMMENT = 3;
    private static final int CDATA = 4;
    private static final int PI = 5;
    private static final int DECL = 6;
    private int state = TEXT;
    private boolean endTag;
    private char quote;
    private char previous;
    private int depth;
    private int declNesting;
    private int skipRemaining;
    private int maskRemaining;
    private char maskChar;

    // Offsets of masked constructs, for the xml-syntax message when a construct breaks the XML.
    private long[] spans = new long[8];
    private Templates.Language[] spanLanguages = new Templates.Language[4];
    private int spanCount;
    // True while everything handed out is white space or masked template code.
    private boolean prologClean = true;
    // The language of the construct being masked, set by constructAt.
    private Templates.Language found;

    /** {@code bulk} false hands out every character through the state machine (tests compare both ways). */
    TapeReader(Reader in, boolean maskTemplates, boolean bulk) {
        this(in, maskTemplates, bulk, new ParseBuffers());
    }

    /** A reader working in {@code buffers} (their content does not matter) until {@link #recycle()}. */
    TapeReader(Reader in, boolean maskTemplates, boolean bulk, ParseBuffers buffers) {
        this.in = in;
        this.maskTemplates = maskTemplates;
        this.bulk = bulk;
        this.buffers = buffers;
        buf = buffers.ahead;
        tape = buffers.tape;
        lineStarts = buffers.lineStarts;
        lineNumbers = buffers.lineNumbers;
        lineStarts[0] = 0;
        lineNumbers[0] = 1;
        lineCount = 1;
    }

    /**
     * Gives this reader's buffers (as grown) back for the next parse. Nothing may be read or
     * located through this reader afterwards: it fails loudly instead of reading another
     * document's characters.
     */
    void recycle() {
        if (buf == null) {
            return;
        }
        buffers.ahead = buf;
        buffers.tape = tape;
        buffers.lineStarts = lineStarts;
        buffers.lineNumbers = lineNumbers;
        buffers.giveBack();
        buf = null;
        tape = null;
    }

    // What a character may do to the lexical state, for markupRun (from 128 on: nothing).
    private static final byte LINE_END = 1;
    private static final byte SPACE = 2;
    private static final byte LT = 4;
    private static final byte GT = 8;
    private static final byte QUOTE = 16;
    private static final byte TEMPLATE = 32;
    private static final byte[] KIND = new byte[128];

    static {
        KIND['\n'] = LINE_END | SPACE;
        KIND['\r'] = LINE_END | SPACE;
        KIND[' '] = SPACE;
        KIND['\t'] = SPACE;
        KIND['<'] = LT;
        KIND['>'] = GT;
        KIND['"'] = QUOTE;
        KIND['\''] = QUOTE;
        KIND['{'] = TEMPLATE;
        KIND['$'] = TEMPLATE;
        KIND['#'] = TEMPLATE;
    }

    /**
     * Hands out, from {@code pos} up to {@code limit}, the characters that {@link #next()} would hand
     * out unchanged and keep: text, tags and values followed in one loop (most of a document), then
     * copied in one step, line starts noted on the way. It stops where {@link #next()} has to
     * decide: anything that may start a template construct, a comment, CDATA, PI or DOCTYPE, the
     * end of a comment or CDATA, white space around the root or longer than {@link #MAX_RUN} in a
     * tag. Returns how many characters it put into {@code cbuf} at {@code at}.
     */
    private int markupRun(int limit, char[] cbuf, int at) {
        if (maskRemaining > 0 || skipRemaining > 0 || prologClean) {
            return 0;
        }
        char[] b = buf;
        int template = maskTemplates ? TEMPLATE : 0;
        int textStop = LINE_END | LT | template;
        int valueStop = textStop | QUOTE;
        int tagStop = LINE_END | SPACE | LT | GT | QUOTE | template;
        long base = emitted - pos; // the offset of b[i] is base + i
        boolean open = holeOpen;
        holeOpen = false; // what this run hands out is kept: line starts noted in it are exact
        int st = state;
        int d = depth;
        int r = run;
        int i = pos;
        // Each state runs its own tight loop over ordinary characters; only the few characters
        // that matter there leave it.
        scan:
        while (i < limit) {
            char c;
            int kind;
            switch (st) {
                case TEXT:
                    if (d == 0) {
                        break scan; // around the root white space is left off
                    }
                    while ((c = b[i]) >= 128 || (kind = KIND[c] & textStop) == 0) {
                        if (++i == limit) {
                            break scan;
                        }
                    }
                    if (kind != LT) {
                        if (kind != LINE_END) {
                            break scan; // may start a template construct
                        }
                        lineBreak(c, base + i);
                    } else {
                        if (i + 1 >= end) {
                            break scan; // what follows decides
                        }
                        char n1 = b[i + 1];
                        if (n1 == '!' || n1 == '?' || n1 == '%' && maskTemplates) {
                            break scan;
                        }
                        st = TAG;
                        endTag = n1 == '/';
                    }
                    i++;
                    continue;
                case ATTR:
                    while ((c = b[i]) >= 128 || (kind = KIND[c] & valueStop) == 0 || kind == QUOTE && c != quote) {
                        if (++i == limit) {
                            break scan;
                        }
                    }
                    if (kind == LINE_END) {
                        lineBreak(c, base + i);
                    } else if (kind == QUOTE) {
                        st = TAG;
                    } else {
                        break scan; // '<' or what may start a template construct
                    }
                    i++;
                    continue;
                case TAG:
                    while ((c = b[i]) >= 128 || (kind = KIND[c] & tagStop) == 0) {
                        r = 0;
                        if (++i == limit) {
                            break scan;
                        }
                    }
                    if ((kind & SPACE) != 0) {
                        if (r >= MAX_RUN) {
                            break scan; // next() leaves the rest off the tape
                        }
                        r++;
                        if (kind != SPACE) {
                            lineBreak(c, base + i);
                        }
                    } else {
                        if (kind == QUOTE) {
                            st = ATTR;
                            quote = c;
                        } else if (kind == GT) {
                            char before = i > pos ? b[i - 1] : previous;
                            if (endTag) {
                                d = Math.max(0, d - 1);
                            } else if (before != '/') {
                                d++;
                            }
                            st = TEXT;
                        } else {
                            break scan; // '<' or what may start a template construct
                        }
                        r = 0;
                    }
                    i++;
                    continue;
                case COMMENT:
                case CDATA:
                    // A comment's characters are kept up to MAX_RUN: the rest goes through next(), which drops them.
                    int from = i;
                    int stop = st == COMMENT ? Math.min(limit, i + Math.max(0, MAX_RUN - r)) : limit;
                    while (i < stop && (c = b[i]) != '>') {
                        if (c == '\n' || c == '\r') {
                            lineBreak(c, base + i);
                        }
                        i++;
                    }
                    if (st == COMMENT) {
                        r += i - from;
                    }
                    break scan; // its end goes through next()
                default:
                    break scan;
            }
        }
        int n = i - pos;
        if (n == 0) {
            holeOpen = open;
            return 0;
        }
        state = st;
        depth = d;
        run = r;
        System.arraycopy(b, pos, cbuf, at, n);
        room(n);
        System.arraycopy(b, pos, tape, tapeLen, n);
        tapeLen += n;
        lastTwo = n >= 2 ? b[i - 2] : previous;
        previous = b[i - 1];
        droppable = false;
        pos = i;
        emitted += n;
        return n;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int produced = 0;
        while (produced < len) {
            if (end - pos < 16 && !eof) {
                fill(16);
            }
            if (pos >= end) {
                break;
            }
            int n = bulk ? markupRun(Math.min(end, pos + len - produced), cbuf, off + produced) : 0;
            if (n > 0) {
                produced += n;
                continue;
            }
            char c = next();
            cbuf[off + produced++] = c;
            if (droppable && ++run > MAX_RUN) {
                drop(c);
            } else {
                if (!droppable) {
                    run = 0;
                }
                keep(c);
            }
            if (c == '\n' || c == '\r') {
                lineBreak(c, emitted - 1);
            }
        }
        if (produced == 0) {
            if (pending != null) {
                IOException e = pending;
                pending = null;
                throw e;
            }
            return -1;
        }
        return produced;
    }

    /** Notes the line that a line end handed out at {@code offset} ends (the LF of a CRLF ends none). */
    private void lineBreak(char c, long offset) {
        int line = lineNumbers[lineCount - 1];
        if (c == '\r') {
            lastCr = offset;
            addLine(offset + 1, line + 1);
        } else {
            addLine(offset + 1, lastCr == offset - 1 ? line : line + 1);
        }
    }

    private void addLine(long start, int line) {
        int last = lineCount - 1;
        if (holeOpen && last > lineFirst && lineStarts[last] > holes[holeCount - 1].start) {
            // Nothing inside a hole is located: of its lines only the last one's start is needed.
            lineStarts[last] = start;
            lineNumbers[last] = line;
            return;
        }
        if (lineCount == lineStarts.length) {
            int live = lineCount - lineFirst;
            long[] starts = lineStarts;
            int[] numbers = lineNumbers;
            if (live >= lineStarts.length / 2) {
                starts = new long[lineStarts.length * 2];
                numbers = new int[lineStarts.length * 2];
            }
            System.arraycopy(lineStarts, lineFirst, starts, 0, live);
            System.arraycopy(lineNumbers, lineFirst, numbers, 0, live);
            lineStarts = starts;
            lineNumbers = numbers;
            lineCount = live;
            lineFirst = 0;
        }
        lineStarts[lineCount] = start;
        lineNumbers[lineCount] = line;
        lineCount++;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Total characters handed to the parser so far. */
    public long offset() {
        return emitted;
    }

    /**
     * The character at an offset still on the tape, or -1 when it was released or not yet read.
     * Inside a hole: its last two characters as they were, a space before them.
     */
    public int charAt(long offset) {
        if (offset < tapeBase || offset >= emitted) {
            return -1;
        }
        if (holeCount == 0) {
            return tape[tapeStart + (int) (offset - tapeBase)]; // the usual case, kept short for the JIT
        }
        int h = holeAt(offset);
        if (h < 0) {
            return tape[tapeStart + (int) (offset - tapeBase)];
        }
        Hole x = holes[h];
        if (offset >= x.end) {
            return tape[x.index + (int) (offset - x.end)];
        }
        return offset == x.end - 1 ? x.last1 : offset == x.end - 2 ? x.last2 : ' ';
    }

    /**
     * The first offset at or after {@code from} holding {@code c}, or the first one that cannot be
     * read ({@link #charAt} -1) before it. Searches the tape in one loop when it has no hole.
     */
    public long indexOf(char c, long from) {
        if (holeCount == 0 && from >= tapeBase) {
            for (int i = tapeStart + (int) Math.min(from - tapeBase, tapeLen - tapeStart); i < tapeLen; i++) {
                if (tape[i] == c) {
                    return tapeBase + (i - tapeStart);
                }
            }
            return Math.max(from, emitted);
        }
        long p = from;
        while (charAt(p) >= 0 && charAt(p) != c) {
            p++;
        }
        return p;
    }

    /**
     * The characters on the tape, for a scan of a start tag in one array (from {@link #indexAt} up to
     * {@link #tapeEnd}): holes are left out, which inside a tag are only white space. Valid until
     * the next read.
     */
    char[] tapeChars() {
        return tape;
    }

    /** The characters from {@code from} to {@code to}, both on the tape with no hole between them. */
    String text(long from, long to) {
        return to <= from ? "" : new String(tape, indexOf(from), (int) (to - from));
    }

    /** The index in {@link #tapeChars} of an offset on the tape (not inside a hole). */
    int indexAt(long offset) {
        return indexOf(offset);
    }

    /** True when characters handed out were left off the tape (a hole), so indexes and offsets differ. */
    boolean hasHoles() {
        return holeCount > 0;
    }

    /** The index after the last character on the tape: that of {@link #offset()}. */
    int tapeEnd() {
        return tapeLen;
    }

    /** The offset of the character at an index of {@link #tapeChars}: the inverse of {@link #indexAt}. */
    long offsetAt(int index) {
        int found = lastHole(index, true);
        return found < 0 ? tapeBase + (index - tapeStart) : holes[found].end + (index - holes[found].index);
    }

    /** The end of the hole the offset lies in, or the offset itself: a scan may jump there. */
    public long skipHole(long offset) {
        if (holeCount == 0) {
            return offset;
        }
        int h = holeAt(offset);
        return h >= 0 && offset < holes[h].end ? holes[h].end : offset;
    }

    /** The last hole starting at or before the offset, or -1. */
    private int holeAt(long offset) {
        return lastHole(offset, false);
    }

    /** The last hole whose start offset (or, {@code byIndex}, tape index) is at most {@code key}, or -1. */
    private int lastHole(long key, boolean byIndex) {
        int lo = 0;
        int hi = holeCount - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if ((byIndex ? holes[mid].index : holes[mid].start) <= key) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The index in {@code tape} of the offset (which is not inside a hole, or at its start). */
    private int indexOf(long offset) {
        int h = holeAt(offset);
        if (h < 0) {
            return tapeStart + (int) (offset - tapeBase);
        }
        Hole x = holes[h];
        return offset < x.end ? x.index : x.index + (int) (offset - x.end);
    }

    /** Forgets characters before {@code offset}; positions before it can no longer be located. */
    public void release(long offset) {
        long target = Math.min(offset, emitted);
        int h = holeAt(target);
        if (h >= 0 && target > holes[h].start && target < holes[h].end) {
            target = holes[h].start; // Never inside a hole: its start position is the last one known.
        }
        if (target <= tapeBase) {
            return;
        }
        int d = indexOf(target);
        int gone = 0;
        while (gone < holeCount && holes[gone].end <= target) {
            gone++;
        }
        if (gone > 0) {
            System.arraycopy(holes, gone, holes, 0, holeCount - gone);
            for (int i = holeCount - gone; i < holeCount; i++) {
                holes[i] = null;
            }
            holeCount -= gone;
            if (holeCount == 0) {
                holeOpen = false;
            }
        }
        tapeStart = d;
        tapeBase = target;
        while (lineFirst + 1 < lineCount && lineStarts[lineFirst + 1] <= target) {
            lineFirst++;
        }
        if (cacheOffset < tapeBase) {
            cacheOffset = -1;
        }
    }

    /** Line of an offset on the tape (1-based). */
    public int lineOf(long offset) {
        locate(offset);
        return cacheLine;
    }

    /** Column of an offset on the tape (1-based, UTF-16 units). */
    public int columnOf(long offset) {
        locate(offset);
        return cacheColumn;
    }

    /** The first offset still on the tape. */
    public long firstOffset() {
        return tapeBase;
    }

    /** True when the offset can still be located. */
    public boolean onTape(long offset) {
        return offset >= tapeBase && offset <= emitted;
    }

    /**
     * Looks the offset's line up among the line starts. Before the tape it is where the tape
     * starts, past the characters handed out where they end, and inside a hole where the hole
     * starts (nothing there is ever located).
     */
    private void locate(long offset) {
        if (offset == cacheOffset) {
            return;
        }
        long o = Math.min(Math.max(offset, tapeBase), emitted);
        if (holeCount > 0) {
            int h = holeAt(o);
            if (h >= 0 && o > holes[h].start && o < holes[h].end) {
                o = holes[h].start;
            }
        }
        // The last line starting at or before o. Offsets are mostly asked in order, a few lines
        // apart at most: look from the previous answer first.
        int lo = cacheEntry;
        if (lo < lineFirst || lo >= lineCount || lineStarts[lo] > o) {
            lo = lineFirst;
        }
        int hi = lineCount - 1;
        for (int step = 0; step < 4 && lo < hi && lineStarts[lo + 1] <= o; step++) {
            lo++;
        }
        if (lo < hi && lineStarts[lo + 1] > o) {
            hi = lo;
        }
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= o) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        cacheEntry = lo;
        cacheLine = lineNumbers[lo];
        cacheColumn = (int) (o - lineStarts[lo]) + 1;
        cacheOffset = offset;
    }

    /** True when the offset lies in, or right after, a masked template construct. */
    public boolean nearTemplate(long offset) {
        return templateNear(offset) != null;
    }

    /** The language of the masked construct the offset lies in or right after, or null. */
    public Templates.Language templateNear(long offset) {
        for (int i = 0; i < spanCount; i++) {
            if (offset >= spans[2 * i] && offset <= spans[2 * i + 1]) {
                return spanLanguages[i];
            }
        }
        return null;
    }

    public int templateCount() {
        return spanCount;
    }

    private void keep(char c) {
        holeOpen = false;
        room(1);
        tape[tapeLen++] = c;
    }

    /** Makes room for {@code n} more characters on the tape: drops released ones, grows when it is still half full. */
    private void room(int n) {
        if (tapeLen + n <= tape.length) {
            return;
        }
        int live = tapeLen - tapeStart;
        char[] target = live + n <= tape.length / 2 ? tape : new char[Math.max(tape.length * 2, live + n)];
        System.arraycopy(tape, tapeStart, target, 0, live);
        for (int i = 0; i < holeCount; i++) {
            holes[i].index -= tapeStart;
        }
        tape = target;
        tapeLen = live;
        tapeStart = 0;
    }

    /** Leaves the character just produced off the tape, in the open hole or a new one. */
    private void drop(char c) {
        Hole x;
        if (holeOpen) {
            x = holes[holeCount - 1];
        } else {
            long at = emitted - 1;
            if (holeCount == holes.length) {
                holes = Arrays.copyOf(holes, holeCount * 2);
            }
            x = new Hole();
            x.start = at;
            x.end = at;
            x.index = tapeLen;
            holes[holeCount++] = x;
            holeOpen = true;
        }
        x.end++;
        x.last2 = x.last1;
        x.last1 = c;
    }

    /** Makes at least {@code n} characters available from {@code pos}, unless the input ends. */
    private void fill(int n) throws IOException {
        if (end - pos >= n || eof) {
            return;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, end - pos);
            end -= pos;
            pos = 0;
        }
        if (n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(n, buf.length * 2));
        }
        while (end - pos < n && !eof) {
            int r;
            try {
                r = in.read(buf, end, buf.length - end);
            } catch (IOException e) {
                pending = e;
                r = -1;
            }
            if (r < 0) {
                eof = true;
            } else {
                end += r;
            }
        }
    }

    private int peek(int ahead) {
        int i = pos + ahead;
        return i < end ? buf[i] : -1;
    }

    /** Produces the next character for the parser, masking and tracking lexical state. */
    private char next() throws IOException {
        char c = buf[pos];
        droppable = false;
        if (maskRemaining > 0) {
            maskRemaining--;
            pos++;
            emitted++;
            return c == '\n' || c == '\r' ? c : maskChar;
        }
        if (skipRemaining > 0) {
            skipRemaining--;
            pos++;
            emitted++;
            lastTwo = previous;
            previous = c;
            return c;
        }
        if (maskTemplates && (state == TEXT || state == TAG || state == ATTR)) {
            int length = constructAt(c);
            if (length > 0) {
                long start = emitted;
                recordSpan(start, start + length, found);
                maskChar = state == TEXT && depth == 0 ? ' ' : Templates.MASK;
                maskRemaining = length - 1;
                pos++;
                emitted++;
                return maskChar;
            }
        }
        pos++;
        emitted++;
        if (prologClean && !(c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
            prologClean = false;
        }
        int before = state;
        track(c);
        previous = c;
        // Nothing is ever located inside these: a comment, PI or DOCTYPE past its start, white
        // space in a tag or around the root. The '<' that starts one is located (a comment's or
        // a DOCTYPE's position), even right after a long run of white space.
        droppable = before != TEXT && (state == COMMENT || state == PI || state == DECL)
                || (state == TAG || state == TEXT && depth == 0) && (c == ' ' || c == '\t' || c == '\n' || c == '\r');
        return c;
    }

    // Characters produced so far, counted as they are produced (the tape is appended per read()).
    private long emitted;

    private void recordSpan(long start, long endOffset, Templates.Language language) {
        if (spanCount < MAX_SPANS) {
            if (2 * spanCount + 1 >= spans.length) {
                spans = Arrays.copyOf(spans, spans.length * 2);
            }
            if (spanCount >= spanLanguages.length) {
                spanLanguages = Arrays.copyOf(spanLanguages, spanLanguages.length * 2);
            }
            spanLanguages[spanCount] = language;
            spans[2 * spanCount] = start;
            spans[2 * spanCount + 1] = endOffset;
            spanCount++;
        }
    }

    private void track(char c) throws IOException {
        switch (state) {
            case TEXT:
                if (c == '<') {
                    fill(9);
                    int n1 = peek(0);
                    if (n1 == '!') {
                        if (peek(1) == '-' && peek(2) == '-') {
                            state = COMMENT;
                            skipRemaining = 3;
                        } else if (matches(1, "[CDATA[")) {
                            state = CDATA;
                            skipRemaining = 8;
                        } else {
                            state = DECL;
                            declNesting = 0;
                        }
                    } else if (n1 == '?') {
                        state = PI;
                        skipRemaining = 1;
                    } else {
                        state = TAG;
                        endTag = n1 == '/';
                    }
                }
                break;
            case TAG:
                if (c == '"' || c == '\'') {
                    state = ATTR;
                    quote = c;
                } else if (c == '>') {
                    if (endTag) {
                        depth = Math.max(0, depth - 1);
                    } else if (previous != '/') {
                        depth++;
                    }
                    state = TEXT;
                }
                break;
            case ATTR:
                if (c == quote) {
                    state = TAG;
                }
                break;
            case COMMENT:
                if (c == '>' && previous == '-' && lastTwo == '-') {
                    state = TEXT;
                }
                break;
            case CDATA:
                if (c == '>' && previous == ']' && lastTwo == ']') {
                    state = TEXT;
                }
                break;
            case PI:
                if (c == '>' && previous == '?') {
                    state = TEXT;
                }
                break;
            case DECL:
                if (c == '[') {
                    declNesting++;
                } else if (c == ']') {
                    declNesting--;
                } else if (c == '>' && declNesting <= 0) {
                    state = TEXT;
                }
                break;
            default:
                break;
        }
        lastTwo = previous;
    }

    private char lastTwo;

    private boolean matches(int ahead, String s) {
        for (int i = 0; i < s.length(); i++) {
            if (peek(ahead + i) != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Length of the template construct starting at {@code pos}, or 0 when there is none. */
    private int constructAt(char c) throws IOException {
        if (c != '{' && c != '$' && c != '<' && c != '#') {
            return 0;
        }
        fill(6);
        int n1 = peek(1);
        if (c == '{' && n1 == '{') {
            found = Templates.Language.MUSTACHE;
            return closedBy(peek(2) == '{' ? "}}}" : "}}", MAX_CONSTRUCT);
        }
        if (c == '{' && (n1 == '%' || n1 == '#')) {
            found = Templates.Language.JINJA;
            return closedBy(n1 == '%' ? "%}" : "#}", MAX_CONSTRUCT);
        }
        if (c == '$' && n1 == '{') {
            found = Templates.Language.DOLLAR_BRACE;
            return braces(2);
        }
        if (c == '#' && n1 == '{') {
            found = Templates.Language.RUBY;
            return braces(2);
        }
        if (c == '{') {
            found = Templates.Language.SINGLE_BRACE;
            // Only in values: in text a brace is too often literal (an identity "{alice}" is an error).
            return state == ATTR ? singleBrace() : 0;
        }
        if (c == '<' && n1 == '%') {
            found = Templates.Language.ERB;
            return closedBy("%>", MAX_PHP);
        }
        if (c == '<' && n1 == '?') {
            if (matches(2, "xml") && isXmlSpace(peek(5))) {
                // An XML declaration after masked template code only: what the template serves starts here.
                if (!prologClean || spanCount == 0 || state != TEXT || depth > 0) {
                    return 0;
                }
                found = Templates.Language.PHP;
                return closedBy("?>", MAX_CONSTRUCT);
            }
            if (matches(2, "php") || peek(2) == '=' || isXmlSpace(peek(2))) {
                found = Templates.Language.PHP;
                return php();
            }
        }
        return 0;
    }

    /** Length up to and including {@code closer}, or 0 when it does not come within {@code max}. */
    private int closedBy(String closer, int max) throws IOException {
        fill(max);
        int limit = Math.min(end, pos + max);
        outer:
        for (int i = pos + 2; i + closer.length() <= limit; i++) {
            for (int k = 0; k < closer.length(); k++) {
                if (buf[i + k] != closer.charAt(k)) {
                    continue outer;
                }
            }
            return i + closer.length() - pos;
        }
        return 0;
    }

    /** {@code ${...}}, {@code #{...}}: up to the brace that closes the first one, nested braces counted. */
    private int braces(int from) throws IOException {
        fill(MAX_CONSTRUCT);
        int limit = Math.min(end, pos + MAX_CONSTRUCT);
        int nesting = 0;
        for (int i = pos + from; i < limit; i++) {
            char d = buf[i];
            if (d == '{') {
                nesting++;
            } else if (d == '}') {
                if (nesting == 0) {
                    return i + 1 - pos;
                }
                nesting--;
            }
        }
        return 0;
    }

    /** A single-brace placeholder in an attribute value (see {@link Templates#braceLength}). */
    private int singleBrace() throws IOException {
        fill(Templates.MAX_BRACE + 2);
        int limit = Math.min(end, pos + Templates.MAX_BRACE + 2);
        return Templates.braceLength(java.nio.CharBuffer.wrap(buf, pos, limit - pos), 0, quote);
    }

    /**
     * A PHP block up to its {@code ?>}, which does not end it inside a string literal or a block
     * comment; a line comment ends at the line's end or at {@code ?>}, as in PHP. A block still
     * open at the end of the input ends there (PHP allows leaving out the last {@code ?>}).
     */
    private int php() throws IOException {
        fill(MAX_PHP);
        int limit = Math.min(end, pos + MAX_PHP);
        int i = pos + 2;
        while (i < limit) {
            char d = buf[i];
            if (d == '?' && i + 1 < limit && buf[i + 1] == '>') {
                return i + 2 - pos;
            }
            if (d == '\'' || d == '"' || d == '`') {
                i++;
                while (i < limit && buf[i] != d) {
                    i += buf[i] == '\\' ? 2 : 1;
                }
                i++;
            } else if (d == '/' && i + 1 < limit && buf[i + 1] == '*') {
                i += 2;
                while (i + 1 < limit && !(buf[i] == '*' && buf[i + 1] == '/')) {
                    i++;
                }
                i += 2;
            } else if (d == '#' && !(i + 1 < limit && buf[i + 1] == '[')
                    || d == '/' && i + 1 < limit && buf[i + 1] == '/') {
                while (i < limit && buf[i] != '\n' && buf[i] != '\r'
                        && !(buf[i] == '?' && i + 1 < limit && buf[i + 1] == '>')) {
                    i++;
                }
            } else {
                i++;
            }
        }
        return eof && end - pos <= MAX_PHP ? end - pos : 0;
    }

    private static boolean isXmlSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
