package io.github.twimllint.core.parse;

import io.github.twimllint.core.Fix;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

/**
 * Turns what the XML parser says about a document that is not well-formed into an
 * {@code xml-syntax} problem: a sentence for the user and the place it is about. The limits and
 * the empty or template-only document are worded here; every other message of the parser is put
 * into plain words by {@link SyntaxMessages}. {@link XmlParser} calls {@link #describe} and nothing else.
 */
final class ParseErrors {

    private ParseErrors() {
    }

    /** An {@code xml-syntax} problem: where and what; a {@code note} is not a mistake in the TwiML. */
    record Problem(int line, int column, String message, boolean note, Fix fix) {
        Problem(int line, int column, String message, boolean note) {
            this(line, column, message, note, null);
        }
    }

    /**
     * The problem the parser reported, located on the tape where possible.
     *
     * @param tape       the characters read so far (null when reading never started)
     * @param prologSeen whether anything but white space came before the root (a comment, a PI)
     */
    static Problem describe(XMLStreamException e, TapeReader tape, boolean prologSeen) {
        Location loc = e.getLocation();
        long offset = loc == null ? -1 : loc.getCharacterOffset();
        String message = cleanMessage(e);
        if (message.startsWith("unexpected EOF in prolog") && tape != null) {
            // Nothing at all, or only comments and processing instructions: say so plainly.
            if (!prologSeen && tape.templateCount() > 0) {
                // Not a mistake in the TwiML, which is all printed by code: a note, not an error.
                return new Problem(1, 1, "the file holds only template code and no TwiML markup outside it:"
                        + " nothing to check (lint the rendered output instead)", true);
            }
            if (!prologSeen) {
                return new Problem(1, 1, "the document is empty", false);
            }
            offset = tape.offset();
            message = "the document ends before its root element";
        } else if (message.startsWith("attribute limit") && tape != null) {
            offset = openMarkup(tape, tape.offset(), false);
            message = "an element has more than " + XmlParser.MAX_ATTRIBUTES
                    + " attributes; the rest of the document was not read";
        } else if (message.startsWith("maximum attribute size limit") && tape != null) {
            // The parser gives up mid-value; point at the value's first character.
            offset = openMarkup(tape, tape.offset(), true);
            message = "an attribute value is longer than " + XmlParser.MAX_ATTRIBUTE_LENGTH
                    + " characters (Twilio accepts documents up to 64 kB); the rest of the document was not read";
        } else if (message.startsWith("undeclared general entity") && offset >= 0 && tape != null) {
            // The parser stops after the name; the reference starts at its '&'.
            offset = ampersandBefore(tape, offset);
        }
        boolean rawAmpersand = false;
        if (message.equals(cleanMessage(e))) { // the parser's own words: plain words, the fix, the right column
            SyntaxMessages.Located said = SyntaxMessages.translate(message, offset, tape);
            message = said.message();
            offset = said.offset();
            rawAmpersand = said.rawAmpersand();
        }
        int line;
        int column;
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
        Fix fix = null;
        if (rawAmpersand && tape != null && tape.charAt(offset) == '&') {
            // A '&' that starts no reference stands for itself: escaping it is the one certain fix.
            fix = Fix.of(Fix.onLine(offset, "&", "&amp;", line, column));
        }
        return new Problem(line, column, message, false, fix);
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

    /**
     * Where the first start tag with more than {@link XmlParser#MAX_ATTRIBUTES} attributes starts
     * or, with {@code value}, the first attribute value longer than
     * {@link XmlParser#MAX_ATTRIBUTE_LENGTH}; an unfinished one at {@code to} counts. -1 when there
     * is none. Scans the tape from its first offset, an event boundary, so it starts outside any markup.
     */
    private static long openMarkup(TapeReader tape, long to, boolean value) {
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
                        p = skipPast(tape, p + 2, to, close) - 1;
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
                    if (!value && ++values > XmlParser.MAX_ATTRIBUTES) {
                        return tagStart;
                    }
                } else if (c == '>') {
                    state = 0;
                }
            } else if (c == quote) {
                state = 1;
                if (value && p - valueStart > XmlParser.MAX_ATTRIBUTE_LENGTH) {
                    return valueStart;
                }
            }
        }
        if (value) {
            return state == 2 ? valueStart : -1;
        }
        return state != 0 ? tagStart : -1;
    }

    private static long skipPast(TapeReader tape, long from, long to, String close) {
        for (long p = from; p < to; p++) {
            if (XmlParser.rawEquals(tape, p, Math.min(p + close.length(), to), close)) {
                return p + close.length();
            }
        }
        return to;
    }

    private static long ampersandBefore(TapeReader tape, long offset) {
        for (long p = offset - 1; p >= Math.max(tape.firstOffset(), offset - 1024); p--) {
            int c = tape.charAt(p);
            if (c == '&') {
                return p;
            }
            if (c == '<' || c == '>' || XmlParser.isSpace(c)) {
                break;
            }
        }
        return offset;
    }
}
