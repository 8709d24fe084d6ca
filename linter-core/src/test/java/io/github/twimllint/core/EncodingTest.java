package io.github.twimllint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Every encoding a TwiML file arrives in keeps locations exact; bad bytes are a located finding. */
class EncodingTest {

    private final Linter linter = TestDialect.builder(RuleSet.of(LocationTest.EverythingRule::new)).jobs(1).build();

    /** Non-ASCII before and after the located nodes: a BMP letter and a supplementary emoji. */
    private static final String DOC = "<Response>\n  <Say>h\u00e9llo \uD83D\uDE00</Say><Play loop=\"2\">x</Play>\n</Response>\n";
    private static final List<String> DOC_POSITIONS = List.of(
            "1:1 element Response",
            "2:3 element Say",
            "2:8 text h\u00e9llo \uD83D\uDE00",
            // The emoji is two UTF-16 units: </Say> starts at column 16.
            "2:22 element Play",
            "2:34 attribute loop=2",
            "2:37 text x");

    private List<String> positions(byte[] bytes) {
        FileResult r = Fixtures.lint(linter, "t.twiml", bytes);
        assertThat(r.internalError()).isNull();
        assertThat(r.readError()).isNull();
        List<String> out = new ArrayList<>();
        for (Finding f : r.findings()) {
            out.add(f.line() + ":" + f.column() + " " + (f.ruleId().equals("xml-syntax") ? "xml-syntax: " : "")
                    + f.message());
        }
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.writeBytes(p);
        }
        return b.toByteArray();
    }

    private static byte[] bytes(String s, Charset cs) {
        return s.getBytes(cs);
    }

    @Test
    void utf8WithoutBom() {
        assertThat(positions(bytes(DOC, StandardCharsets.UTF_8))).containsExactlyElementsOf(DOC_POSITIONS);
    }

    @Test
    void utf8WithBom() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertThat(positions(concat(bom, bytes(DOC, StandardCharsets.UTF_8)))).containsExactlyElementsOf(DOC_POSITIONS);
    }

    @Test
    void utf16LittleEndianWithBom() {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        assertThat(positions(concat(bom, bytes(DOC, StandardCharsets.UTF_16LE)))).containsExactlyElementsOf(DOC_POSITIONS);
    }

    @Test
    void utf16BigEndianWithBom() {
        byte[] bom = {(byte) 0xFE, (byte) 0xFF};
        assertThat(positions(concat(bom, bytes(DOC, StandardCharsets.UTF_16BE)))).containsExactlyElementsOf(DOC_POSITIONS);
    }

    @Test
    void utf16WithDeclarationAndBom() {
        String doc = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" + DOC;
        byte[] bom = {(byte) 0xFE, (byte) 0xFF};
        List<String> expected = new ArrayList<>();
        for (String p : DOC_POSITIONS) {
            int colon = p.indexOf(':');
            expected.add((Integer.parseInt(p.substring(0, colon)) + 1) + p.substring(colon));
        }
        assertThat(positions(concat(bom, bytes(doc, StandardCharsets.UTF_16BE)))).containsExactlyElementsOf(expected);
    }

    @Test
    void declaredIso88591() {
        // 0xE9 and 0xE0 are one byte each and invalid as UTF-8: only the declaration makes them text.
        String doc = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                + "<Response><Say>D\u00e9j\u00e0 vu</Say><Play loop=\"\u00e9\"/></Response>\n";
        assertThat(positions(bytes(doc, StandardCharsets.ISO_8859_1))).containsExactly(
                "2:1 element Response",
                "2:11 element Say",
                "2:16 text D\u00e9j\u00e0 vu",
                "2:29 element Play",
                "2:41 attribute loop=\u00e9");
    }

    @Test
    void invalidUtf8IsAFindingAtTheBadByte() {
        byte[] doc = concat("<Response>\n  <Say>caf".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0xC3, 0x28},
                "</Say>\n</Response>\n".getBytes(StandardCharsets.US_ASCII));
        List<String> p = positions(doc);
        assertThat(p).last().asString().startsWith("2:11 xml-syntax: ").contains("not valid in the document's encoding");
        assertThat(p).filteredOn(s -> s.contains("xml-syntax")).hasSize(1);
    }

    @Test
    void invalidUtf8FarIntoTheDocumentIsExact() {
        // Past every internal buffer (decoder, look-ahead, parser), on a line of its own.
        StringBuilder b = new StringBuilder("<Response>\n");
        for (int i = 0; i < 3000; i++) {
            b.append("  <Pause length=\"1\"/>\n");
        }
        b.append("  <Say>\u00e9t\u00e9 ");
        byte[] doc = concat(b.toString().getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF},
                "</Say>\n</Response>\n".getBytes(StandardCharsets.US_ASCII));
        List<String> p = positions(doc);
        assertThat(p).filteredOn(s -> s.contains("xml-syntax")).containsExactly(
                "3002:12 xml-syntax: the bytes here are not valid in the document's encoding"
                        + " (UTF-8 unless a byte-order mark or the XML declaration says otherwise)");
    }

    @Test
    void truncatedUtf8SequenceAtTheEnd() {
        byte[] doc = concat("<Response><Say>x".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xE2, (byte) 0x82});
        assertThat(positions(doc)).filteredOn(s -> s.contains("xml-syntax")).singleElement().asString()
                .startsWith("1:17 xml-syntax: the bytes here are not valid");
    }

    @Test
    void binaryFileNamedTwimlIsOneFinding() {
        Random random = new Random(6);
        for (int round = 0; round < 50; round++) {
            byte[] junk = new byte[4096];
            random.nextBytes(junk);
            List<String> p = positions(junk);
            assertThat(p).as("round %d", round).hasSize(1);
            assertThat(p.get(0)).contains("xml-syntax");
        }
        byte[] zeros = new byte[100];
        assertThat(positions(zeros)).singleElement().asString().startsWith("1:1 xml-syntax: ");
    }

    @Test
    void emptyFile() {
        assertThat(positions(new byte[0])).containsExactly("1:1 xml-syntax: the document is empty");
    }

    @Test
    void onlyWhitespace() {
        assertThat(positions("\n\n   ".getBytes(StandardCharsets.US_ASCII)))
                .containsExactly("1:1 xml-syntax: the document is empty");
    }

    @Test
    void onlyAComment() {
        assertThat(positions("<!-- TODO: write the TwiML -->\n".getBytes(StandardCharsets.US_ASCII)))
                .containsExactly("2:1 xml-syntax: the document ends before its root element");
    }
}
