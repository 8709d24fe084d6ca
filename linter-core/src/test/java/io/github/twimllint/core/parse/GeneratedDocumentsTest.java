package io.github.twimllint.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twimllint.core.Templates;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Random well-formed documents, built piece by piece together with the events the parser must
 * hand over: every element, attribute value and name, text run and comment at the line, column
 * and offset where the generator put it. Lines and columns come from a plain count over the
 * finished document (CR, LF and CRLF each end a line), not from the parser's reader. The pieces
 * are those that move the reader: CR and CRLF line ends, tabs, surrogate pairs, entities, CDATA,
 * masked templates, long values and text, and white space and comments longer than what the
 * reader keeps ({@link TapeReader#MAX_RUN}). Each document is read in one encoding (UTF-8 with or
 * without a byte-order mark, UTF-16 with one) and handed out in chunks of one size.
 */
class GeneratedDocumentsTest {
    private static final Charset[] ENCODINGS = {
        StandardCharsets.UTF_8, StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
    };
    private static final int[] CHUNKS = {1, 3, 7, 64, 5000, Integer.MAX_VALUE};

    @Test
    void randomDocumentsGiveTheEventsTheyWereBuiltWith() {
        for (int seed = 0; seed < 100; seed++) {
            Random r = new Random(seed);
            Gen g = new Gen(r, r.nextInt(5) != 0);
            g.document("");
            int chunk = CHUNKS[r.nextInt(CHUNKS.length)];
            // One byte at a time only for the smaller documents: the larger ones would only take longer.
            check("seed " + seed, g, ENCODINGS[r.nextInt(ENCODINGS.length)], r.nextBoolean(),
                    g.doc.length() > 4000 ? Math.max(chunk, 7) : chunk);
        }
    }

    /**
     * A short document dense with the constructs the reader has to look ahead for (templates,
     * references, CDATA, comments, line ends, a surrogate pair) moved one position at a time
     * across the reader's first buffer (4096 characters) and the decoder's (8192 bytes), behind
     * characters of one, two and four bytes.
     */
    @Test
    void aDocumentAtEveryOffsetAroundTheBufferSizes() {
        String[] fills = {"a", "\u00e9", "\ud83d\ude00"};
        for (String fill : fills) {
            for (int n = 3960; n < 4110; n += fill.length()) {
                Gen g = new Gen(new Random(0), true);
                dense(g, fill.repeat(n / fill.length()));
                check("padding of " + n + " " + fill, g, StandardCharsets.UTF_8, false, Integer.MAX_VALUE);
            }
        }
    }

    private static void dense(Gen g, String pad) {
        String m = String.valueOf(Templates.MASK);
        g.startTag("Response", List.of(), "", false);
        g.text(pad, pad);
        g.startTag("Say", List.of(new String[] {" ", "voice", "=", "\"", "{{x}}", m.repeat(5)},
                new String[] {"\r\n\t", "loop", " = ", "'", "a&amp;b{id}", "a&b" + m.repeat(4)}), "", false);
        g.text("{{t}}&amp;<![CDATA[c]]>", m.repeat(5) + "&c");
        g.comment(" d\r\n");
        g.text("&#x1F600;\ud83d\ude00#{r}{% j %}<%= e %>\r\n", "\ud83d\ude00\ud83d\ude00" + m.repeat(19) + "\n");
        g.endTag("Say", "");
        g.startTag("Play", List.<String[]>of(new String[] {"\r", "loop", "=", "\"", "${y}", m.repeat(4)}), " ", true);
        g.text("<?php echo 1; ?>\r", m.repeat(16) + "\n");
        g.endTag("Response", "\n");
    }

    private static void check(String what, Gen g, Charset charset, boolean bom, int chunk) {
        String doc = g.doc.toString();
        byte[] body = doc.getBytes(charset);
        byte[] mark = !bom && charset == StandardCharsets.UTF_8 ? new byte[0]
                : "\ufeff".getBytes(charset);
        byte[] bytes = ByteBuffer.allocate(mark.length + body.length).put(mark).put(body).array();
        Recorder r = Recorder.parse(bytes, g.templates, chunk);
        List<String> expected = new ArrayList<>(g.resolve());
        expected.add("endDocument bytes=" + bytes.length);
        assertThat(String.join("\n", r.events))
                .as("%s, %s%s in chunks of %d, templates %s:%n%s", what, charset, bom ? " with BOM" : "", chunk,
                        g.templates, doc)
                .isEqualTo(String.join("\n", expected));
        assertThat(r.outcome.complete()).isTrue();
    }

    /** Builds a document and the events expected from it; positions are resolved at the end. */
    static final class Gen {
        private static final String[] NAMES = {"Say", "Play", "Gather", "Dial", "x:Pause", "Number"};
        private static final String[] ATTRIBUTES = {"voice", "loop", "action", "method", "xml:lang", "a-b.c_d"};

        final Random r;
        final boolean templates;
        final StringBuilder doc = new StringBuilder();
        private final List<String> events = new ArrayList<>();
        // The text since the last other event: its characters and where its non-blank part lies.
        private final StringBuilder text = new StringBuilder();
        private boolean inText;
        private long first = -1;
        private long last = -1;

        Gen(Random r, boolean templates) {
            this.r = r;
            this.templates = templates;
        }

        void document(String pad) {
            if (r.nextBoolean()) {
                doc.append("<?xml version=\"1.0\"?>").append(nl());
            }
            outside();
            element("Response", 0, pad);
            outside();
        }

        /** White space, comments and processing instructions before or after the root. */
        private void outside() {
            for (int i = r.nextInt(4); i > 0; i--) {
                switch (r.nextInt(6)) {
                    case 0 -> doc.append(nl());
                    case 1 -> comment(commentBody());
                    case 2 -> doc.append("<?pi some data?>");
                    case 3 -> doc.append(" ".repeat(1000 + r.nextInt(60))).append(nl());
                    case 4 -> doc.append(nl().repeat(1020 + r.nextInt(10)));
                    default -> doc.append('\t');
                }
            }
        }

        private void element(String name, int depth, String pad) {
            List<String[]> attributes = new ArrayList<>();
            List<String> used = new ArrayList<>();
            for (int i = r.nextInt(4); i > 0; i--) {
                String attribute = ATTRIBUTES[r.nextInt(ATTRIBUTES.length)];
                if (used.contains(attribute)) {
                    continue;
                }
                used.add(attribute);
                String[] value = attributeValue();
                String quote = value[0].indexOf('"') >= 0 ? "'" : value[0].indexOf('\'') >= 0 || r.nextBoolean()
                        ? "\"" : "'";
                attributes.add(new String[] {tagSpace(), attribute,
                    r.nextInt(4) == 0 ? " = " : r.nextInt(8) == 0 ? "\r\n=\t" : "=", quote, value[0], value[1]});
            }
            String trailing = r.nextInt(3) == 0 ? tagSpace() : "";
            if (pad.isEmpty() && (depth >= 3 || r.nextInt(4) == 0)) {
                startTag(name, attributes, trailing, true);
                return;
            }
            startTag(name, attributes, trailing, false);
            if (!pad.isEmpty()) {
                text(pad, pad);
            }
            for (int i = r.nextInt(depth == 0 ? 6 : 4); i > 0; i--) {
                if (depth < 3 && r.nextInt(3) == 0) {
                    element(NAMES[r.nextInt(NAMES.length)], depth + 1, "");
                } else if (r.nextInt(8) == 0) {
                    comment(commentBody());
                } else {
                    content();
                }
            }
            endTag(name, r.nextInt(4) == 0 ? tagSpace() : "");
        }

        /**
         * A start tag; each attribute is {space before it, name, '=' with any space around it, quote,
         * raw value, value handed over}. An empty-element tag ends at once.
         */
        void startTag(String name, List<String[]> attributes, String trailing, boolean empty) {
            endText();
            long lt = doc.length();
            doc.append('<').append(name);
            StringBuilder start = new StringBuilder("start ").append(name).append(' ').append(pos(lt))
                    .append(" @").append(lt);
            for (String[] a : attributes) {
                doc.append(a[0]);
                long nameAt = doc.length();
                doc.append(a[1]).append(a[2]).append(a[3]);
                long valueAt = doc.length();
                doc.append(a[4]);
                long valueEnd = doc.length();
                doc.append(a[3]);
                start.append(" [").append(a[1]).append('=').append(Recorder.show(a[5]))
                        .append(" v").append(pos(valueAt)).append('-').append(pos(valueEnd)).append(" @")
                        .append(valueAt).append(" n").append(pos(nameAt)).append(" @").append(nameAt).append(']');
            }
            doc.append(trailing).append(empty ? "/>" : ">");
            events.add(start.toString());
            if (empty) {
                events.add("end " + pos(lt) + " @-1");
            }
        }

        void endTag(String name, String space) {
            endText();
            long et = doc.length();
            doc.append("</").append(name).append(space).append('>');
            events.add("end " + pos(et) + " @" + et);
        }

        /** A raw attribute value and the value the parser hands over. */
        private String[] attributeValue() {
            String m = String.valueOf(Templates.MASK);
            return switch (r.nextInt(templates ? 20 : 14)) {
                case 0 -> new String[] {"alice", "alice"};
                case 1 -> new String[] {"", ""};
                case 2 -> new String[] {"a&amp;b", "a&b"};
                case 3 -> new String[] {"x&lt;y&#65;&#x42;", "x<yAB"};
                case 4 -> new String[] {"\ud83d\ude00e\u00e9", "\ud83d\ude00e\u00e9"};
                case 5 -> new String[] {"two\nlines", "two lines"};
                case 6 -> new String[] {"crlf\r\nx", "crlf x"};
                case 7 -> new String[] {"cr\rx\ty", "cr x y"};
                case 8 -> new String[] {"a > b / c", "a > b / c"};
                case 9 -> new String[] {"say \"hi\"", "say \"hi\""};
                case 10 -> new String[] {"it's", "it's"};
                case 11 -> new String[] {"v".repeat(5000), "v".repeat(5000)};
                case 12 -> new String[] {"{{name}}", templates ? m.repeat(8) : "{{name}}"};
                case 13 -> new String[] {"pre{id}post", templates ? "pre" + m.repeat(4) + "post" : "pre{id}post"};
                case 14 -> new String[] {"${a.b}/#{r}", m.repeat(6) + "/" + m.repeat(4)};
                case 15 -> new String[] {"{% if x %}", m.repeat(10)};
                case 16 -> new String[] {"<%= e %>", m.repeat(8)};
                case 17 -> new String[] {"{ not } {a b}", "{ not } {a b}"};
                case 18 -> new String[] {"{{a}}\n{{b}}", m.repeat(5) + " " + m.repeat(5)};
                default -> new String[] {"$ # {", "$ # {"};
            };
        }

        /** A piece of element content: text, references, CDATA, templates, a processing instruction. */
        private void content() {
            String m = String.valueOf(Templates.MASK);
            switch (r.nextInt(templates ? 24 : 17)) {
                case 0 -> text("Hello", "Hello");
                case 1 -> text(" spaced ", " spaced ");
                case 2 -> {
                    String nl = nl();
                    text(nl, "\n");
                }
                case 3 -> text("\t", "\t");
                case 4 -> text("&amp;", "&");
                case 5 -> text("a &lt; b", "a < b");
                case 6 -> text("&#x1F600;", "\ud83d\ude00");
                case 7 -> text("\ud83d\ude00\u00e9", "\ud83d\ude00\u00e9");
                case 8 -> text("{ x $ y # z }", "{ x $ y # z }");
                case 9 -> text("{plain}", "{plain}");
                case 10 -> text("x".repeat(5000), "x".repeat(5000));
                case 11 -> text("  \r\n  ", "  \n  ");
                case 12 -> text("<![CDATA[ <raw> & ]]>", " <raw> & ");
                case 13 -> text("<![CDATA[a\r\nb]]>", "a\nb");
                case 14 -> doc.append("<?pi data?>"); // not an event: the text around it is one run
                case 15 -> text(" ".repeat(1500) + "y", " ".repeat(1500) + "y");
                case 16 -> text("\n".repeat(30), "\n".repeat(30));
                case 17 -> text("{{t}}", m.repeat(5));
                case 18 -> text("${x}", m.repeat(4));
                case 19 -> text("#{y}", m.repeat(4));
                case 20 -> text("{% x %}", m.repeat(7));
                case 21 -> text("<?php echo 1; ?>", m.repeat(16));
                case 22 -> text("<%= erb %>", m.repeat(10));
                default -> text("{{a\r\nb}}", m.repeat(3) + "\n" + m.repeat(3));
            }
        }

        private String commentBody() {
            return switch (r.nextInt(5)) {
                case 0 -> " c ";
                case 1 -> "";
                case 2 -> "c".repeat(600) + nl() + "d".repeat(600) + nl() + "e";
                case 3 -> "y".repeat(1018 + r.nextInt(12));
                default -> " twiml-lint-disable x -" + nl() + " ";
            };
        }

        void comment(String body) {
            endText();
            long at = doc.length();
            doc.append("<!--").append(body).append("-->");
            events.add("comment " + Recorder.show(body.substring(0, Math.min(body.length(), TapeReader.MAX_RUN)))
                    + " " + pos(at) + " end " + line(doc.length() - 1));
        }

        /** Appends raw text whose characters the parser hands over as {@code value}. */
        void text(String raw, String value) {
            long at = doc.length();
            doc.append(raw);
            text.append(value);
            inText = true;
            for (int i = 0; i < raw.length(); i++) {
                if (!XmlParser.isSpace(raw.charAt(i))) {
                    if (first < 0) {
                        first = at + i;
                    }
                    last = at + i + 1;
                }
            }
        }

        private void endText() {
            if (!inText) {
                return;
            }
            String s = Recorder.show(text.toString());
            events.add(first < 0 ? "text " + s + " blank" : "text " + s + " " + pos(first) + "-" + pos(last) + " @" + first);
            text.setLength(0);
            inText = false;
            first = -1;
            last = -1;
        }

        private String nl() {
            return new String[] {"\n", "\r\n", "\r"}[r.nextInt(3)];
        }

        /** White space between attributes, some of it longer than the reader keeps, a line end at its edge. */
        private String tagSpace() {
            return switch (r.nextInt(9)) {
                case 0 -> "\t";
                case 1 -> nl();
                case 2 -> "  " + nl() + "\t";
                case 3 -> " ".repeat(1000 + r.nextInt(60)) + nl() + "  ";
                case 4 -> " ".repeat(1020 + r.nextInt(8)) + "\r\n";
                case 5 -> nl().repeat(1100);
                default -> " ";
            };
        }

        private static String pos(long offset) {
            return "\u27e8" + offset + "\u27e9";
        }

        private static String line(long offset) {
            return "\u27ea" + offset + "\u27eb";
        }

        /** The events with each position written as line:column, counted over the whole document. */
        List<String> resolve() {
            int n = doc.length();
            int[] lines = new int[n + 1];
            int[] columns = new int[n + 1];
            int line = 1;
            int column = 1;
            for (int i = 0; i <= n; i++) {
                lines[i] = line;
                columns[i] = column;
                if (i == n) {
                    break;
                }
                char c = doc.charAt(i);
                boolean lf = c == '\n' && !(i > 0 && doc.charAt(i - 1) == '\r');
                if (c == '\r' || lf) {
                    line++;
                    column = 1;
                } else if (c != '\n') {
                    column++;
                }
            }
            Pattern p = Pattern.compile("\u27e8(\\d+)\u27e9|\u27ea(\\d+)\u27eb");
            List<String> out = new ArrayList<>();
            for (String e : events) {
                Matcher m = p.matcher(e);
                StringBuilder b = new StringBuilder();
                while (m.find()) {
                    String s = m.group(1) != null
                            ? lines[Integer.parseInt(m.group(1))] + ":" + columns[Integer.parseInt(m.group(1))]
                            : String.valueOf(lines[Integer.parseInt(m.group(2))]);
                    m.appendReplacement(b, s);
                }
                m.appendTail(b);
                out.add(b.toString());
            }
            return out;
        }
    }
}
