package io.github.twimllint.core;

import java.util.List;

/**
 * A mechanical fix carried by a finding: replacements in the decoded document text. Each edit
 * names the characters it replaces ({@code original}), so the {@code Fixer} applies it only when
 * the file still holds exactly them; a span holding masked template code or an entity reference
 * never matches and is never edited. Rules build fixes with the factories below and attach them
 * through their {@link RuleContext}; they never edit files.
 */
public record Fix(List<Edit> edits) {

    public Fix {
        edits = List.copyOf(edits);
    }

    /**
     * Replace {@code original}, found at character {@code offset} of the document (after any
     * byte-order mark), by {@code replacement}. Line and column (1-based, end exclusive) locate
     * the same span as findings are located, for SARIF.
     */
    public record Edit(int offset, String original, String replacement, int line, int column, int endLine,
                       int endColumn) {
        public int length() {
            return original.length();
        }

        public int end() {
            return offset + original.length();
        }
    }

    /** One edit within one line; null when the offset is unknown (-1) or beyond what a fix handles. */
    public static Edit onLine(long offset, String original, String replacement, int line, int column) {
        if (offset < 0 || offset + original.length() > Integer.MAX_VALUE) {
            return null;
        }
        return new Edit((int) offset, original, replacement, line, column, line, column + original.length());
    }

    /** A fix of these edits; null when one of them is (its place is not known). */
    public static Fix of(Edit... edits) {
        for (Edit e : edits) {
            if (e == null) {
                return null;
            }
        }
        return new Fix(List.of(edits));
    }

    /**
     * Renames an element in its start tag and its end tag. Call it from {@link Rule#endElement},
     * when the end tag is known; null before.
     */
    public static Fix renameElement(Element element, String name) {
        Edit start = onLine(element.offset() < 0 ? -1 : element.offset() + 1, element.name(), name,
                element.line(), element.column() + 1);
        if (!element.ended()) {
            return null;
        }
        if (element.endTagOffset() < 0) {
            return of(start); // <x/>: no end tag
        }
        return of(start, onLine(element.endTagOffset() + 2, element.name(), name, element.endTagLine(),
                element.endTagColumn() + 2));
    }

    /** Renames an attribute, its value and quoting left as they are. */
    public static Fix renameAttribute(Attribute attribute, String name) {
        return of(onLine(attribute.nameOffset(), attribute.name(), name, attribute.nameLine(),
                attribute.nameColumn()));
    }

    /**
     * Replaces an attribute's whole value. Null when the value as written differs from its decoded
     * form (an entity reference, a line break) or holds template code: then the fix is not certain.
     */
    public static Fix replaceValue(Attribute attribute, String value) {
        String old = attribute.value();
        if (attribute.isTemplated() || attribute.line() != attribute.endLine()
                || attribute.endColumn() - attribute.column() != old.length()) {
            return null;
        }
        return of(onLine(attribute.valueOffset(), old, escape(value, true), attribute.line(), attribute.column()));
    }

    /** Deletes the first {@code length} characters of an element's own text (as {@link Element#text()} has it). */
    public static Fix deleteTextStart(Element element, int length) {
        if (!element.hasText() || length > element.text().length()) {
            return null;
        }
        return of(onLine(element.textOffset(), element.text().substring(0, length), "", element.textLine(),
                element.textColumn()));
    }

    /** Text as it must be written in an attribute value ({@code attribute}) or in content. */
    public static String escape(String s, boolean attribute) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' && !attribute ? "&gt;"
                    : c == '"' && attribute ? "&quot;" : c == '\'' && attribute ? "&apos;" : null;
            if (r != null && b == null) {
                b = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (b != null) {
                if (r != null) {
                    b.append(r);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }
}
