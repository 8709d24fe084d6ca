package io.github.twimllint.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twimllint.core.report.SarifReporter;
import io.github.twimllint.core.report.TextReporter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents written to attack the parser: external entities and DTDs (nothing read, nothing
 * fetched), entity expansion, deep nesting and huge values. Each gets a clear {@code xml-syntax}
 * finding or is linted normally, and the run goes on with the next file.
 */
class HostileInputTest {

    private static final String DTD_MESSAGE = "DTDs are not allowed in TwiML";

    @TempDir
    Path dir;

    private final Linter linter = TestDialect.builder(RuleSet.of(LocationTest.EverythingRule::new)).jobs(1).build();
    private ServerSocket server;
    private Path canary;
    private String secret;

    @BeforeEach
    void setUp() throws IOException {
        // Anything the parser fetched over the network would connect here; anything it read from
        // disk would carry the secret into the findings.
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        secret = "CANARY-" + UUID.randomUUID();
        canary = dir.resolve("canary.txt");
        Files.writeString(canary, secret);
    }

    @AfterEach
    void noConnectionWasMade() throws IOException {
        server.setSoTimeout(200);
        try (Socket s = server.accept()) {
            throw new AssertionError("the linter opened a connection from " + s.getRemoteSocketAddress());
        } catch (SocketTimeoutException expected) {
            // Nobody connected.
        } finally {
            server.close();
        }
    }

    private String http() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    private String ftp() {
        return "ftp://127.0.0.1:" + server.getLocalPort();
    }

    private static Source source(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return Source.ofStream(name, () -> new ByteArrayInputStream(bytes));
    }

    /** Lints the hostile document and a good one in one run; returns the hostile one's result. */
    private FileResult lintWithNeighbour(String hostile) throws IOException {
        LintReport report = linter.lint(List.of(
                source("a-hostile.xml", hostile),
                source("b-good.xml", "<Response><Say>Hi</Say></Response>")));
        assertThat(report.files()).hasSize(2);
        FileResult good = report.files().get(1);
        assertThat(Fixtures.brief(good)).as("the run went on with the next file")
                .containsExactly("1:1 everything", "1:11 everything", "1:16 everything");
        String rendered = render(report);
        assertThat(rendered).doesNotContain(secret);
        assertThat(rendered).doesNotContain("root:x:0:0");
        FileResult r = report.files().get(0);
        assertThat(r.internalError()).isNull();
        assertThat(r.readError()).isNull();
        return r;
    }

    private static String render(LintReport report) throws IOException {
        StringWriter w = new StringWriter();
        new TextReporter().write(report, w);
        new SarifReporter().write(report, w);
        return w.toString();
    }

    private static void assertOnlyDtdFinding(FileResult r, int line, int column) {
        assertThat(r.findings()).hasSize(1);
        Finding f = r.findings().get(0);
        assertThat(f.ruleId()).isEqualTo("xml-syntax");
        assertThat(f.message()).contains(DTD_MESSAGE);
        assertThat(f.line() + ":" + f.column()).isEqualTo(line + ":" + column);
    }

    @Test
    void externalEntityToLocalFileIsNotRead() throws IOException {
        FileResult r = lintWithNeighbour("<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE Response [\n  <!ENTITY x SYSTEM \"" + canary.toUri() + "\">\n]>\n"
                + "<Response><Say>&x;</Say></Response>\n");
        assertOnlyDtdFinding(r, 2, 1);
    }

    @Test
    void externalEntityToEtcPasswordIsNotRead() throws IOException {
        FileResult r = lintWithNeighbour("<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Response><Say>&x;</Say></Response>");
        assertOnlyDtdFinding(r, 1, 1);
    }

    @Test
    void externalEntityOverHttpIsNotFetched() throws IOException {
        FileResult r = lintWithNeighbour("<!DOCTYPE Response [<!ENTITY x SYSTEM \"" + http() + "/x\">]>\n"
                + "<Response><Play>&x;</Play></Response>");
        assertOnlyDtdFinding(r, 1, 1);
    }

    @Test
    void externalEntityOverFtpIsNotFetched() throws IOException {
        FileResult r = lintWithNeighbour("<!DOCTYPE Response [<!ENTITY x SYSTEM \"" + ftp() + "/x\">]>\n"
                + "<Response><Play>&x;</Play></Response>");
        assertOnlyDtdFinding(r, 1, 1);
    }

    @Test
    void parameterEntityIsNotFetched() throws IOException {
        FileResult r = lintWithNeighbour("<?xml version=\"1.0\"?>\n<!DOCTYPE Response [\n"
                + "  <!ENTITY % p SYSTEM \"" + http() + "/p.dtd\">\n  %p;\n"
                + "  <!ENTITY % f SYSTEM \"" + canary.toUri() + "\">\n  %f;\n]>\n"
                + "<Response/>");
        assertOnlyDtdFinding(r, 2, 1);
    }

    @Test
    void externalDtdIsNotFetched() throws IOException {
        FileResult r = lintWithNeighbour("<!DOCTYPE Response SYSTEM \"" + http() + "/twiml.dtd\">\n<Response/>");
        assertOnlyDtdFinding(r, 1, 1);
        r = lintWithNeighbour("<!DOCTYPE Response PUBLIC \"-//X//DTD TwiML//EN\" \"" + canary.toUri() + "\">\n<Response/>");
        assertOnlyDtdFinding(r, 1, 1);
    }

    @Test
    void xincludeIsAnOrdinaryElement() throws IOException {
        FileResult r = lintWithNeighbour("<Response xmlns:xi=\"http://www.w3.org/2001/XInclude\">\n"
                + "  <xi:include href=\"" + canary.toUri() + "\" parse=\"text\"/>\n"
                + "  <xi:include href=\"" + http() + "/x.xml\"/>\n</Response>");
        assertThat(r.findings()).extracting(Finding::ruleId).doesNotContain("xml-syntax");
        assertThat(r.findings()).extracting(Finding::message)
                .contains("element xi:include", "attribute href=" + canary.toUri());
    }

    @Test
    @Timeout(10)
    void billionLaughsIsRefusedQuickly() throws IOException {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            b.append(" <!ENTITY lol").append(i).append(" \"");
            for (int k = 0; k < 10; k++) {
                b.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
            }
            b.append("\">\n");
        }
        b.append("]>\n<Response><Say>&lol9;</Say></Response>\n");
        FileResult r = lintWithNeighbour(b.toString());
        assertOnlyDtdFinding(r, 2, 1);
    }

    @Test
    @Timeout(10)
    void quadraticBlowUpIsRefusedQuickly() throws IOException {
        String big = "a".repeat(100_000);
        StringBuilder b = new StringBuilder("<!DOCTYPE r [<!ENTITY a \"" + big + "\">]>\n<Response><Say>");
        for (int i = 0; i < 100_000; i++) {
            b.append("&a;");
        }
        b.append("</Say></Response>");
        FileResult r = lintWithNeighbour(b.toString());
        assertOnlyDtdFinding(r, 1, 1);
    }

    @Test
    @Timeout(10)
    void undeclaredEntitiesWithoutDtdStopAtTheFirst() throws IOException {
        StringBuilder b = new StringBuilder("<Response>\n<Say>");
        for (int i = 0; i < 200_000; i++) {
            b.append("&a;");
        }
        b.append("</Say></Response>");
        FileResult r = lintWithNeighbour(b.toString());
        List<String> syntax = new ArrayList<>();
        for (Finding f : r.findings()) {
            if (f.ruleId().equals("xml-syntax")) {
                syntax.add(f.line() + ":" + f.column() + " " + f.message());
            }
        }
        assertThat(syntax).hasSize(1);
        assertThat(syntax.get(0)).startsWith("2:6 ").contains("a");
    }

    @Test
    @Timeout(30)
    void hundredThousandNestedElementsGiveAFindingNotAStackOverflow() throws IOException {
        int n = 100_000;
        StringBuilder b = new StringBuilder(n * 12);
        b.append("<Response>\n");
        for (int i = 0; i < n; i++) {
            b.append("<a>");
        }
        for (int i = 0; i < n; i++) {
            b.append("</a>");
        }
        b.append("\n</Response>");
        Linter quiet = TestDialect.builder(RuleSet.of()).jobs(1).build();
        FileResult r = Fixtures.lint(quiet, "deep.xml", b.toString());
        assertThat(r.internalError()).isNull();
        assertThat(r.findings()).hasSize(1);
        Finding f = r.findings().get(0);
        assertThat(f.ruleId()).isEqualTo("xml-syntax");
        // <Response> is level 1; the finding is at the '<' of the first <a> at level limit + 1.
        int limit = io.github.twimllint.core.parse.XmlParser.MAX_DEPTH;
        assertThat(f.line() + ":" + f.column()).isEqualTo("2:" + (1 + 3 * (limit - 1)));
        assertThat(f.message()).contains("nested deeper than " + limit);
    }

    @Test
    void nestingUpToTheLimitIsLinted() {
        int n = io.github.twimllint.core.parse.XmlParser.MAX_DEPTH - 1;
        StringBuilder b = new StringBuilder("<Response>");
        for (int i = 0; i < n; i++) {
            b.append("<a>");
        }
        for (int i = 0; i < n; i++) {
            b.append("</a>");
        }
        b.append("</Response>");
        FileResult r = Fixtures.lint(linter, "deep.xml", b.toString());
        assertThat(r.internalError()).isNull();
        assertThat(r.findings()).hasSize(n + 1).extracting(Finding::ruleId).containsOnly("everything");
    }

    @Test
    @Timeout(30)
    void tenMegabyteAttributeValueGetsAClearFinding() {
        int size = 10 * 1024 * 1024;
        StringBuilder b = new StringBuilder(size + 100);
        b.append("<Response>\n  <Play loop=\"1\" url=\"");
        for (int i = 0; i < size; i++) {
            b.append('x');
        }
        b.append("\"/>\n</Response>");
        FileResult r = Fixtures.lint(linter, "big.xml", b.toString());
        assertThat(r.internalError()).isNull();
        List<String> syntax = new ArrayList<>();
        for (Finding f : r.findings()) {
            if (f.ruleId().equals("xml-syntax")) {
                syntax.add(f.line() + ":" + f.column() + " " + f.message());
            }
        }
        assertThat(syntax).hasSize(1);
        assertThat(syntax.get(0)).startsWith("2:23 ")
                .contains("longer than " + io.github.twimllint.core.parse.XmlParser.MAX_ATTRIBUTE_LENGTH + " characters");
    }

    @Test
    void attributeValueJustOverTheLimitIsLocatedToo() {
        // Short enough to sit whole in the parser's buffer when it gives up.
        String value = "z".repeat(io.github.twimllint.core.parse.XmlParser.MAX_ATTRIBUTE_LENGTH + 10);
        FileResult r = Fixtures.lint(linter, "big.xml", "<Response>\n<Play loop=\"1\" url=\"" + value + "\"/>\n</Response>");
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("xml-syntax")).singleElement()
                .satisfies(f -> assertThat(f.line() + ":" + f.column()).isEqualTo("2:21"));
    }

    @Test
    void attributeValueUpToTheLimitIsLinted() {
        int size = io.github.twimllint.core.parse.XmlParser.MAX_ATTRIBUTE_LENGTH;
        String value = "y".repeat(size);
        FileResult r = Fixtures.lint(linter, "big.xml", "<Response>\n  <Play url=\"" + value + "\"/>\n</Response>");
        assertThat(Fixtures.brief(r)).containsExactly("1:1 everything", "2:3 everything", "2:14 everything");
        assertThat(r.findings().get(2).message()).hasSize("attribute url=".length() + size);
    }

    @Test
    @Timeout(60)
    void longTextIsLintedWithBoundedMemory() {
        // 64 MB of text in one element, fed from a stream: the element keeps 64K chars, and the
        // parser's and tape's buffers stay small.
        long size = 64L * 1024 * 1024;
        byte[] head = "<Response>\n  <Say>\n".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "x</Say>\n  <Hangup/>\n</Response>\n".getBytes(StandardCharsets.US_ASCII);
        Source s = Source.ofStream("long.xml", () -> new Generated(head, size, (byte) 'w', tail));
        FileResult r = linter.lint(s);
        assertThat(r.internalError()).isNull();
        assertThat(Fixtures.brief(r)).containsExactly("1:1 everything", "2:3 everything", "3:1 everything",
                "4:3 everything");
    }

    @Test
    @Timeout(20)
    void tooManyAttributesGetAClearFinding() {
        StringBuilder b = new StringBuilder("<Response>\n  <Say");
        for (int i = 0; i <= io.github.twimllint.core.parse.XmlParser.MAX_ATTRIBUTES; i++) {
            b.append(" a").append(i).append("=\"").append(i).append('"');
        }
        b.append(">x</Say>\n</Response>");
        FileResult r = Fixtures.lint(linter, "attrs.xml", b.toString());
        assertThat(r.internalError()).isNull();
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("xml-syntax")).singleElement()
                .satisfies(f -> {
                    assertThat(f.line() + ":" + f.column()).isEqualTo("2:3");
                    assertThat(f.message()).contains("more than " + io.github.twimllint.core.parse.XmlParser.MAX_ATTRIBUTES + " attributes");
                });
    }

    @Test
    @Timeout(20)
    void manyDistinctChildNamesStayLinear() {
        // Unknown names are not TwiML, but must not make child bookkeeping quadratic.
        StringBuilder b = new StringBuilder("<Response>\n");
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            b.append("<e").append(i).append("/>");
        }
        b.append("\n<Say>x</Say><Say>y</Say>\n</Response>");
        List<String> paths = new ArrayList<>();
        Rule rule = new Rule() {
            @Override
            public RuleMeta meta() {
                return LocationTest.EverythingRule.META;
            }

            @Override
            public void startElement(Element e, RuleContext ctx) {
                if (e.is("Say")) {
                    paths.add(e.path());
                }
            }

            @Override
            public void endElement(Element e, RuleContext ctx) {
                if (e.is("Response")) {
                    paths.add(e.childCount() + " " + e.childCount("Say") + " " + e.childCount("e7"));
                }
            }
        };
        Linter l = TestDialect.builder(RuleSet.of(() -> rule)).jobs(1).build();
        FileResult r = Fixtures.lint(l, "wide.xml", b.toString());
        assertThat(r.internalError()).isNull();
        assertThat(paths).containsExactly("/Response/Say[1]", "/Response/Say[2]", (n + 2) + " 2 1");
    }

    /** head, then {@code count} copies of one byte, then tail; nothing held in memory. */
    /** The facts the project phase keeps of a 100,000-element document: the first of each verb. */
    @Test
    void factsDoNotGrowWithTheDocument() {
        StringBuilder doc = new StringBuilder("<Response>\n");
        for (int i = 0; i < 50_000; i++) {
            doc.append("  <Say>line ").append(i).append("</Say><Pause/>\n");
        }
        doc.append("</Response>\n");
        DocumentFacts f = Fixtures.lint(TestDialect.builder(RuleSet.of()).jobs(1).build(), "long.xml", doc.toString()).facts();
        assertThat(f.verbs()).extracting(v -> v.name() + "@" + v.line() + ":" + v.column())
                .containsExactly("Say@2:3", "Pause@2:20");
    }

    static final class Generated extends java.io.InputStream {
        private final byte[] head;
        private final byte[] tail;
        private final long count;
        private final byte fill;
        private long pos;

        Generated(byte[] head, long count, byte fill, byte[] tail) {
            this.head = head;
            this.count = count;
            this.fill = fill;
            this.tail = tail;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            long total = head.length + count + tail.length;
            if (pos >= total) {
                return -1;
            }
            int n = (int) Math.min(len, total - pos);
            for (int i = 0; i < n; i++) {
                long p = pos + i;
                b[off + i] = p < head.length ? head[(int) p]
                        : p < head.length + count ? fill : tail[(int) (p - head.length - count)];
            }
            pos += n;
            return n;
        }
    }
}
