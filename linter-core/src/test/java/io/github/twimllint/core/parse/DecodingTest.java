package io.github.twimllint.core.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** How {@link Decoding} decides a document's encoding and hands out its characters. */
class DecodingTest {

    private static Decoding.Detected detect(int... bytes) throws IOException {
        byte[] head = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            head[i] = (byte) bytes[i];
        }
        return Decoding.detect(head, head.length);
    }

    private static Decoding.Detected detect(String head) throws IOException {
        byte[] b = head.getBytes(StandardCharsets.ISO_8859_1);
        return Decoding.detect(b, b.length);
    }

    @Test
    void aByteOrderMarkDecidesAndIsSkipped() throws IOException {
        assertThat(detect(0xEF, 0xBB, 0xBF, '<')).isEqualTo(new Decoding.Detected(StandardCharsets.UTF_8, 3));
        assertThat(detect(0xFE, 0xFF, 0, '<')).isEqualTo(new Decoding.Detected(StandardCharsets.UTF_16BE, 2));
        assertThat(detect(0xFF, 0xFE, '<', 0)).isEqualTo(new Decoding.Detected(StandardCharsets.UTF_16LE, 2));
        // Only a whole mark counts.
        assertThat(detect(0xEF, 0xBB)).isEqualTo(new Decoding.Detected(StandardCharsets.UTF_8, 0));
        assertThat(detect(0xEF, 0xBB, 0xBE)).isEqualTo(new Decoding.Detected(StandardCharsets.UTF_8, 0));
        assertThat(detect(0xFE)).isEqualTo(new Decoding.Detected(StandardCharsets.UTF_8, 0));
        assertThat(detect(0xFF)).isEqualTo(new Decoding.Detected(StandardCharsets.UTF_8, 0));
        assertThat(detect(0xFE, 0xFE)).isEqualTo(new Decoding.Detected(StandardCharsets.UTF_8, 0));
    }

    @Test
    void utf16WithoutAMarkIsRecognisedByItsFirstCharacters() throws IOException {
        assertThat(detect(0, '<', 0, '?')).isEqualTo(new Decoding.Detected(StandardCharsets.UTF_16BE, 0));
        assertThat(detect('<', 0, '?', 0)).isEqualTo(new Decoding.Detected(StandardCharsets.UTF_16LE, 0));
        // "<?" needs both of its characters; "<R" in UTF-16 is not recognised (it is not XML's start).
        assertThat(detect(0, '<', 0)).isEqualTo(new Decoding.Detected(StandardCharsets.UTF_8, 0));
        assertThat(detect('<', 0, '?')).isEqualTo(new Decoding.Detected(StandardCharsets.UTF_8, 0));
        assertThat(detect(0, '<', 0, 'R')).isEqualTo(new Decoding.Detected(StandardCharsets.UTF_8, 0));
        assertThat(detect('<', 0, 'R', 0)).isEqualTo(new Decoding.Detected(StandardCharsets.UTF_8, 0));
        assertThat(detect(1, '<', 0, '?')).isEqualTo(new Decoding.Detected(StandardCharsets.UTF_8, 0));
        assertThat(detect('<', 1, '?', 0)).isEqualTo(new Decoding.Detected(StandardCharsets.UTF_8, 0));
    }

    /**
     * The declaration is read by hand, as this regular expression (what it was read with before)
     * reads it: the first {@code encoding} before any {@code >} that is followed by a name in quotes.
     */
    @Test
    void theDeclarationIsReadAsTheRegularExpressionReadsIt() {
        Pattern reference = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
        String[] pieces = {"<?xml", " ", "\t", "\n", "\u000b", "\f", "\r", "version='1.0'", "encoding", "encod",
            "=", "\"", "'", "ISO-8859-1", "a b", ">", "?>", "x", "-", ":", "\u00e9", "UTF_8"};
        Random random = new Random(15);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder head = new StringBuilder(random.nextInt(4) == 0 ? "" : "<?xml");
            for (int k = random.nextInt(14); k > 0; k--) {
                head.append(pieces[random.nextInt(pieces.length)]);
            }
            byte[] bytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
            Matcher m = reference.matcher(head);
            assertThat(Decoding.declaredName(bytes, bytes.length)).as("%s", head).isEqualTo(m.find() ? m.group(1) : null);
        }
        byte[] retried = "<?xml encoding='a b' encoding = \"UTF-8'".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(Decoding.declaredName(retried, retried.length)).isEqualTo("UTF-8");
    }

    @Test
    void theDeclarationNamesTheEncodingWithinTheFirst512Bytes() throws IOException {
        assertThat(detect("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>").charset())
                .isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(detect("<?xml version='1.0' encoding = 'windows-1252' ?>").charset())
                .isEqualTo(Charset.forName("windows-1252"));
        assertThat(detect("<?xml version=\"1.0\"?>").charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(detect("<Response encoding=\"ISO-8859-1\"/>").charset()).isEqualTo(StandardCharsets.UTF_8);
        // UTF-16 declared in bytes that read as ASCII contradicts itself: they are UTF-8.
        assertThat(detect("<?xml version=\"1.0\" encoding=\"utf-16\"?>").charset()).isEqualTo(StandardCharsets.UTF_8);
        String late = "<?xml version=\"1.0\"" + " ".repeat(480) + " encoding=\"ISO-8859-1\"?>";
        assertThat(detect(late).charset()).isEqualTo(StandardCharsets.UTF_8);
        String inTime = "<?xml version=\"1.0\"" + " ".repeat(440) + " encoding=\"ISO-8859-1\"?>";
        assertThat(detect(inTime).charset()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> detect("<?xml version=\"1.0\" encoding=\"no-such-charset\"?>"))
                .isInstanceOf(Decoding.UnsupportedEncodingDeclared.class)
                .hasMessage("the document declares encoding 'no-such-charset', which is not supported");
        assertThatThrownBy(() -> detect("<?xml version=\"1.0\" encoding=\"-x\"?>"))
                .isInstanceOf(Decoding.UnsupportedEncodingDeclared.class);
    }

    @Test
    void aDeclaredEncodingDecodesTheDocument() {
        byte[] latin = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<Response><Say>caf\u00e9 \u00e9t\u00e9</Say></Response>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(Recorder.parse(latin, true, 7).events).contains("text 'caf\u00e9 \u00e9t\u00e9' 2:16-2:24 @59")
                .last().isEqualTo("endDocument bytes=" + latin.length);
        byte[] unknown = "<?xml version=\"1.0\" encoding=\"x-nothing\"?><Response/>".getBytes(StandardCharsets.US_ASCII);
        assertThat(Recorder.parse(unknown, true, 100).events).containsExactly(
                "problem 1:1 the document declares encoding 'x-nothing', which is not supported");
        // 0x81 has no character in windows-1252: not text in the declared encoding.
        byte[] unmappable = ParseEventsTest.concat(
                "<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n<Response><Say>ab".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0x81}, "</Say></Response>".getBytes(StandardCharsets.US_ASCII));
        assertThat(Recorder.parse(unmappable, true, 100).last())
                .startsWith("problem 2:18 the bytes here are not valid in the document's encoding");
    }

    @Test
    void utf16WithoutAMarkIsParsed() {
        String doc = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<Response><Say>\ud83d\ude00</Say></Response>";
        for (Charset c : new Charset[] {StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE}) {
            byte[] bytes = doc.getBytes(c);
            for (int chunk : new int[] {1, 3, 1000}) {
                assertThat(Recorder.parse(bytes, true, chunk).events).as("%s in chunks of %d", c, chunk).containsExactly(
                        "start Response 2:1 @40", "start Say 2:11 @50", "text '\ud83d\ude00' 2:16-2:18 @55",
                        "end 2:18 @57", "end 2:24 @63", "endDocument bytes=" + bytes.length);
            }
        }
    }

    @Test
    void theReaderFillsTheCallersBufferFromItsOffset() throws IOException {
        byte[] bytes = "ab\u00e9\ud83d\ude00c".getBytes(StandardCharsets.UTF_8);
        Reader r = Decoding.reader(Recorder.chunked(bytes, 1));
        char[] buf = new char[10];
        assertThat(r.read(buf, 0, 0)).isZero();
        StringBuilder got = new StringBuilder();
        int n;
        while ((n = r.read(buf, 4, 6)) >= 0) {
            assertThat(n).isBetween(1, 6);
            assertThat(buf[0]).isEqualTo('\0');
            got.append(buf, 4, n);
        }
        assertThat(got.toString()).isEqualTo("ab\u00e9\ud83d\ude00c");
        assertThat(r.read(buf, 4, 6)).isEqualTo(-1);
        r.close();
        // One character at a time, a surrogate pair too.
        Reader one = Decoding.reader(new ByteArrayInputStream(bytes));
        StringBuilder single = new StringBuilder();
        while ((n = one.read(buf, 9, 1)) >= 0) {
            assertThat(n).isEqualTo(1);
            single.append(buf[9]);
        }
        assertThat(single.toString()).isEqualTo("ab\u00e9\ud83d\ude00c");
    }

    @Test
    void anIncompleteSequenceAtTheEndIsAnError() throws IOException {
        byte[] bytes = {'a', 'b', (byte) 0xE2, (byte) 0x82};
        Reader r = Decoding.reader(new ByteArrayInputStream(bytes));
        char[] buf = new char[10];
        assertThat(r.read(buf, 0, 10)).isEqualTo(2);
        assertThatThrownBy(() -> r.read(buf, 0, 10)).isInstanceOf(java.nio.charset.MalformedInputException.class);
    }
}
