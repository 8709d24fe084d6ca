package io.github.twimllint.core;

/**
 * One attribute of a start tag. Its location is the first character of its value (just after the
 * opening quote), so an editor jumps straight to what is wrong. The end is exclusive: the closing
 * quote.
 */
public final class Attribute {
    private final String name;
    private final String value;
    private final int line;
    private final int column;
    private final int endLine;
    private final int endColumn;
    // Where the name and the value are in the document's characters (for fixes); -1 when unknown.
    private long nameOffset = -1;
    private int nameLine;
    private int nameColumn;
    private long valueOffset = -1;
    private Element owner;

    public Attribute(String name, String value, int line, int column, int endLine, int endColumn) {
        this.name = name;
        this.value = value;
        this.line = line;
        this.column = column;
        this.endLine = endLine;
        this.endColumn = endColumn;
    }

    /** The same, with where its name and value start in the document's characters (the parser knows). */
    public Attribute(String name, String value, int line, int column, int endLine, int endColumn,
                     long nameOffset, int nameLine, int nameColumn, long valueOffset) {
        this(name, value, line, column, endLine, endColumn);
        this.nameOffset = nameOffset;
        this.nameLine = nameLine;
        this.nameColumn = nameColumn;
        this.valueOffset = valueOffset;
    }

    /** The element this attribute belongs to. */
    public Element element() {
        return owner;
    }

    void owner(Element element) {
        this.owner = element;
    }

    /** This attribute's value, to report at after its element has ended. */
    public Mark mark() {
        return new Mark(line, column, endLine, endColumn, (owner == null ? "" : owner.path()) + "/@" + name);
    }

    /**
     * The character at {@code index} of the value, when its column is certain: the value is on one
     * line and holds no entity reference (its raw length is its length). Otherwise the value.
     */
    public Mark markAt(int index) {
        if (line == endLine && endColumn - column == value.length() && index >= 0 && index < value.length()) {
            return new Mark(line, column + index, line, column + index + 1,
                    (owner == null ? "" : owner.path()) + "/@" + name);
        }
        return mark();
    }

    public String name() {
        return name;
    }

    /** The value with entities replaced; template constructs are masked (see {@link Templates}). */
    public String value() {
        return value;
    }

    /** True when the value holds a template construct, so its format must not be checked. */
    public boolean isTemplated() {
        return Templates.isTemplated(value);
    }

    /** Character offset of the name in the document (after any byte-order mark), -1 when unknown. */
    public long nameOffset() {
        return nameOffset;
    }

    public int nameLine() {
        return nameLine;
    }

    public int nameColumn() {
        return nameColumn;
    }

    /** Character offset of the value's first character (just after the quote), -1 when unknown. */
    public long valueOffset() {
        return valueOffset;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public int endLine() {
        return endLine;
    }

    public int endColumn() {
        return endColumn;
    }

    @Override
    public String toString() {
        return name + "=\"" + Templates.display(value) + "\" @" + line + ":" + column;
    }
}
