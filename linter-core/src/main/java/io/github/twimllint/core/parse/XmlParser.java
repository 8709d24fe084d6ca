package io.github.twimllint.core.parse;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.exc.WstxLazyException;
import com.ctc.wstx.stax.WstxInputFactory;
import io.github.twimllint.core.Attribute;
import io.github.twimllint.core.Fix;
import io.github.twimllint.core.Messages;
import io.github.twimllint.core.Source;
import java.io.FileNotFoundException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.LocationInfo;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Reads one document as a stream of located events: bytes are decoded ({@link Decoding}),
 * template constructs masked ({@link TapeReader}), the XML parsed by Woodstox, and each start tag,
 * end tag, text run and comment handed to a {@link Handler} with exact lines and columns (the
 * attribute values' too, recovered from the raw tag). A document that is not well-formed ends in
 * one {@link Handler#syntaxProblem}; a file that cannot be read ends in an {@link Outcome} with
 * the reason. It never throws for bad input; what a handler throws passes through.
 */
public final class XmlParser {

    /**
     * Deliberate limits, far beyond any real TwiML (Twilio accepts documents up to 64 KB), so a
     * hostile document ends in a clear finding instead of eating stack or heap. Text is not
     * limited: it is streamed, and an element keeps at most a bounded part of it.
     */
    public static final int MAX_DEPTH = 1000;
    public static final int MAX_ATTRIBUTE_LENGTH = 1 << 20;
    public static final int MAX_ATTRIBUTES = 1000;

    private static final XMLInputFactory FACTORY = createFactory();

    /** What the parser hands over, in document order. */
    public interface Handler {
        /**
         * A start tag at its {@code <} (line, column and character offset); false skips the document
         * (used when sniffing a root that is not wanted).
         */
        boolean startElement(String name, int line, int column, long offset, List<Attribute> attributes);

        /** An end tag at its {@code </}; offset -1 for the end of an empty-element tag {@code <x/>}. */
        void endElement(int line, int column, long offset);

        /** Character data inside an element (possibly one of several runs). */
        void text(Text text);

        /**
         * A comment, its text without {@code <!--} and {@code -->} (at most its first
         * {@link TapeReader#MAX_RUN} characters, line ends as written), at its {@code <!--};
         * {@code endLine} is the line of its {@code -->}.
         */
        void comment(String text, int line, int column, int endLine);

        /**
         * A place where reading stops (a limit, a DTD, bytes not in the encoding); nothing follows
         * but {@link Outcome}.
         */
        void syntaxProblem(int line, int column, String message);

        /**
         * The document is not well-formed XML there; nothing follows but {@link Outcome}. What came
         * before may be an effect of the mistake. A {@code note} is not a mistake in the TwiML: the
         * file is all template code, so there is nothing to check.
         */
        void notWellFormed(int line, int column, String message, boolean note, Fix fix);

        /** The document was read to its end and was well-formed. */
        void endDocument();
    }

    /**
     * How reading ended: {@code skipped} when the sniffed root was not wanted, a {@code readError}
     * when the file could not be read, else {@code complete} tells whether all of it was read.
     */
    public record Outcome(boolean complete, boolean skipped, String readError) {
        static final Outcome SKIPPED = new Outcome(false, true, null);

        static Outcome unreadable(String error) {
            return new Outcome(false, false, error);
        }
    }

    /** A run of character data: its characters and, computed on demand, where its non-blank part lies. */
    public final class Text {
        private char[] chars;
        private int start;
        private int length;
        private long from;
        private long to;

        public char[] chars() {
            return chars;
        }

        public int start() {
            return start;
        }

        public int length() {
            return length;
        }

        public boolean isBlank() {
            for (int i = start, end = start + length; i < end; i++) {
                if (!isSpace(chars[i])) {
                    return false;
                }
            }
            return true;
        }

        private long first() {
            long p = from;
            while (p < to && isSpace(tape.charAt(p))) {
                p++;
            }
            return p;
        }

        private long last() {
            long p = to;
            while (p > from && isSpace(tape.charAt(p - 1))) {
                p--;
            }
            return p;
        }

        /** Line of the first non-blank character. */
        public int firstLine() {
            return tape.lineOf(first());
        }

        public int firstColumn() {
            return tape.columnOf(first());
        }

        /** Character offset of the first non-blank character. */
        public long firstOffset() {
            return first();
        }

        /** Line and column just after the last non-blank character. */
        public int endLine() {
            return tape.lineOf(last());
        }

        public int endColumn() {
            return tape.columnOf(last());
        }
    }

    private final Source source;
    private final boolean templates;
    private final Handler handler;
    private final Text text = new Text();
    private TapeReader tape;
    private long bytesRead;
    private int depth;
    private boolean rootSeen;
    /** Where a DOCTYPE before the root of a sniffed file starts (0: none seen). */
    private int dtdLine;
    private int dtdColumn;
    // Whether the document holds anything but white space before its root (a comment, a PI).
    private boolean prologSeen;
    // Where the last comment starts, until it is handed on (-1: none): it is read from the tape
    // once the parser has gone past it.
    private long pendingComment = -1;
    // The walk over a start tag (see attributes): the line and column of the tape's index walkIndex.
    private int walkIndex;
    private int walkLine;
    private int walkColumn;
    private boolean walkAfterCr;

    public XmlParser(Source source, boolean templates, Handler handler) {
        this.source = source;
        this.templates = templates;
        this.handler = handler;
    }

    private static XMLInputFactory createFactory() {
        XMLInputFactory f = new WstxInputFactory();
        // Safe by construction: no DTDs, no external anything, no network, bounded expansion.
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(XMLInputFactory.IS_VALIDATING, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        f.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, 10_000);
        f.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, 4);
        // Lazy: a comment or PI nobody asks the text of is skipped, not buffered (a 20 MB comment
        // would be held whole); comments are read from the tape instead.
        f.setProperty(WstxInputProperties.P_LAZY_PARSING, true);
        // The parser checks depth itself (for a clear message); Woodstox's limit is a backstop.
        f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, MAX_DEPTH + 1);
        f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, MAX_ATTRIBUTE_LENGTH);
        f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, MAX_ATTRIBUTES);
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are never read (" + systemId + ")");
        });
        return f;
    }

    /** Reads the whole source, calling the handler; at most once per parser. */
    public Outcome parse() {
        ParseBuffers buffers = ParseBuffers.take();
        try {
            return read(buffers);
        } finally {
            if (tape != null) {
                tape.recycle();
            } else {
                buffers.giveBack();
            }
        }
    }

    private Outcome read(ParseBuffers buffers) {
        InputStream in;
        try {
            in = source.open();
        } catch (NoSuchFileException | FileNotFoundException e) {
            return Outcome.unreadable(describe(e));
        } catch (AccessDeniedException e) {
            return Outcome.unreadable("permission denied");
        } catch (IOException e) {
            return Outcome.unreadable(describe(e));
        }
        try (InputStream input = in) {
            Reader reader = Decoding.reader(new Counting(input), buffers.bytes);
            tape = new TapeReader(reader, templates, true, buffers);
            XMLStreamReader2 xml = (XMLStreamReader2) FACTORY.createXMLStreamReader(tape);
            try {
                return events(xml);
            } catch (WstxLazyException e) {
                // A token the lazy parser finished on demand was broken: the same as from next().
                throw e.getCause() instanceof XMLStreamException x ? x : new XMLStreamException(e);
            } finally {
                closeQuietly(xml);
            }
        } catch (XMLStreamException e) {
            Throwable cause = rootCause(e);
            if (cause instanceof CharacterCodingException) {
                if (source.sniffRoot() && !rootSeen) {
                    return Outcome.SKIPPED;
                }
                encodingError();
            } else if (cause instanceof IOException && !(cause instanceof Decoding.UnsupportedEncodingDeclared)) {
                return Outcome.unreadable(describe((IOException) cause));
            } else {
                if (source.sniffRoot() && !rootSeen) {
                    return Outcome.SKIPPED;
                }
                Location at = e.getLocation();
                flushComment(at == null || at.getCharacterOffset() < 0 ? 0 : at.getCharacterOffset());
                ParseErrors.Problem p = ParseErrors.describe(e, tape, prologSeen);
                handler.notWellFormed(p.line(), p.column(), p.message(), p.note(), p.fix());
            }
        } catch (CharacterCodingException e) {
            encodingError();
        } catch (Decoding.UnsupportedEncodingDeclared e) {
            handler.syntaxProblem(1, 1, e.getMessage());
        } catch (IOException e) {
            return Outcome.unreadable(describe(e));
        }
        return new Outcome(false, false, null);
    }

    /**
     * How many bytes of the source were read so far: at {@link Handler#endDocument()} the whole
     * document's size (the parser reads to the end of input before it ends the document).
     */
    public long bytesRead() {
        return bytesRead;
    }

    /** Counts the bytes read through it, so the size is known without a second pass or a stat. */
    private final class Counting extends FilterInputStream {
        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                bytesRead++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                bytesRead += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            bytesRead += skipped;
            return skipped;
        }
    }

    private Outcome events(XMLStreamReader2 xml) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            LocationInfo info = xml.getLocationInfo();
            long start = info.getStartingCharOffset();
            flushComment(start);
            // Nothing before the token is located from here on; releasing it now, while the tape
            // still knows where the previous token began, walks each character once.
            tape.release(start);
            if (event != XMLStreamConstants.SPACE && event != XMLStreamConstants.START_DOCUMENT) {
                prologSeen = true;
            }
            switch (event) {
                case XMLStreamConstants.START_ELEMENT:
                    if (dtdLine > 0) {
                        // A sniffed file with a DOCTYPE: its root decides whether it is TwiML.
                        if (!"Response".equals(xml.getPrefixedName())) {
                            return Outcome.SKIPPED;
                        }
                        dtdError(dtdLine, dtdColumn);
                        return new Outcome(false, false, null);
                    }
                    if (depth >= MAX_DEPTH) {
                        handler.syntaxProblem(tape.lineOf(start), tape.columnOf(start),
                                "elements are nested deeper than " + MAX_DEPTH
                                        + " levels; the rest of the document was not read");
                        return new Outcome(false, false, null);
                    }
                    if (depth == 0 && !rootSeen) {
                        rootSeen = true;
                    }
                    int line = tape.lineOf(start);
                    int column = tape.columnOf(start);
                    if (!handler.startElement(xml.getPrefixedName(), line, column, start,
                            attributes(xml, start, line, column))) {
                        return Outcome.SKIPPED;
                    }
                    depth++;
                    break;
                case XMLStreamConstants.END_ELEMENT:
                    depth--;
                    // An empty-element tag <x/> ends without an end tag of its own.
                    boolean endTag = tape.charAt(start) == '<' && tape.charAt(start + 1) == '/';
                    handler.endElement(tape.lineOf(start), tape.columnOf(start), endTag ? start : -1);
                    break;
                case XMLStreamConstants.CHARACTERS:
                case XMLStreamConstants.CDATA:
                case XMLStreamConstants.SPACE:
                    if (depth > 0) {
                        text.chars = xml.getTextCharacters();
                        text.start = xml.getTextStart();
                        text.length = xml.getTextLength();
                        text.from = start;
                        text.to = info.getEndingCharOffset();
                        handler.text(text);
                    }
                    break;
                case XMLStreamConstants.COMMENT:
                    // Its text is not asked for: the parser skips it without holding it.
                    pendingComment = start;
                    break;
                case XMLStreamConstants.DTD:
                    if (source.sniffRoot() && !rootSeen) {
                        dtdLine = tape.lineOf(start);
                        dtdColumn = tape.columnOf(start);
                        break;
                    }
                    dtdError(tape.lineOf(start), tape.columnOf(start));
                    return new Outcome(false, false, null);
                default:
                    break;
            }
        }
        handler.endDocument();
        return new Outcome(true, false, null);
    }

    /**
     * Hands on the comment the parser went past: its first characters from the tape, where it
     * starts and the line of its end, when it ends before {@code limit} (the next token, or where
     * the parser stopped: a comment the parser stopped in is not handed on).
     */
    private void flushComment(long limit) {
        long start = pendingComment;
        if (start < 0) {
            return;
        }
        pendingComment = -1;
        long cut = Long.MAX_VALUE; // the text is the part before the first hole
        long end = Math.min(limit, tape.offset());
        for (long p = start + 4; p < end; p++) {
            long after = tape.skipHole(p);
            if (after != p) {
                cut = Math.min(cut, p);
                if (after - 2 > p) {
                    p = after - 3; // The hole's last two characters are kept: "--" may end the comment.
                    continue;
                }
            }
            if (tape.charAt(p) == '>' && p >= start + 6 && tape.charAt(p - 1) == '-' && tape.charAt(p - 2) == '-') {
                String text = tape.text(start + 4, Math.min(cut, p - 2));
                handler.comment(text, tape.lineOf(start), tape.columnOf(start), tape.lineOf(p));
                return;
            }
        }
    }

    /**
     * Reads the attributes, recovering where each value starts and ends from the raw start tag
     * still on the tape (StAX reports only where the tag begins). The tag is scanned in the
     * tape's array, where a hole (a long run of white space) is simply absent. Without a hole the
     * lines and columns are counted on the way from the tag's {@code <} at {@code line:column}.
     */
    private List<Attribute> attributes(XMLStreamReader2 xml, long start, int line, int column) {
        int count = xml.getAttributeCount();
        if (count == 0) {
            return List.of();
        }
        List<Attribute> list = new ArrayList<>(count);
        char[] t = tape.tapeChars();
        int end = tape.tapeEnd();
        int p = tape.indexAt(start);
        boolean walk = !tape.hasHoles();
        long base = start - p;
        walkIndex = p;
        walkLine = line;
        walkColumn = column;
        walkAfterCr = false;
        p++;
        // Skip the element name.
        while (p < end && !endsName(t[p])) {
            p++;
        }
        for (int i = 0; i < count; i++) {
            String prefix = xml.getAttributePrefix(i);
            String local = xml.getAttributeLocalName(i);
            String name = prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
            String value = xml.getAttributeValue(i);
            int valueStart = -1;
            int valueEnd = -1;
            int nameAt = -1;
            // Raw attributes come in document order, as Woodstox reports them.
            while (true) {
                p = skipSpace(t, p, end);
                if (p >= end || t[p] == '>' || t[p] == '/') {
                    break;
                }
                int nameStart = p;
                while (p < end && !endsName(t[p]) && t[p] != '=') {
                    p++;
                }
                boolean same = rawEquals(t, nameStart, p, name);
                if (same) {
                    nameAt = nameStart;
                }
                p = skipSpace(t, p, end);
                if (p >= end || t[p] != '=') {
                    break;
                }
                p = skipSpace(t, p + 1, end);
                char quote = p < end ? t[p] : 0;
                if (quote != '"' && quote != '\'') {
                    break;
                }
                int vs = p + 1;
                p = vs;
                while (p < end && t[p] != quote) {
                    p++;
                }
                int ve = p;
                p++;
                if (same) {
                    valueStart = vs;
                    valueEnd = ve;
                    break;
                }
            }
            Attribute a;
            if (valueStart >= 0 && walk) {
                walkTo(t, nameAt);
                int nameLine = walkLine;
                int nameColumn = walkColumn;
                walkTo(t, valueStart);
                int valueLine = walkLine;
                int valueColumn = walkColumn;
                walkTo(t, valueEnd);
                a = new Attribute(name, value, valueLine, valueColumn, walkLine, walkColumn,
                        base + nameAt, nameLine, nameColumn, base + valueStart);
            } else if (valueStart >= 0) {
                long nameOffset = tape.offsetAt(nameAt);
                long valueOffset = tape.offsetAt(valueStart);
                long valueEndOffset = tape.offsetAt(valueEnd);
                int nameLine = tape.lineOf(nameOffset);
                int nameColumn = tape.columnOf(nameOffset);
                int valueLine = tape.lineOf(valueOffset);
                int valueColumn = tape.columnOf(valueOffset);
                a = new Attribute(name, value, valueLine, valueColumn, tape.lineOf(valueEndOffset),
                        tape.columnOf(valueEndOffset), nameOffset, nameLine, nameColumn, valueOffset);
            } else {
                // Should not happen for well-formed tags; fall back to the tag's position.
                a = new Attribute(name, value, line, column, line, column + 1);
            }
            list.add(a);
        }
        return list;
    }

    /**
     * Moves the walk over a start tag in the tape's array on to index {@code to}, counting lines
     * as {@link TapeReader} does: CR, LF and CRLF each end one line.
     */
    private void walkTo(char[] t, int to) {
        int line = walkLine;
        int column = walkColumn;
        boolean afterCr = walkAfterCr;
        for (int k = walkIndex; k < to; k++) {
            char c = t[k];
            if (c > '\r') {
                column++;
                afterCr = false;
            } else if (c == '\n') {
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
        walkIndex = to;
        walkLine = line;
        walkColumn = column;
        walkAfterCr = afterCr;
    }

    /** Where a name in a tag ends (an attribute's also at {@code =}). */
    private static boolean endsName(char c) {
        return isSpace(c) || c == '>' || c == '/';
    }

    private static int skipSpace(char[] t, int p, int end) {
        while (p < end && isSpace(t[p])) {
            p++;
        }
        return p;
    }

    static boolean rawEquals(TapeReader tape, long from, long to, String name) {
        if (to - from != name.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (tape.charAt(from + i) != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static boolean rawEquals(char[] t, int from, int to, String name) {
        if (to - from != name.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (t[from + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private void dtdError(int line, int column) {
        handler.syntaxProblem(line, column, "DTDs are not allowed in TwiML; the DTD and its entities were not read");
    }

    private void encodingError() {
        long offset = tape == null ? 0 : tape.offset();
        int line = tape == null ? 1 : tape.lineOf(offset);
        int column = tape == null ? 1 : tape.columnOf(offset);
        handler.syntaxProblem(line, column, "the bytes here are not valid in the document's encoding"
                + " (UTF-8 unless a byte-order mark or the XML declaration says otherwise)");
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    private static String describe(IOException e) {
        return Messages.of(e);
    }

    private static void closeQuietly(XMLStreamReader2 xml) {
        try {
            xml.closeCompletely();
        } catch (XMLStreamException ignored) {
            // Nothing useful to tell the user; the input is closed by the caller.
        }
    }
}
