package io.github.twimllint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact locations: attributes at their value, elements at their {@code <}, text at its first non-blank. */
class LocationTest {

    /** Reports every attribute, element and text it sees, so positions can be checked. */
    public static final class EverythingRule implements Rule {
        static final RuleMeta META = RuleMeta.of("everything", Severity.NOTE, "test rule").build();

        @Override
        public RuleMeta meta() {
            return META;
        }

        @Override
        public void startElement(Element e, RuleContext ctx) {
            ctx.report(e, "element " + e.name());
            for (Attribute a : e.attributes()) {
                ctx.report(a, "attribute " + a.name() + "=" + a.value());
            }
        }

        @Override
        public void endElement(Element e, RuleContext ctx) {
            if (e.hasText()) {
                ctx.reportText(e, "text " + e.text());
            }
        }
    }

    private final Linter linter = TestDialect.builder(RuleSet.of(EverythingRule::new)).jobs(1).build();

    private List<String> positions(byte[] bytes) {
        FileResult r = Fixtures.lint(linter, "t.xml", bytes);
        List<String> out = new ArrayList<>();
        for (Finding f : r.findings()) {
            out.add(f.line() + ":" + f.column() + "-" + f.endLine() + ":" + f.endColumn() + " " + f.message());
        }
        return out;
    }

    private List<String> positions(String text) {
        return positions(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void singleLine() {
        assertThat(positions("<Response><Dial timeout=\"10\">+123</Dial></Response>")).containsExactly(
                "1:1-1:10 element Response",
                "1:11-1:16 element Dial",
                "1:26-1:28 attribute timeout=10",
                "1:30-1:34 text +123");
    }

    @Test
    void attributesAfterLongWhiteSpaceInATag() {
        // Past TapeReader.MAX_RUN characters, white space in a tag is left off the tape (a hole):
        // the values after it are still located exactly.
        String doc = "<Response><Dial a=\"1\"" + " ".repeat(3000) + "\n" + "\t".repeat(2000) + "b=\"22\""
                + " ".repeat(1500) + "c='3'>x</Dial></Response>";
        assertThat(positions(doc)).containsExactly(
                "1:1-1:10 element Response",
                "1:11-1:16 element Dial",
                "1:20-1:21 attribute a=1",
                "2:2004-2:2006 attribute b=22",
                "2:3510-2:3511 attribute c=3",
                "2:3513-2:3514 text x");
    }

    @Test
    void multiLineStartTagWithTabsAndSingleQuotes() {
        String doc = "<Response>\n\t<Dial\n\t\taction = 'https://x.test/a'\n\t\ttimeout=\"5\"\n\t>\n\t\t joey \n\t</Dial>\n</Response>\n";
        assertThat(positions(doc)).containsExactly(
                "1:1-1:10 element Response",
                "2:2-2:7 element Dial",
                "3:13-3:29 attribute action=https://x.test/a",
                "4:12-4:13 attribute timeout=5",
                "6:4-6:8 text joey");
    }

    @Test
    void crlfLineEndings() {
        String doc = "<?xml version=\"1.0\"?>\r\n<Response>\r\n  <Say voice=\"alice\">\r\n   Hello\r\n  </Say>\r\n</Response>\r\n";
        assertThat(positions(doc)).containsExactly(
                "2:1-2:10 element Response",
                "3:3-3:7 element Say",
                "3:15-3:20 attribute voice=alice",
                "4:4-4:9 text Hello");
    }

    @Test
    void byteOrderMarkIsNotAColumn() {
        byte[] body = "<Response><Say loop=\"2\">Hi</Say></Response>".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertThat(positions(withBom)).containsExactly(
                "1:1-1:10 element Response",
                "1:11-1:15 element Say",
                "1:22-1:23 attribute loop=2",
                "1:25-1:27 text Hi");
    }

    @Test
    void utf16WithBom() {
        byte[] body = "<Response>\n<Say loop=\"2\">Hi</Say></Response>".getBytes(StandardCharsets.UTF_16LE);
        byte[] doc = new byte[body.length + 2];
        doc[0] = (byte) 0xFF;
        doc[1] = (byte) 0xFE;
        System.arraycopy(body, 0, doc, 2, body.length);
        assertThat(positions(doc)).contains("2:12-2:13 attribute loop=2", "2:15-2:17 text Hi");
    }

    @Test
    void columnsCountUtf16UnitsAndEntities() {
        // The emoji is two UTF-16 units; &amp; is five raw characters.
        String doc = "<Response><Say>\uD83D\uDE00</Say><Play loop=\"1\">a&amp;b</Play></Response>";
        assertThat(positions(doc)).containsExactly(
                "1:1-1:10 element Response",
                "1:11-1:15 element Say",
                "1:16-1:18 text \uD83D\uDE00",
                "1:24-1:29 element Play",
                "1:36-1:37 attribute loop=1",
                "1:39-1:46 text a&b");
    }

    @Test
    void textSplitByCommentKeepsFirstPosition() {
        String doc = "<Response><Say>\n  <!-- c -->\n  Hello <!-- x --> world\n</Say></Response>";
        assertThat(positions(doc)).contains("3:3-3:25 text Hello  world");
    }

    @Test
    void templatesAreMaskedWithoutMovingColumns() {
        String doc = "<Response><Dial callerId=\"{{From}}\"><Client>{{#e164}}{{To}}{{/e164}}</Client>"
                + "<Number url=\"${base}/w\">+1</Number></Dial></Response>";
        FileResult r = Fixtures.lint(linter, "t.xml", doc.getBytes(StandardCharsets.UTF_8));
        assertThat(r.findings()).extracting(Finding::ruleId).doesNotContain("xml-syntax");
        assertThat(positions(doc)).contains(
                "1:27-1:35 attribute callerId=\uE000\uE000\uE000\uE000\uE000\uE000\uE000\uE000",
                "1:102-1:104 text +1");
    }
}
