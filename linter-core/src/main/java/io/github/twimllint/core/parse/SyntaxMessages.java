package io.github.twimllint.core.parse;

import io.github.twimllint.core.Templates;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the parser's messages into plain words with the fix, and moves the location to the
 * character the user has to change (the parser often notices a mistake a few characters later:
 * after the name of a reference that lacks its ';', at the '>' of a mismatched end tag).
 * Messages not recognised are kept, with any mask character written as "template code".
 */
public final class SyntaxMessages {

    /** A message and the tape offset it belongs at; {@code rawAmpersand}: a '&' there starts no reference. */
    public record Located(String message, long offset, boolean rawAmpersand) {
        public Located(String message, long offset) {
            this(message, offset, false);
        }
    }

    private static final Pattern UNEXPECTED = Pattern.compile("^unexpected character '(.)' \\(code (\\d+)[^)]*\\)(.*)$");
    private static final Pattern SEMICOLON = Pattern.compile("expected a semi-colon after the reference for entity '([^']*)'");
    private static final Pattern ENTITY = Pattern.compile("^undeclared general entity \"([^\"]*)\"");
    private static final Pattern MISMATCH = Pattern.compile("^unexpected close tag </([^>]*)>; expected </([^>]*)>");
    private static final Pattern EOF_OPEN = Pattern.compile("^unexpected EOF; was expecting a close tag for element <([^>]*)>");
    private static final Pattern DUPLICATE = Pattern.compile("^duplicate attribute '([^']*)'");
    private static final Pattern CONTROL = Pattern.compile("^illegal character \\(+(?:CTRL-CHAR|NULL)[^)]*code (\\d+)\\)+");
    private static final Pattern CHAR_REF = Pattern.compile("^illegal character entity: expansion character \\(code 0x([0-9a-fA-F]+)\\)");

    private SyntaxMessages() {
    }

    /**
     * @param raw    the parser's message, cleaned of its location suffix
     * @param offset where the parser stopped (a tape offset), or -1
     */
    public static Located translate(String raw, long offset, TapeReader tape) {
        if (tape == null || offset < 0) {
            return new Located(Templates.unmask(raw), offset);
        }
        Templates.Language template = tape.templateNear(offset);
        if (template != null) {
            return new Located(template.describe() + " here cannot be masked into well-formed XML:"
                    + " template code may stand for a value or for text, not for an element name, an attribute"
                    + " or a whole tag. Move it into an attribute value or the text, or lint the rendered"
                    + " output instead (exclude this file, or set \"templates\": false)", offset);
        }
        Matcher m = SEMICOLON.matcher(raw);
        if (m.find()) {
            long amp = ampersandBefore(tape, offset);
            return new Located(rawAmpersand(tape, amp), amp, true);
        }
        m = ENTITY.matcher(raw);
        if (m.find()) {
            return new Located("'&" + m.group(1) + ";' is not an XML entity (XML has only &amp; &lt; &gt; &quot;"
                    + " &apos;): for a literal '&' write '&amp;', for other characters a reference such as &#160;",
                    offset);
        }
        m = MISMATCH.matcher(raw);
        if (m.find()) {
            long at = back(tape, offset, '<');
            return new Located("</" + m.group(1) + "> does not match the open <" + m.group(2) + ">: add </"
                    + m.group(2) + "> before it if <" + m.group(2) + "> is not closed yet; remove </" + m.group(1)
                    + "> if no <" + m.group(1) + "> is open (a self-closed <" + m.group(1) + "/> has no end tag);"
                    + " names are case-sensitive", at);
        }
        m = EOF_OPEN.matcher(raw);
        if (m.find()) {
            return new Located("the document ends while <" + m.group(1) + "> is still open: add </"
                    + m.group(1) + ">", offset);
        }
        m = DUPLICATE.matcher(raw);
        if (m.find()) {
            return new Located("the attribute '" + m.group(1) + "' appears twice in this tag: keep one",
                    secondAttribute(tape, offset, m.group(1)));
        }
        m = CONTROL.matcher(raw);
        if (m.find()) {
            return new Located("the control character " + codePoint(Integer.parseInt(m.group(1)))
                    + " is not allowed in XML: remove it", offset);
        }
        m = CHAR_REF.matcher(raw);
        if (m.find()) {
            return new Located("the character reference stands for " + codePoint(Integer.parseInt(m.group(1), 16))
                    + ", which XML does not allow: remove it", ampersandBefore(tape, offset));
        }
        if (raw.startsWith("unexpected EOF") || raw.startsWith("unexpected end of input")) {
            return new Located("the document ends in the middle of "
                    + (raw.contains("tag") ? "a tag: finish it with '>'" : "markup: finish it"), offset);
        }
        if (raw.startsWith("illegal to have multiple roots")) {
            return new Located("an element after the root element has ended: a document has one root;"
                    + " move it inside <Response>", back(tape, offset, '<'));
        }
        if (raw.startsWith("unexpected character combination '</' in epilog")) {
            return new Located("an end tag after the root element has ended: remove the extra end tag",
                    back(tape, offset, '<'));
        }
        if (raw.startsWith("string ']]>' not allowed")) {
            return new Located("']]>' is not allowed in text: write ']]&gt;'", offset);
        }
        m = UNEXPECTED.matcher(raw);
        if (m.find()) {
            return unexpected(m.group(1).charAt(0), m.group(3), raw, offset, tape);
        }
        return new Located(Templates.unmask(raw), offset);
    }

    private static Located unexpected(char c, String rest, String raw, long offset, TapeReader tape) {
        if (tape.charAt(offset - 1) == '&' && (rest.contains("missing name") || rest.contains("name start"))) {
            return new Located(rawAmpersand(tape, offset - 1), offset - 1, true);
        }
        if (rest.contains("expected a name start character") && insideTag(tape, offset)) {
            return new Located(c == ',' ? "attributes are separated by white space, not commas: remove the ','"
                    : shown(c) + " cannot start an attribute name: attributes are written name=\"value\"", offset);
        }
        if (rest.contains("in start tag Expected a quote")) {
            String name = attributeNameBefore(tape, offset);
            String value = token(tape, offset);
            return new Located("attribute values must be quoted: write " + (name == null ? "" : name + "=")
                    + "\"" + value + "\"", offset);
        }
        if (rest.contains("in attribute value") && c == '<') {
            return new Located("'<' is not allowed in an attribute value: write '&lt;' (or add the missing"
                    + " closing quote before it)", offset);
        }
        if (rest.contains("malformed start element")) {
            long lt = back(tape, offset, '<');
            return new Located("'<' here does not start a tag (" + shown(c) + " cannot begin an element name):"
                    + " write '&lt;' for a literal '<'", lt);
        }
        if (rest.contains("expected space, or '>'")) {
            return new Located(c == ',' ? "attributes are separated by white space, not commas: remove the ','"
                    : "attributes must be separated by white space: add a space before " + shown(c), offset);
        }
        if (rest.contains("expected '='")) {
            String name = nameBefore(tape, offset);
            return new Located("the attribute " + (name == null ? "" : "'" + name + "' ") + "has no value:"
                    + " write name=\"value\" (XML has no attributes without a value)", offset);
        }
        if (rest.contains("in epilog")) {
            return new Located("text after the root element has ended: remove it, or move it inside <Response>",
                    offset);
        }
        if (rest.contains("in prolog")) {
            return new Located("text before the root element: a TwiML document starts with <Response>"
                    + " (optionally after an XML declaration <?xml version=\"1.0\"?>)", offset);
        }
        return new Located(Templates.unmask(raw), offset);
    }

    private static String rawAmpersand(TapeReader tape, long amp) {
        return "raw '&' in " + (insideTag(tape, amp) ? "an attribute value" : "text") + ": write '&amp;'";
    }

    private static String shown(char c) {
        return Character.isWhitespace(c) ? "white space" : "'" + c + "'";
    }

    private static String codePoint(int cp) {
        return String.format(Locale.ROOT, "U+%04X", cp);
    }

    /** True when the offset is inside a start tag (so in an attribute value): a '<' comes before any '>'. */
    private static boolean insideTag(TapeReader tape, long offset) {
        for (long p = offset - 1; p >= tape.firstOffset(); p--) {
            int c = tape.charAt(p);
            if (c == '<') {
                return true;
            }
            if (c == '>') {
                return false;
            }
        }
        return false;
    }

    private static long ampersandBefore(TapeReader tape, long offset) {
        for (long p = offset - 1; p >= Math.max(tape.firstOffset(), offset - 1024); p--) {
            int c = tape.charAt(p);
            if (c == '&') {
                return p;
            }
            if (c == '<' || c == '>' || c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                break;
            }
        }
        return offset;
    }

    /** The nearest {@code c} at or before the offset, within the current line's reach, else the offset. */
    private static long back(TapeReader tape, long offset, char c) {
        for (long p = offset; p >= Math.max(tape.firstOffset(), offset - 1024); p--) {
            if (tape.charAt(p) == c) {
                return p;
            }
        }
        return offset;
    }

    /** The second {@code name=} in the tag that ends at or before the offset. */
    private static long secondAttribute(TapeReader tape, long offset, String name) {
        long tagStart = back(tape, offset, '<');
        long last = -1;
        int count = 0;
        for (long p = tagStart + 1; p + name.length() <= offset; p++) {
            if (isSpace(tape.charAt(p - 1)) && matchesAt(tape, p, name)) {
                int after = tape.charAt(p + name.length());
                if (after == '=' || isSpace(after)) {
                    count++;
                    last = p;
                    if (count == 2) {
                        return p;
                    }
                }
            }
        }
        return last >= 0 ? last : offset;
    }

    private static boolean matchesAt(TapeReader tape, long p, String s) {
        for (int i = 0; i < s.length(); i++) {
            if (tape.charAt(p + i) != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The attribute name before {@code name=} ending just before the offset. */
    private static String attributeNameBefore(TapeReader tape, long offset) {
        long p = offset - 1;
        while (isSpace(tape.charAt(p))) {
            p--;
        }
        if (tape.charAt(p) != '=') {
            return null;
        }
        return nameBefore(tape, p);
    }

    /** The name that ends before the offset (white space between allowed). */
    private static String nameBefore(TapeReader tape, long offset) {
        long p = offset - 1;
        while (p >= tape.firstOffset() && isSpace(tape.charAt(p))) {
            p--;
        }
        long end = p + 1;
        while (p >= tape.firstOffset() && isNameChar(tape.charAt(p))) {
            p--;
        }
        if (end - (p + 1) <= 0 || end - (p + 1) > 100) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (long i = p + 1; i < end; i++) {
            b.append((char) tape.charAt(i));
        }
        return b.toString();
    }

    /** The characters from the offset up to white space, '>' or "/>" (what an unquoted value holds). */
    private static String token(TapeReader tape, long offset) {
        StringBuilder b = new StringBuilder();
        for (long p = offset; b.length() < 60; p++) {
            int c = tape.charAt(p);
            if (c < 0 || isSpace(c) || c == '>' || c == '/' && tape.charAt(p + 1) == '>') {
                break;
            }
            b.append((char) c);
        }
        return b.toString();
    }

    private static boolean isNameChar(int c) {
        return c >= 0 && (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ':');
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
