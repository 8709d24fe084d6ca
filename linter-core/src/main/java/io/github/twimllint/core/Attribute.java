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
    private Element owner;

    public Attribute(String name, String value, int line, int column, int endLine, int endColumn) {
        this.name = name;
        this.value = value;
        this.line = line;
        this.column = column;
        this.endLine = endLine;
        this.endColumn = endColumn;
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
