package io.github.twimllint.core;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import io.github.twimllint.core.parse.Decoding;
import io.github.twimllint.core.parse.SyntaxMessages;
import io.github.twimllint.core.parse.TapeReader;
import java.io.BufferedInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.LocationInfo;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Lints one document in one streaming pass: bytes are decoded, template constructs masked, the
 * XML parsed by Woodstox, and every event handed to every enabled rule. Never throws for bad
 * input: a broken document is an {@code xml-syntax} finding, an unreadable file a read error.
 */
final class DocumentLinter implements RuleContext {

    /** A rule instance for this document with the level it runs at. */
    record Slot(Rule rule, RuleMeta meta, Severity level) {
    }

    /**
     * Deliberate limits, far beyond any real TwiML (Twilio accepts documents up to 64 KB), so a
     * hostile document ends in a clear finding instead of eating stack or heap. Text is not
     * limited: it is streamed, and an element keeps at most {@link Element#MAX_TEXT} of it.
     */
    static final int MAX_DEPTH = 1000;
    static final int MAX_ATTRIBUTE_LENGTH = 1 << 20;
    static final int MAX_ATTRIBUTES = 1000;

    private static final XMLInputFactory FACTORY = createFactory();

    private final Source source;
    private final List<Slot> slots;
    private final Severity syntaxLevel;
    private final boolean templates;
    private final String documentKind;
    private final Suppressions suppressions;
    private final List<Finding> findings = new ArrayList<>();
    private final ArrayDeque<Element> stack = new ArrayDeque<>();
    private final FactsCollector facts = new FactsCollector();

    private TapeReader tape;
    private Slot current;
    private boolean rootSeen;
    /** Where a DOCTYPE before the root of a sniffed file starts (0: none seen). */
    private int dtdLine;
    private int dtdColumn;
    private boolean complete;
    // Whether the document holds anything but white space before its root (a comment, a PI).
    private boolean prologSeen;

    DocumentLinter(Source source, List<Slot> slots, Severity syntaxLevel, boolean templates,
                   String documentKind, Suppressions suppressions) {
        this.suppressions = suppressions;
        this.source = source;
        this.slots = slots;
        this.syntaxLevel = syntaxLevel;
        this.templates = templates;
        this.documentKind = documentKind;
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
        f.setProperty(WstxInputProperties.P_LAZY_PARSING, false);
        // The engine checks depth itself (for a clear message); the parser's limit is a backstop.
        f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, MAX_DEPTH + 1);
        f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, MAX_ATTRIBUTE_LENGTH);
        f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, MAX_ATTRIBUTES);
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are never read (" + systemId + ")");
        });
        return f;
    }

    FileResult run() {
        String internalError = null;
        InputStream in;
        try {
            in = source.opener().open();
        } catch (NoSuchFileException | FileNotFoundException e) {
            return FileResult.unreadable(source.displayPath(), describe(e));
        } catch (AccessDeniedException e) {
            return FileResult.unreadable(source.displayPath(), "permission denied");
        } catch (IOException e) {
            return FileResult.unreadable(source.displayPath(), describe(e));
        }
        try (InputStream input = in) {
            Reader reader = Decoding.reader(new BufferedInputStream(input, 8192));
            tape = new TapeReader(reader, templates);
            XMLStreamReader2 xml = (XMLStreamReader2) FACTORY.createXMLStreamReader(tape);
            try {
                if (!parse(xml)) {
                    return FileResult.skipped(source.displayPath());
                }
            } finally {
                closeQuietly(xml);
            }
        } catch (XMLStreamException e) {
            Throwable cause = rootCause(e);
            if (cause instanceof CharacterCodingException) {
                if (source.sniffRoot() && !rootSeen) {
                    return FileResult.skipped(source.displayPath());
                }
                encodingError();
            } else if (cause instanceof IOException && !(cause instanceof Decoding.UnsupportedEncodingDeclared)) {
                return FileResult.unreadable(source.displayPath(), describe((IOException) cause));
            } else {
                if (source.sniffRoot() && !rootSeen) {
                    return FileResult.skipped(source.displayPath());
                }
                syntaxError(e);
            }
        } catch (CharacterCodingException e) {
            encodingError();
        } catch (Decoding.UnsupportedEncodingDeclared e) {
            syntaxAt(1, 1, e.getMessage());
        } catch (IOException e) {
            return FileResult.unreadable(source.displayPath(), describe(e));
        } catch (RuntimeException | StackOverflowError e) {
            String rule = current == null ? "the engine" : "rule " + current.meta().id();
            internalError = rule + " failed: " + e;
        }
        if (internalError == null) {
            suppressions.documentRead(complete);
        }
        findings.sort(Finding.ORDER);
        return new FileResult(source.displayPath(), findings, false, null, internalError, facts.build(source));
    }

    /** Returns false when the document was skipped (sniffed root is not {@code <Response>}). */
    private boolean parse(XMLStreamReader2 xml) throws XMLStreamException {
        for (Slot s : slots) {
            current = s;
            s.rule().startDocument(this);
        }
        current = null;
        while (xml.hasNext()) {
            int event = xml.next();
            LocationInfo info = xml.getLocationInfo();
            long start = info.getStartingCharOffset();
            if (event != XMLStreamConstants.SPACE && event != XMLStreamConstants.START_DOCUMENT) {
                prologSeen = true;
            }
            switch (event) {
                case XMLStreamConstants.START_ELEMENT:
                    if (dtdLine > 0) {
                        // A sniffed file with a DOCTYPE: its root decides whether it is TwiML.
                        if (!"Response".equals(xml.getPrefixedName())) {
                            return false;
                        }
                        dtdError(dtdLine, dtdColumn);
                        return true;
                    }
                    if (stack.size() >= MAX_DEPTH) {
                        syntaxAt(tape.lineOf(start), tape.columnOf(start), "elements are nested deeper than "
                                + MAX_DEPTH + " levels; the rest of the document was not read");
                        return true;
                    }
                    if (!startElement(xml, start)) {
                        return false;
                    }
                    break;
                case XMLStreamConstants.END_ELEMENT:
                    if (suppressions.pending()) {
                        suppressions.content(tape.lineOf(start));
                    }
                    endElement();
                    break;
                case XMLStreamConstants.CHARACTERS:
                case XMLStreamConstants.CDATA:
                case XMLStreamConstants.SPACE:
                    text(xml, start, info);
                    break;
                case XMLStreamConstants.COMMENT:
                    comment(xml, start);
                    break;
                case XMLStreamConstants.DTD:
                    if (source.sniffRoot() && !rootSeen) {
                        dtdLine = tape.lineOf(start);
                        dtdColumn = tape.columnOf(start);
                        break;
                    }
                    dtdError(tape.lineOf(start), tape.columnOf(start));
                    return true;
                default:
                    break;
            }
            tape.release(start);
        }
        for (Slot s : slots) {
            current = s;
            s.rule().endDocument(this);
        }
        current = null;
        complete = true;
        return true;
    }

    private void dtdError(int line, int column) {
        syntaxAt(line, column, "DTDs are not allowed in TwiML; the DTD and its entities were not read");
    }

    private boolean startElement(XMLStreamReader2 xml, long start) {
        String name = xml.getPrefixedName();
        Element parent = stack.peek();
        if (parent == null) {
            if (source.sniffRoot() && !rootSeen && !"Response".equals(name)) {
                return false;
            }
            rootSeen = true;
        }
        int line = tape.lineOf(start);
        int column = tape.columnOf(start);
        if (suppressions.pending()) {
            suppressions.content(line);
        }
        List<Attribute> attributes = attributes(xml, start);
        int index = parent == null ? 1 : parent.registerChild(name);
        Element element = new Element(name, parent, line, column, index, attributes);
        stack.push(element);
        facts.startElement(element);
        for (Slot s : slots) {
            current = s;
            s.rule().startElement(element, this);
        }
        current = null;
        return true;
    }

    private void endElement() {
        Element element = stack.pop();
        facts.endElement(element);
        for (Slot s : slots) {
            current = s;
            s.rule().endElement(element, this);
        }
        current = null;
    }

    /**
     * Reads the attributes, recovering where each value starts and ends from the raw start tag
     * still on the tape (StAX reports only where the tag begins).
     */
    private List<Attribute> attributes(XMLStreamReader2 xml, long start) {
        int count = xml.getAttributeCount();
        if (count == 0) {
            return List.of();
        }
        List<Attribute> list = new ArrayList<>(count);
        long p = start + 1;
        // Skip the element name.
        while (true) {
            int c = tape.charAt(p);
            if (c < 0 || isSpace(c) || c == '>' || c == '/') {
                break;
            }
            p++;
        }
        for (int i = 0; i < count; i++) {
            String prefix = xml.getAttributePrefix(i);
            String local = xml.getAttributeLocalName(i);
            String name = prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
            String value = xml.getAttributeValue(i);
            long valueStart = -1;
            long valueEnd = -1;
            // Raw attributes come in document order, as Woodstox reports them.
            while (true) {
                while (isSpace(tape.charAt(p))) {
                    p++;
                }
                int c = tape.charAt(p);
                if (c < 0 || c == '>' || c == '/') {
                    break;
                }
                long nameStart = p;
                while (true) {
                    c = tape.charAt(p);
                    if (c < 0 || isSpace(c) || c == '=' || c == '>' || c == '/') {
                        break;
                    }
                    p++;
                }
                boolean same = rawEquals(nameStart, p, name);
                while (isSpace(tape.charAt(p))) {
                    p++;
                }
                if (tape.charAt(p) != '=') {
                    break;
                }
                p++;
                while (isSpace(tape.charAt(p))) {
                    p++;
                }
                int quote = tape.charAt(p);
                if (quote != '"' && quote != '\'') {
                    break;
                }
                long vs = p + 1;
                p = vs;
                while (tape.charAt(p) >= 0 && tape.charAt(p) != quote) {
                    p++;
                }
                long ve = p;
                p++;
                if (same) {
                    valueStart = vs;
                    valueEnd = ve;
                    break;
                }
            }
            Attribute a;
            if (valueStart >= 0) {
                int line = tape.lineOf(valueStart);
                int column = tape.columnOf(valueStart);
                a = new Attribute(name, value, line, column, tape.lineOf(valueEnd), tape.columnOf(valueEnd));
            } else {
                // Should not happen for well-formed tags; fall back to the tag's position.
                int line = tape.lineOf(start);
                int column = tape.columnOf(start);
                a = new Attribute(name, value, line, column, line, column + 1);
            }
            list.add(a);
        }
        return list;
    }

    private boolean rawEquals(long from, long to, String name) {
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

    private void text(XMLStreamReader2 xml, long start, LocationInfo info) throws XMLStreamException {
        Element element = stack.peek();
        if (element == null) {
            return;
        }
        char[] chars = xml.getTextCharacters();
        int from = xml.getTextStart();
        int length = xml.getTextLength();
        element.appendText(chars, from, length);
        boolean blank = true;
        for (int i = from, end = from + length; i < end; i++) {
            if (!isSpace(chars[i])) {
                blank = false;
                break;
            }
        }
        if (blank) {
            return;
        }
        long end = info.getEndingCharOffset();
        if (element.textLine() == 0 || suppressions.pending()) {
            long first = start;
            while (first < end && isSpace(tape.charAt(first))) {
                first++;
            }
            if (element.textLine() == 0) {
                element.textStart(tape.lineOf(first), tape.columnOf(first));
            }
            if (suppressions.pending()) {
                suppressions.content(tape.lineOf(first));
            }
        }
        long last = end;
        while (last > start && isSpace(tape.charAt(last - 1))) {
            last--;
        }
        element.textEnd(tape.lineOf(last), tape.columnOf(last));
    }

    private void comment(XMLStreamReader2 xml, long start) {
        String text = xml.getText();
        int line = tape.lineOf(start);
        int column = tape.columnOf(start);
        suppressions.comment(text, line, column);
        for (Slot s : slots) {
            current = s;
            s.rule().comment(text, line, column, this);
        }
        current = null;
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    // --- xml-syntax ---

    private void syntaxError(XMLStreamException e) {
        // Not well-formed: what rules saw may be an effect of the error; the user fixes it and sees the rest.
        findings.removeIf(f -> !f.ruleId().equals(CoreRules.XML_SYNTAX.id()));
        Location loc = e.getLocation();
        int line;
        int column;
        long offset = loc == null ? -1 : loc.getCharacterOffset();
        String message = cleanMessage(e);
        if (message.startsWith("unexpected EOF in prolog") && tape != null) {
            // Nothing at all, or only comments and processing instructions: say so plainly.
            if (!prologSeen && tape.templateCount() > 0) {
                // Not a mistake in the TwiML, which is all printed by code: a note, not an error.
                syntaxAt(1, 1, Severity.NOTE, "the file holds only template code and no TwiML markup outside it:"
                        + " nothing to check (lint the rendered output instead)");
                return;
            }
            if (!prologSeen) {
                syntaxAt(1, 1, "the document is empty");
                return;
            }
            offset = tape.offset();
            message = "the document ends before its root element";
        } else if (message.startsWith("attribute limit") && tape != null) {
            offset = openMarkup(tape.offset(), false);
            message = "an element has more than " + MAX_ATTRIBUTES
                    + " attributes; the rest of the document was not read";
        } else if (message.startsWith("maximum attribute size limit") && tape != null) {
            // The parser gives up mid-value; point at the value's first character.
            offset = openMarkup(tape.offset(), true);
            message = "an attribute value is longer than " + MAX_ATTRIBUTE_LENGTH
                    + " characters (Twilio accepts documents up to 64 kB); the rest of the document was not read";
        } else if (message.startsWith("undeclared general entity") && offset >= 0 && tape != null) {
            // The parser stops after the name; the reference starts at its '&'.
            offset = ampersandBefore(offset);
        }
        if (message.equals(cleanMessage(e))) { // the parser's own words: plain words, the fix, the right column
            SyntaxMessages.Located said = SyntaxMessages.translate(message, offset, tape);
            message = said.message();
            offset = said.offset();
        }
        if (offset >= 0 && tape != null && tape.onTape(offset)) {
            line = tape.lineOf(offset);
            column = tape.columnOf(offset);
        } else if (loc != null && loc.getLineNumber() > 0) {
            line = loc.getLineNumber();
            column = Math.max(1, loc.getColumnNumber());
        } else {
            line = 1;
            column = 1;
        }
        syntaxAt(line, column, message);
    }

    /**
     * Where the first start tag with more than {@link #MAX_ATTRIBUTES} attributes starts or, with
     * {@code value}, the first attribute value longer than {@link #MAX_ATTRIBUTE_LENGTH}; an
     * unfinished one at {@code to} counts. -1 when there is none. Scans the tape from its first
     * offset, an event boundary, so it starts outside any markup.
     */
    private long openMarkup(long to, boolean value) {
        int state = 0; // 0 content, 1 in a tag, 2 in a quoted value
        int quote = 0;
        int values = 0;
        long tagStart = -1;
        long valueStart = -1;
        for (long p = tape.firstOffset(); p < to; p++) {
            int c = tape.charAt(p);
            if (state == 0) {
                if (c == '<') {
                    int n = tape.charAt(p + 1);
                    if (n == '!' || n == '?') {
                        String close = n == '?' ? "?>" : tape.charAt(p + 2) == '-' ? "-->"
                                : tape.charAt(p + 2) == '[' ? "]]>" : ">";
                        p = skipPast(p + 2, to, close) - 1;
                    } else {
                        state = 1;
                        tagStart = p;
                        values = 0;
                    }
                }
            } else if (state == 1) {
                if (c == '"' || c == '\'') {
                    state = 2;
                    quote = c;
                    valueStart = p + 1;
                    if (!value && ++values > MAX_ATTRIBUTES) {
                        return tagStart;
                    }
                } else if (c == '>') {
                    state = 0;
                }
            } else if (c == quote) {
                state = 1;
                if (value && p - valueStart > MAX_ATTRIBUTE_LENGTH) {
                    return valueStart;
                }
            }
        }
        if (value) {
            return state == 2 ? valueStart : -1;
        }
        return state != 0 ? tagStart : -1;
    }

    private long skipPast(long from, long to, String close) {
        for (long p = from; p < to; p++) {
            if (rawEquals(p, Math.min(p + close.length(), to), close)) {
                return p + close.length();
            }
        }
        return to;
    }

    private long ampersandBefore(long offset) {
        for (long p = offset - 1; p >= Math.max(tape.firstOffset(), offset - 1024); p--) {
            int c = tape.charAt(p);
            if (c == '&') {
                return p;
            }
            if (c == '<' || c == '>' || isSpace(c)) {
                break;
            }
        }
        return offset;
    }

    private void encodingError() {
        long offset = tape == null ? 0 : tape.offset();
        int line = tape == null ? 1 : tape.lineOf(offset);
        int column = tape == null ? 1 : tape.columnOf(offset);
        syntaxAt(line, column, "the bytes here are not valid in the document's encoding"
                + " (UTF-8 unless a byte-order mark or the XML declaration says otherwise)");
    }

    private void syntaxAt(int line, int column, String message) {
        syntaxAt(line, column, syntaxLevel, message);
    }

    private void syntaxAt(int line, int column, Severity level, String message) {
        if (syntaxLevel == Severity.OFF) {
            return;
        }
        Severity at = level.compareTo(syntaxLevel) < 0 ? level : syntaxLevel;
        findings.add(new Finding(CoreRules.XML_SYNTAX.id(), at, message, source.displayPath(),
                line, column, line, column + 1, "/", List.of()));
    }

    /** Woodstox messages carry a location suffix and sometimes several lines; keep the sentence. */
    static String cleanMessage(XMLStreamException e) {
        String m = e.getMessage();
        if (m == null) {
            return "the document is not well-formed XML";
        }
        int at = m.indexOf("\n at [row,col");
        if (at >= 0) {
            m = m.substring(0, at);
        }
        if (m.startsWith("ParseError at [row,col]:")) {
            int nl = m.indexOf("Message: ");
            if (nl >= 0) {
                m = m.substring(nl + 9);
            }
        }
        m = m.replace('\n', ' ').replaceAll("\\s+", " ").trim();
        if (!m.isEmpty() && Character.isUpperCase(m.charAt(0)) && (m.length() < 2
                || !Character.isUpperCase(m.charAt(1)))) {
            m = Character.toLowerCase(m.charAt(0)) + m.substring(1);
        }
        return m;
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

    // --- RuleContext ---

    @Override
    public String path() {
        return source.displayPath();
    }

    @Override
    public String documentKind() {
        return documentKind;
    }

    @Override
    public void report(Attribute attribute, String message) {
        report(attribute, null, message);
    }

    @Override
    public void report(Attribute attribute, Severity severity, String message) {
        report(attribute.mark(), severity, message);
    }

    @Override
    public void report(Mark mark, String message) {
        report(mark, null, message);
    }

    @Override
    public void report(Mark mark, Severity severity, String message) {
        add(severity, message, mark.line(), mark.column(), mark.endLine(), mark.endColumn(), mark.anchor());
    }

    @Override
    public void report(Element element, String message) {
        report(element, null, message);
    }

    @Override
    public void report(Element element, Severity severity, String message) {
        report(element.mark(), severity, message);
    }

    @Override
    public void reportText(Element element, String message) {
        reportText(element, null, message);
    }

    @Override
    public void reportText(Element element, Severity severity, String message) {
        if (!element.hasText()) {
            report(element, severity, message);
            return;
        }
        add(severity, message, element.textLine(), element.textColumn(), element.textEndLine(),
                element.textEndColumn(), element.path() + "/text()");
    }

    @Override
    public void report(int line, int column, String message) {
        Element top = stack.peek();
        add(null, message, line, column, line, column + 1, top == null ? "/" : top.path());
    }

    private void add(Severity explicit, String message, int line, int column, int endLine, int endColumn,
                     String anchor) {
        Slot slot = current;
        if (slot == null) {
            throw new IllegalStateException("report() outside a rule callback");
        }
        Severity level = level(slot, explicit);
        if (level == Severity.OFF) {
            return;
        }
        findings.add(new Finding(slot.meta().id(), level, message, source.displayPath(), line, column,
                endLine, endColumn, anchor, List.of()));
    }

    /**
     * A rule may report some cases at another level than its default (a duplicated event is only a
     * warning). A user who lowers the rule's level lowers those too; otherwise the rule's choice holds.
     */
    static Severity level(Slot slot, Severity explicit) {
        if (explicit == null) {
            return slot.level();
        }
        if (slot.level().compareTo(slot.meta().defaultSeverity()) < 0) {
            return explicit.compareTo(slot.level()) < 0 ? explicit : slot.level();
        }
        return explicit;
    }
}
