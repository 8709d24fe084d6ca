package io.github.twimllint.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twimllint.core.Attribute;
import io.github.twimllint.core.Fix;
import io.github.twimllint.core.Source;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link XmlParser.Handler} that writes down every event as one line of text, with every line,
 * column and offset the parser hands over, so a test compares a whole document's events at once.
 * Adjacent text runs are joined: how the parser splits character data is not a contract, where
 * the joined text's first and last non-blank characters are is.
 *
 * <pre>
 * start NAME L:C @OFFSET [name=value vL:C-L:C @VALUE_OFFSET nL:C @NAME_OFFSET]...
 * end L:C @OFFSET                       (offset -1 for the end of an empty-element tag)
 * text 'CHARS' L:C-L:C @FIRST_OFFSET    (text 'CHARS' blank: white space only)
 * comment 'TEXT' L:C end L
 * problem L:C MESSAGE / syntax L:C MESSAGE [note] [fix OFFSET 'ORIGINAL'>'REPLACEMENT' L:C]
 * endDocument bytes=N
 * </pre>
 * Line ends are shown as \n and \r, tabs as \t, the template mask as #.
 */
final class Recorder implements XmlParser.Handler {
    final List<String> events = new ArrayList<>();
    XmlParser parser;
    XmlParser.Outcome outcome;
    /** Return false from startElement for this element name (a sniffed root that is not wanted). */
    String refuse;

    // The text runs met since the last other event, joined.
    private final StringBuilder chars = new StringBuilder();
    private boolean inText;
    private String first;
    private String end;

    /** Parses {@code bytes}, handed out at most {@code chunk} bytes per read. */
    static Recorder parse(byte[] bytes, boolean templates, int chunk) {
        return parse(Source.ofStream("t.xml", () -> chunked(bytes, chunk)), templates);
    }

    static Recorder parse(String doc, boolean templates) {
        return parse(doc.getBytes(java.nio.charset.StandardCharsets.UTF_8), templates, Integer.MAX_VALUE);
    }

    static Recorder parse(Source source, boolean templates) {
        Recorder r = new Recorder();
        r.parser = new XmlParser(source, templates, r);
        r.outcome = r.parser.parse();
        r.flushText();
        return r;
    }

    /** A stream handing out at most {@code chunk} bytes per read, as a pipe or a slow disk may. */
    static InputStream chunked(byte[] bytes, int chunk) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
    }

    /** A stream that fails with {@code error} once it has handed out {@code bytes}. */
    static InputStream failingAfter(byte[] bytes, IOException error) {
        return new InputStream() {
            private final InputStream in = new ByteArrayInputStream(bytes);

            @Override
            public int read() throws IOException {
                throw new UnsupportedOperationException("the parser reads in blocks");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = in.read(b, off, len);
                if (n < 0) {
                    throw error;
                }
                return n;
            }
        };
    }

    @Override
    public boolean startElement(String name, int line, int column, long offset, List<Attribute> attributes) {
        flushText();
        StringBuilder b = new StringBuilder("start ").append(name).append(' ').append(at(line, column))
                .append(" @").append(offset);
        for (Attribute a : attributes) {
            b.append(" [").append(a.name()).append('=').append(show(a.value()))
                    .append(" v").append(at(a.line(), a.column())).append('-').append(at(a.endLine(), a.endColumn()))
                    .append(" @").append(a.valueOffset())
                    .append(" n").append(at(a.nameLine(), a.nameColumn())).append(" @").append(a.nameOffset())
                    .append(']');
        }
        events.add(b.toString());
        return !name.equals(refuse);
    }

    @Override
    public void endElement(int line, int column, long offset) {
        flushText();
        events.add("end " + at(line, column) + " @" + offset);
    }

    @Override
    public void text(XmlParser.Text text) {
        String s = new String(text.chars(), text.start(), text.length());
        assertThat(text.isBlank()).as("isBlank of '%s'", s).isEqualTo(s.chars().allMatch(XmlParser::isSpace));
        inText = true;
        chars.append(s);
        if (!text.isBlank()) {
            if (first == null) {
                first = at(text.firstLine(), text.firstColumn()) + "-@" + text.firstOffset();
            }
            end = at(text.endLine(), text.endColumn());
        }
    }

    private void flushText() {
        if (!inText) {
            return;
        }
        String s = show(chars.toString());
        if (first == null) {
            events.add("text " + s + " blank");
        } else {
            int cut = first.indexOf("-@");
            events.add("text " + s + " " + first.substring(0, cut) + "-" + end + " @" + first.substring(cut + 2));
        }
        chars.setLength(0);
        inText = false;
        first = null;
        end = null;
    }

    @Override
    public void comment(String text, int line, int column, int endLine) {
        flushText();
        events.add("comment " + show(text) + " " + at(line, column) + " end " + endLine);
    }

    @Override
    public void syntaxProblem(int line, int column, String message) {
        flushText();
        events.add("problem " + at(line, column) + " " + message);
    }

    @Override
    public void notWellFormed(int line, int column, String message, boolean note, Fix fix) {
        flushText();
        StringBuilder b = new StringBuilder("syntax ").append(at(line, column)).append(' ').append(message);
        if (note) {
            b.append(" [note]");
        }
        if (fix != null) {
            for (Fix.Edit e : fix.edits()) {
                b.append(" [fix ").append(e.offset()).append(" '").append(e.original()).append("'>'")
                        .append(e.replacement()).append("' ").append(at(e.line(), e.column())).append(']');
            }
        }
        events.add(b.toString());
    }

    @Override
    public void endDocument() {
        flushText();
        events.add("endDocument bytes=" + parser.bytesRead());
    }

    /** The last event (the syntax problem of a document that is not well-formed). */
    String last() {
        return events.isEmpty() ? "" : events.get(events.size() - 1);
    }

    static String at(int line, int column) {
        return line + ":" + column;
    }

    static String show(String s) {
        return "'" + s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
                .replace(io.github.twimllint.core.Templates.MASK, '#') + "'";
    }
}
