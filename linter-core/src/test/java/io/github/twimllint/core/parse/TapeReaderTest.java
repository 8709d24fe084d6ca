package io.github.twimllint.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link TapeReader} copies runs of ordinary characters in bulk and hands out the rest one by one
 * through its state machine. Both ways must give the parser the same characters and locate every
 * offset alike, whatever the chunk sizes the parser asks for and wherever it releases the tape.
 */
class TapeReaderTest {

    /** Pieces that move the reader's state (tags, values, comments, CDATA, templates, long runs). */
    private static final String[] PIECES = {
        "<Response>", "</Response>", "<Say voice=\"alice\">", "</Say>", "<Play loop='2'/>", "<Gather  input=\"dtmf\"\n\t>",
        "hello ", "world", "\n", "\r\n", "\r", "  ", "\t", "&amp;", "a > b", "x/y", "\"q\"", "'s'",
        "{{name}}", "{{{raw}}}", "{% if x %}", "{# note #}", "${user.id}", "#{ruby}", "{id}", "{", "}", "$", "#",
        "<%= erb %>", "<?php echo 1; ?>", "<?pi data?>", "<!-- twiml-lint-disable unknown-element -->",
        "<!--", "-->", "<![CDATA[ <x> ]]>", "]]>", "<!DOCTYPE Response [<!ENTITY e \"v\">]>",
        "<Dial action=\"https://example.com/{{step}}?a=1&amp;b=2\">", "</Dial>", "/>", ">", "<", "=",
        "\u00e9t\u00e9", "\ud83d\ude00", " ".repeat(1500), "-".repeat(1500), "x".repeat(9000),
        "<!-- " + "c".repeat(2000) + " -->", "<Say>" + "\n ".repeat(700) + "</Say>",
    };

    @Test
    void bulkCopiesGiveTheSameCharactersAndLocationsAsOneByOne() throws IOException {
        Random random = new Random(15);
        for (int doc = 0; doc < 250; doc++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(60);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            boolean mask = random.nextInt(4) != 0;
            int chunk = new int[] {1, 2, 7, 64, 4000}[random.nextInt(5)];
            int keep = random.nextInt(200);
            compare(text.toString(), mask, chunk, keep);
        }
    }

    @Test
    void aTypicalDocumentReadInLargeChunks() throws IOException {
        String doc = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response>\n"
                + "  <Say voice=\"Polly.Joanna\">Hello {{name}}, your code is ${code}.</Say>\r\n"
                + "  <!-- twiml-lint-disable-next-line -->\n"
                + "  <Gather input=\"speech dtmf\"\n          action='/next?step=#{step}'>\n"
                + "    <Play loop=\"2\">https://cdn.example.com/{id}.mp3</Play>\n  </Gather>\n</Response>\n";
        for (int chunk : new int[] {1, 3, 16, 4000}) {
            compare(doc, true, chunk, 0);
            compare(doc, false, chunk, 40);
        }
    }

    /** An offset outside the holes maps to an index of the tape's array and back, holding its character. */
    private static void sameInArray(TapeReader tape, long o, String text) {
        int index = tape.indexAt(o);
        same("offset of the index", o, text, tape.offsetAt(index), o);
        if (o < tape.offset()) {
            same("character in the array", o, text, tape.tapeChars()[index], tape.charAt(o));
        } else {
            same("end of the array", o, text, index, tape.tapeEnd());
        }
    }

    /**
     * Reads {@code text} through a bulk reader and a one-by-one reader in the same chunks,
     * releasing the tape up to {@code keep} characters behind the read position after each chunk,
     * and compares every character handed out and every offset's character, line and column.
     */
    private static void compare(String text, boolean mask, int chunk, int keep) throws IOException {
        TapeReader bulk = new TapeReader(new StringReader(text), mask, true);
        TapeReader single = new TapeReader(new StringReader(text), mask, false);
        char[] a = new char[chunk];
        char[] b = new char[chunk];
        int[][] expected = positions(text);
        long checked = 0;
        while (true) {
            int n = bulk.read(a, 0, chunk);
            int m = single.read(b, 0, chunk);
            assertThat(n).as("count of a read in %s", text).isEqualTo(m);
            if (n < 0) {
                break;
            }
            assertThat(new String(a, 0, n)).as("characters of %s", text).isEqualTo(new String(b, 0, m));
            assertThat(bulk.offset()).isEqualTo(single.offset());
            for (long o = Math.max(checked, bulk.firstOffset()); o <= bulk.offset(); o++) {
                same("character", o, text, bulk.charAt(o), single.charAt(o));
                same("hole end", o, text, bulk.skipHole(o), single.skipHole(o));
                if (o % 7 == 0) {
                    same("index of a quote", o, text, bulk.indexOf('"', o), naiveIndexOf(single, '"', o));
                }
                if (bulk.skipHole(o) == o) {
                    sameInArray(bulk, o, text);
                    sameInArray(single, o, text);
                    same("line", o, text, bulk.lineOf(o), single.lineOf(o));
                    same("column", o, text, bulk.columnOf(o), single.columnOf(o));
                    same("line counted in the text", o, text, bulk.lineOf(o), expected[0][(int) o]);
                    same("column counted in the text", o, text, bulk.columnOf(o), expected[1][(int) o]);
                }
            }
            checked = bulk.offset();
            long release = Math.max(0, bulk.offset() - keep);
            bulk.release(release);
            single.release(release);
            assertThat(bulk.firstOffset()).isEqualTo(single.firstOffset());
        }
        assertThat(bulk.templateCount()).isEqualTo(single.templateCount());
        for (long o = 0; o <= bulk.offset(); o++) {
            assertThat(bulk.templateNear(o)).isEqualTo(single.templateNear(o));
        }
    }

    /** Line and column of every offset of {@code text} (and of its end): CR, LF and CRLF each end a line. */
    private static int[][] positions(String text) {
        int[] lines = new int[text.length() + 1];
        int[] columns = new int[text.length() + 1];
        int line = 1;
        int column = 1;
        for (int i = 0; i <= text.length(); i++) {
            lines[i] = line;
            columns[i] = column;
            char c = i < text.length() ? text.charAt(i) : 0;
            if (c == '\r' || c == '\n' && (i == 0 || text.charAt(i - 1) != '\r')) {
                line++;
                column = 1;
            } else if (c != '\n') {
                column++;
            }
        }
        return new int[][] {lines, columns};
    }

    private static long naiveIndexOf(TapeReader tape, char c, long from) {
        long p = from;
        while (tape.charAt(p) >= 0 && tape.charAt(p) != c) {
            p++;
        }
        return p;
    }

    /** Plain comparison: the readers are compared at every offset of hundreds of documents. */
    private static void same(String what, long offset, String text, long bulk, long single) {
        if (bulk != single) {
            throw new AssertionError(what + " at offset " + offset + ": " + bulk + " in bulk, " + single
                    + " one by one, in " + text);
        }
    }

    @Test
    void aReaderInTheBuffersOfALargerDocumentLocatesAsAFreshOne() throws IOException {
        ParseBuffers buffers = new ParseBuffers();
        String big = "<Response>\n<Say>\n" + "words {{x}}\r\n".repeat(2000) + "</Say>\n</Response>\n";
        TapeReader first = new TapeReader(new StringReader(big), true, true, buffers);
        char[] chunk = new char[4000];
        while (first.read(chunk, 0, chunk.length) >= 0) {
            // Nothing released: the tape grows to hold the whole document.
        }
        first.recycle();
        assertThat(buffers.tape.length).isGreaterThan(big.length());
        String small = "<Response>\n  <Say>hi</Say>\n</Response>\n";
        // The second reader works in the first one's buffers, which still hold the first document.
        TapeReader second = new TapeReader(new StringReader(small), true, true, buffers);
        TapeReader fresh = new TapeReader(new StringReader(small), true, false);
        assertThat(second.read(chunk, 0, chunk.length)).isEqualTo(small.length());
        fresh.read(new char[4000], 0, 4000);
        for (long o = 0; o <= small.length(); o++) {
            assertThat(second.charAt(o)).isEqualTo(fresh.charAt(o));
            assertThat(second.lineOf(o)).isEqualTo(fresh.lineOf(o));
            assertThat(second.columnOf(o)).isEqualTo(fresh.columnOf(o));
        }
        assertThat(second.templateCount()).isZero();
    }
}
