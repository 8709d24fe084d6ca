package io.github.twimllint.core;

import java.util.Arrays;
import java.util.List;

/**
 * An element as rules see it. Its location is its {@code <}. Attributes are complete at
 * {@link Rule#startElement}; the element's own text (the text directly inside it, not inside its
 * children, trimmed) and its child counts are complete at {@link Rule#endElement}.
 *
 * <p>An element is valid while it is open; do not keep it after its end tag.
 */
public final class Element {
    /** Text kept per element; longer text is counted but not stored, so memory stays bounded. */
    static final int MAX_TEXT = 64 * 1024;

    private final String name;
    private final Element parent;
    private final int depth;
    private final int line;
    private final int column;
    private final int indexAmongSameName;
    private final List<Attribute> attributes;
    // Character offsets in the document, for fixes (-1: unknown).
    private final long offset;
    private long textOffset = -1;
    private boolean ended;
    private long endTagOffset = -1;
    private int endTagLine;
    private int endTagColumn;

    // The own text as it came: one run of characters is kept as a String (most elements have one), more in a builder.
    private String textRun;
    private StringBuilder text;
    private long textLength;
    private boolean textTemplated;
    private int textLine;
    private int textColumn;
    private int textEndLine;
    private int textEndColumn;
    private int childCount;
    // Distinct child names in first-seen order and their counts; past SCANNED names also a map to
    // their index, so a hostile document with many distinct names stays linear.
    private String[] childNames;
    private int[] childNameCounts;
    private int distinctChildNames;
    private java.util.Map<String, Integer> childNameIndex;
    private String path;
    private String textValue;
    // What rules derive from the element and share (see shared()).
    private Object sharedKey;
    private Object sharedValue;

    Element(String name, Element parent, int line, int column, int indexAmongSameName,
            List<Attribute> attributes) {
        this(name, parent, line, column, -1, indexAmongSameName, attributes);
    }

    Element(String name, Element parent, int line, int column, long offset, int indexAmongSameName,
            List<Attribute> attributes) {
        this.offset = offset;
        this.name = name;
        this.parent = parent;
        this.depth = parent == null ? 0 : parent.depth + 1;
        this.line = line;
        this.column = column;
        this.indexAmongSameName = indexAmongSameName;
        this.attributes = attributes;
        for (int i = 0, n = attributes.size(); i < n; i++) {
            attributes.get(i).owner(this);
        }
    }

    public String name() {
        return name;
    }

    public boolean is(String elementName) {
        // The parser's names and the rules' literals are usually the same interned string.
        return name == elementName || name.equals(elementName);
    }

    /** The enclosing element, or null for the root. */
    public Element parent() {
        return parent;
    }

    public String parentName() {
        return parent == null ? null : parent.name;
    }

    /** 0 for the root element. */
    public int depth() {
        return depth;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** Character offset of the {@code <} in the document (after any byte-order mark), -1 when unknown. */
    public long offset() {
        return offset;
    }

    /** True from {@link Rule#endElement} on: the end tag's place is known. */
    public boolean ended() {
        return ended;
    }

    /** Character offset of the end tag's {@code </}; -1 for an empty-element tag {@code <x/>}. */
    public long endTagOffset() {
        return endTagOffset;
    }

    public int endTagLine() {
        return endTagLine;
    }

    public int endTagColumn() {
        return endTagColumn;
    }

    /** Character offset of the first non-blank character of the element's own text, -1 when none. */
    public long textOffset() {
        return textOffset;
    }

    public List<Attribute> attributes() {
        return attributes;
    }

    /**
     * A value the rules derive from this element, computed by the first rule that asks and handed
     * to the others (its vocabulary entry is looked up once per element, not once per rule). Keys
     * are compared by identity; one value is kept per element, so one key serves one purpose.
     */
    @SuppressWarnings("unchecked")
    public <T> T shared(Object key, java.util.function.Function<Element, T> compute) {
        if (sharedKey != key) {
            sharedValue = compute.apply(this);
            sharedKey = key;
        }
        return (T) sharedValue;
    }

    /** The attribute with that exact (case-sensitive) name, or null. */
    public Attribute attribute(String attributeName) {
        for (int i = 0, n = attributes.size(); i < n; i++) {
            Attribute a = attributes.get(i);
            if (a.name().equals(attributeName)) {
                return a;
            }
        }
        return null;
    }

    public boolean hasAttribute(String attributeName) {
        return attribute(attributeName) != null;
    }

    /** The element's own text with surrounding whitespace trimmed; "" when it has none. */
    public String text() {
        // Several rules and the facts ask at the end tag: built once, again only after more text.
        if (textValue == null) {
            textValue = text != null ? text.toString().strip() : textRun != null ? textRun.strip() : "";
        }
        return textValue;
    }

    /** True when the element has non-whitespace text of its own. */
    public boolean hasText() {
        return textLine > 0;
    }

    /** Length of the element's own text before trimming, even past what is kept. */
    public long rawTextLength() {
        return textLength;
    }

    /** True when the element's own text holds a template construct. */
    public boolean isTextTemplated() {
        return textTemplated;
    }

    /** Line of the first non-blank character of the element's own text, 0 when none. */
    public int textLine() {
        return textLine;
    }

    public int textColumn() {
        return textColumn;
    }

    public int textEndLine() {
        return textEndLine;
    }

    public int textEndColumn() {
        return textEndColumn;
    }

    /** Number of child elements seen so far (all of them at {@link Rule#endElement}). */
    public int childCount() {
        return childCount;
    }

    /** Number of child elements with that name seen so far. */
    public int childCount(String childName) {
        int i = childIndex(childName);
        return i < 0 ? 0 : childNameCounts[i];
    }

    /** Names of the child elements seen so far, in first-seen order. */
    public List<String> childNames() {
        return childNames == null ? List.of() : List.of(Arrays.copyOf(childNames, distinctChildNames));
    }

    /** Distinct child names searched one by one; more are looked up in a map. */
    private static final int SCANNED = 8;

    private int childIndex(String childName) {
        if (childNameIndex != null) {
            Integer i = childNameIndex.get(childName);
            return i == null ? -1 : i;
        }
        for (int i = 0; i < distinctChildNames; i++) {
            if (childNames[i].equals(childName)) {
                return i;
            }
        }
        return -1;
    }

    /** 1-based position among the siblings with the same name, as in an XPath step. */
    public int indexAmongSameName() {
        return indexAmongSameName;
    }

    /** This element's {@code <} and name, to report at after the element has ended. */
    public Mark mark() {
        return mark(parent == null ? null : parent.path(), name, indexAmongSameName, line, column);
    }

    /**
     * The {@link #mark()} of an element from its parent's {@link #path()} (null for the root), name,
     * {@link #indexAmongSameName()} and place: a rule that may report an element later keeps these
     * and builds the mark (and its path) only when it does report.
     */
    public static Mark mark(String parentPath, String name, int indexAmongSameName, int line, int column) {
        return new Mark(line, column, line, column + 1 + name.length(), path(parentPath, name, indexAmongSameName));
    }

    private static String path(String parentPath, String name, int indexAmongSameName) {
        return parentPath == null ? "/" + name : parentPath + "/" + name + "[" + indexAmongSameName + "]";
    }

    /**
     * The character at {@code index} of {@link #text()}, when its column is certain: the text is
     * on one line and holds no entity reference or comment (its raw length is its length).
     * Otherwise the text's first character.
     */
    public Mark textMarkAt(int index) {
        String t = text();
        if (textLine > 0 && textLine == textEndLine && textEndColumn - textColumn == t.length()
                && index >= 0 && index < t.length()) {
            return new Mark(textLine, textColumn + index, textLine, textColumn + index + 1, path() + "/text()");
        }
        return new Mark(textLine, textColumn, textEndLine, textEndColumn, path() + "/text()");
    }

    /** A location-free path such as {@code /Response/Dial[1]/Client[2]}; stable when lines move. */
    public String path() {
        // Kept once built: several rules and the facts ask for it, and children build on it.
        if (path == null) {
            path = path(parent == null ? null : parent.path(), name, indexAmongSameName);
        }
        return path;
    }

    // --- filled in by the engine ---

    int registerChild(String childName) {
        childCount++;
        int i = childIndex(childName);
        if (i >= 0) {
            return ++childNameCounts[i];
        }
        if (childNames == null) {
            childNames = new String[4];
            childNameCounts = new int[4];
        } else if (distinctChildNames == childNames.length) {
            childNames = Arrays.copyOf(childNames, distinctChildNames * 2);
            childNameCounts = Arrays.copyOf(childNameCounts, distinctChildNames * 2);
        }
        i = distinctChildNames++;
        childNames[i] = childName;
        childNameCounts[i] = 1;
        if (childNameIndex != null) {
            childNameIndex.put(childName, i);
        } else if (distinctChildNames > SCANNED) {
            childNameIndex = new java.util.HashMap<>();
            for (int j = 0; j < distinctChildNames; j++) {
                childNameIndex.put(childNames[j], j);
            }
        }
        return 1;
    }

    /** White space before any text: counted, not kept (text() strips it anyway). */
    void skipLeadingBlank(int length) {
        textLength += length;
    }

    void appendText(char[] chars, int start, int length) {
        textLength += length;
        textValue = null;
        if (textRun == null && text == null) {
            textRun = new String(chars, start, Math.min(MAX_TEXT, length));
        } else {
            if (text == null) {
                text = new StringBuilder(Math.min(textRun.length() + length, MAX_TEXT)).append(textRun);
                textRun = null;
            }
            int room = MAX_TEXT - text.length();
            if (room > 0) {
                text.append(chars, start, Math.min(room, length));
            }
        }
        if (!textTemplated) {
            for (int i = start, end = start + length; i < end; i++) {
                if (chars[i] == Templates.MASK) {
                    textTemplated = true;
                    break;
                }
            }
        }
    }

    void markTextTemplated() {
        textTemplated = true;
    }

    void textStart(int line, int column, long offset) {
        if (textLine == 0) {
            textLine = line;
            textColumn = column;
            textOffset = offset;
        }
    }

    void endTag(int line, int column, long offset) {
        ended = true;
        endTagLine = line;
        endTagColumn = column;
        endTagOffset = offset;
    }

    void textEnd(int line, int column) {
        textEndLine = line;
        textEndColumn = column;
    }

    @Override
    public String toString() {
        return "<" + name + "> @" + line + ":" + column;
    }
}
