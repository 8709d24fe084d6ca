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
 * </ul>
 */
public final class TapeReader extends Reader {
    /** A construct whose end is not found within this many characters is taken literally. */
    static final int MAX_CONSTRUCT = 8192;
    /** PHP and ERB blocks hold whole programs: they may be longer. */
    static final int MAX_PHP = 64 * 1024;

    private static final int MAX_SPANS = 4096;

    private final Reader in;
    private final boolean maskTemplates;

    // Look-ahead buffer of decoded characters not yet handed to the parser.
    // Small to start with (most TwiML is a few hundred characters); both grow when needed.
    private char[] buf = new char[4096];
    private int pos;
    private int end;
    private boolean eof;
    // A read error met while looking ahead; raised once the characters before it are handed out,
    // so the parser's position at the error is the error's position.
    private IOException pending;

    // Characters handed to the parser and not yet released; tape[0] is at offset tapeBase.
    private char[] tape = new char[4096];
    private int tapeLen;
    private long tapeBase;
    private final Position base = new Position();

    // Cache of the last located offset, so locating in order is linear.
    private long cacheOffset = -1;
    private final Position cache = new Position();

    /** A line and column, moved forward over characters: CRLF, CR and LF each end one line. */
    private static final class Position {
        int line = 1;
        int column = 1;
        boolean afterCr;

        void set(Position other) {
            line = other.line;
            column = other.column;
            afterCr = other.afterCr;
        }

        void advance(char[] chars, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = chars[i];
                if (c == '\n') {
                    if (!afterCr) {
                        line++;
                        column = 1;
                    }
                    afterCr = false;
                } else if (c == '\r') {
                    line++;
                    column = 1;
                    afterCr = true;
                } else {
                    column++;
                    afterCr = false;
                }
            }
        }
    }

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

    public TapeReader(Reader in, boolean maskTemplates) {
        this.in = in;
        this.maskTemplates = maskTemplates;
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
            cbuf[off + produced++] = next();
        }
        if (produced == 0) {
            if (pending != null) {
                IOException e = pending;
                pending = null;
                throw e;
            }
            return -1;
        }
        appendTape(cbuf, off, produced);
        return produced;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Total characters handed to the parser so far. */
    public long offset() {
        return tapeBase + tapeLen;
    }

    /** The character at an offset still on the tape, or -1 when it was released or not yet read. */
    public int charAt(long offset) {
        long i = offset - tapeBase;
        return i < 0 || i >= tapeLen ? -1 : tape[(int) i];
    }

    /** Forgets characters before {@code offset}; positions before it can no longer be located. */
    public void release(long offset) {
        long drop = Math.min(offset - tapeBase, tapeLen);
        if (drop <= 0) {
            return;
        }
        int d = (int) drop;
        base.advance(tape, 0, d);
        System.arraycopy(tape, d, tape, 0, tapeLen - d);
        tapeLen -= d;
        tapeBase += d;
        if (cacheOffset < tapeBase) {
            cacheOffset = -1;
        }
    }

    /** Line of an offset on the tape (1-based). */
    public int lineOf(long offset) {
        locate(offset);
        return cache.line;
    }

    /** Column of an offset on the tape (1-based, UTF-16 units). */
    public int columnOf(long offset) {
        locate(offset);
        return cache.column;
    }

    /** The first offset still on the tape. */
    public long firstOffset() {
        return tapeBase;
    }

    /** True when the offset can still be located. */
    public boolean onTape(long offset) {
        return offset >= tapeBase && offset <= tapeBase + tapeLen;
    }

    private void locate(long offset) {
        if (offset == cacheOffset) {
            return;
        }
        long from;
        if (cacheOffset >= tapeBase && cacheOffset <= offset) {
            from = cacheOffset;
        } else {
            from = tapeBase;
            cache.set(base);
        }
        long to = Math.min(offset, tapeBase + tapeLen);
        if (to > from) {
            cache.advance(tape, (int) (from - tapeBase), (int) (to - tapeBase));
        }
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

    private void appendTape(char[] src, int off, int len) {
        if (tapeLen + len > tape.length) {
            tape = Arrays.copyOf(tape, Math.max(tape.length * 2, tapeLen + len));
        }
        System.arraycopy(src, off, tape, tapeLen, len);
        tapeLen += len;
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
        track(c);
        previous = c;
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
