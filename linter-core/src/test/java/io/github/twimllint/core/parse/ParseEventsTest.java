package io.github.twimllint.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twimllint.core.Source;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a {@link XmlParser.Handler} receives for documents picked by hand, and how reading ends. */
class ParseEventsTest {

    @Test
    void aDocumentWithEveryKindOfEvent() {
        Recorder r = Recorder.parse("<?xml version=\"1.0\"?>\n<!-- hi -->\n<Response>\r\n  <Say voice=\"alice\"\r\n"
                + "\tloop = '2'>Hello &amp; {{name}} \ud83d\ude00 x</Say>\r  <Play/>\n<![CDATA[ cd ]]> t <!-- c\nd --> u\n"
                + "</Response >\n<!--e-->\n", true);
        assertThat(r.events).containsExactly(
                "comment ' hi ' 2:1 end 2",
                "start Response 3:1 @34",
                "text '\\n  ' blank",
                "start Say 4:3 @48 [voice='alice' v4:15-4:20 @60 n4:8 @53] [loop='2' v5:10-5:11 @77 n5:2 @69]",
                "text 'Hello & ######## \ud83d\ude00 x' 5:13-5:38 @80",
                "end 5:38 @105",
                "text '\\n  ' blank",
                "start Play 6:3 @114",
                "end 6:3 @-1",
                "text '\\n cd  t ' 7:1-7:19 @122",
                "comment ' c\\nd ' 7:20 end 8",
                "text ' u\\n' 8:7-8:8 @154",
                "end 9:1 @156",
                "comment 'e' 10:1 end 10",
                "endDocument bytes=180");
        assertThat(r.outcome).isEqualTo(new XmlParser.Outcome(true, false, null));
    }

    @Test
    void withoutTemplatesTheConstructsAreText() {
        Recorder r = Recorder.parse("<Response><Say a=\"{{x}}\">{{y}} ${z}</Say></Response>", false);
        assertThat(r.events).containsExactly(
                "start Response 1:1 @0",
                "start Say 1:11 @10 [a='{{x}}' v1:19-1:24 @18 n1:16 @15]",
                "text '{{y}} ${z}' 1:26-1:36 @25",
                "end 1:36 @35",
                "end 1:42 @41",
                "endDocument bytes=52");
    }

    /** Past 1024 blank characters the reader keeps only where they end: what follows is still located. */
    @Test
    void aCommentOrDoctypeAfterALongBlankRunIsLocatedAtItsStart() {
        String blank = " ".repeat(1100) + "\n";
        Recorder r = Recorder.parse("<?xml version=\"1.0\"?>" + blank + "<!-- twiml-lint-disable-next-line -->\n"
                + "<Response/>" + blank + "<!-- x -->\n", true);
        assertThat(r.events).containsExactly(
                "comment ' twiml-lint-disable-next-line ' 2:1 end 2",
                "start Response 3:1 @1160",
                "end 3:1 @-1",
                "comment ' x ' 4:1 end 4",
                "endDocument bytes=2283");
        assertThat(Recorder.parse(blank + "<!DOCTYPE Response>\n<Response/>\n", true).events).containsExactly(
                "problem 2:1 DTDs are not allowed in TwiML; the DTD and its entities were not read");
        assertThat(Recorder.parse(blank + "<?pi x?><Response/>", true).events)
                .containsExactly("start Response 2:9 @1109", "end 2:9 @-1", "endDocument bytes=1120");
    }

    @Test
    void longBlankRunsInsideATagAndTheRootKeepLaterPositions() {
        String blank = " ".repeat(1100);
        assertThat(Recorder.parse("<Response><Say a=\"1\"" + blank + "\nb=\"2\" c=\"3\"/></Response>", true).events)
                .containsExactly(
                        "start Response 1:1 @0",
                        "start Say 1:11 @10 [a='1' v1:19-1:20 @18 n1:16 @15] [b='2' v2:4-2:5 @1124 n2:1 @1121]"
                                + " [c='3' v2:10-2:11 @1130 n2:7 @1127]",
                        "end 1:11 @-1",
                        "end 2:14 @1134",
                        "endDocument bytes=1145");
        assertThat(Recorder.parse("<Response>\n" + blank + "\n<!-- c -->\n<Say/></Response>\n", true).events)
                .containsExactly(
                        "start Response 1:1 @0",
                        "text '\\n" + blank + "\\n' blank",
                        "comment ' c ' 3:1 end 3",
                        "text '\\n' blank",
                        "start Say 4:1 @1123",
                        "end 4:1 @-1",
                        "end 4:7 @1129",
                        "endDocument bytes=1141");
    }

    @Test
    void aCommentLongerThanWhatIsKeptGivesItsFirstCharactersAndItsLastLine() {
        String body = "a".repeat(1000) + "\r\n" + "b".repeat(1000) + "\n";
        Recorder r = Recorder.parse("<Response>\n<!--" + body + "-->\n</Response>", true);
        assertThat(r.events).containsExactly(
                "start Response 1:1 @0",
                "text '\\n' blank",
                "comment " + Recorder.show(body.substring(0, TapeReader.MAX_RUN)) + " 2:1 end 4",
                "text '\\n' blank",
                "end 5:1 @2022",
                "endDocument bytes=2033");
    }

    @Test
    void aSniffedFileWhoseRootIsNotTwimlIsSkipped(@TempDir Path dir) throws IOException {
        assertThat(sniffed(dir, "<!DOCTYPE html>\n<html><body/></html>").outcome).isEqualTo(XmlParser.Outcome.SKIPPED);
        assertThat(sniffed(dir, "not xml at all").outcome).isEqualTo(XmlParser.Outcome.SKIPPED);
        assertThat(sniffed(dir, "\u0000\u0001\u00ff".getBytes(StandardCharsets.ISO_8859_1)).outcome)
                .isEqualTo(XmlParser.Outcome.SKIPPED);
        Recorder refused = new Recorder();
        refused.refuse = "html";
        Files.writeString(dir.resolve("r.xml"), "<html><Say/></html>");
        refused.parser = new XmlParser(Source.ofFile(dir.resolve("r.xml"), "r.xml", true), true, refused);
        assertThat(refused.parser.parse()).isEqualTo(XmlParser.Outcome.SKIPPED);
        assertThat(refused.events).containsExactly("start html 1:1 @0");
    }

    @Test
    void aSniffedTwimlFileIsCheckedAsAnyOther(@TempDir Path dir) throws IOException {
        Recorder dtd = sniffed(dir, "<?xml version=\"1.0\"?>\n  <!DOCTYPE Response>\n<Response/>");
        assertThat(dtd.events).containsExactly(
                "problem 2:3 DTDs are not allowed in TwiML; the DTD and its entities were not read");
        assertThat(dtd.outcome).isEqualTo(new XmlParser.Outcome(false, false, null));
        // Once the root was seen, a mistake is the document's, not a sign that it is something else.
        Recorder broken = sniffed(dir, "<Response>\n<Say>");
        assertThat(broken.last()).isEqualTo("syntax 2:5 the document ends while <Say> is still open: add </Say>");
        Recorder bytes = sniffed(dir, concat("<Response>\n<Say>".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0xFF}, "</Say></Response>".getBytes(StandardCharsets.US_ASCII)));
        assertThat(bytes.last()).startsWith("problem 2:6 the bytes here are not valid in the document's encoding");
        assertThat(bytes.outcome).isEqualTo(new XmlParser.Outcome(false, false, null));
        assertThat(sniffed(dir, "<Response/>").outcome).isEqualTo(new XmlParser.Outcome(true, false, null));
    }

    @Test
    void aDoctypeIsNeverRead() {
        Recorder r = Recorder.parse("<!DOCTYPE html>\n<html/>", true);
        assertThat(r.events).containsExactly(
                "problem 1:1 DTDs are not allowed in TwiML; the DTD and its entities were not read");
        assertThat(r.outcome).isEqualTo(new XmlParser.Outcome(false, false, null));
        Recorder external = Recorder.parse("<!DOCTYPE Response SYSTEM \"http://example.com/x.dtd\">\n<Response/>", true);
        assertThat(external.events).containsExactly(
                "problem 1:1 DTDs are not allowed in TwiML; the DTD and its entities were not read");
    }

    @Test
    void aFileThatCannotBeReadEndsInItsReason() {
        assertThat(Recorder.parse(Source.ofStream("x", () -> {
            throw new NoSuchFileException("x");
        }), true).outcome).isEqualTo(XmlParser.Outcome.unreadable("no such file"));
        assertThat(Recorder.parse(Source.ofStream("x", () -> {
            throw new AccessDeniedException("x");
        }), true).outcome).isEqualTo(XmlParser.Outcome.unreadable("permission denied"));
        assertThat(Recorder.parse(Source.ofStream("x", () -> {
            throw new IOException("Device not ready");
        }), true).outcome).isEqualTo(XmlParser.Outcome.unreadable("device not ready"));
    }

    @Test
    void aReadErrorEndsInItsReasonAfterTheEventsOfTheCharactersBeforeIt() {
        for (int size : new int[] {5, 600, 9000}) {
            String doc = "<Response><Say>" + "x".repeat(size);
            Recorder r = Recorder.parse(Source.ofStream("x", () -> Recorder.failingAfter(
                    doc.getBytes(StandardCharsets.US_ASCII), new IOException("Input/output error"))), true);
            assertThat(r.outcome).as("after %d", size).isEqualTo(XmlParser.Outcome.unreadable("input/output error"));
            // The first 512 bytes are read before anything is parsed (to find the encoding).
            if (size < 512) {
                assertThat(r.events).isEmpty();
            } else {
                assertThat(r.events).as("after %d", size).startsWith("start Response 1:1 @0", "start Say 1:11 @10")
                        .noneMatch(e -> e.startsWith("syntax") || e.startsWith("problem") || e.startsWith("end"));
            }
        }
    }

    @Test
    void theLimitsEndReadingWithAProblemWhereTheyAreCrossed() {
        String deep = "<Response>\n" + "<a>".repeat(XmlParser.MAX_DEPTH) + "</a>".repeat(XmlParser.MAX_DEPTH)
                + "</Response>";
        Recorder r = Recorder.parse(deep, true);
        assertThat(r.last()).isEqualTo("problem 2:" + (3 * (XmlParser.MAX_DEPTH - 1) + 1)
                + " elements are nested deeper than 1000 levels; the rest of the document was not read");
        assertThat(r.events.stream().filter(e -> e.startsWith("start"))).hasSize(XmlParser.MAX_DEPTH);
        assertThat(r.outcome).isEqualTo(new XmlParser.Outcome(false, false, null));
        assertThat(Recorder.parse("<Response>" + "<a>".repeat(XmlParser.MAX_DEPTH - 1)
                + "</a>".repeat(XmlParser.MAX_DEPTH - 1) + "</Response>", true).last()).startsWith("endDocument");

        StringBuilder many = new StringBuilder("<Response>\n  <Say");
        for (int i = 0; i <= XmlParser.MAX_ATTRIBUTES; i++) {
            many.append(" a").append(i).append("=\"").append(i).append('"');
        }
        assertThat(Recorder.parse(many + "/></Response>", true).last()).isEqualTo("syntax 2:3 an element has more"
                + " than 1000 attributes; the rest of the document was not read");

        String value = "v".repeat(XmlParser.MAX_ATTRIBUTE_LENGTH + 1);
        assertThat(Recorder.parse("<Response>\n <Say a=\"1\" b='" + value + "'/></Response>", true).last())
                .isEqualTo("syntax 2:16 an attribute value is longer than 1048576 characters (Twilio accepts"
                        + " documents up to 64 kB); the rest of the document was not read");
    }

    private static Recorder sniffed(Path dir, String doc) throws IOException {
        return sniffed(dir, doc.getBytes(StandardCharsets.UTF_8));
    }

    private static Recorder sniffed(Path dir, byte[] doc) throws IOException {
        Path file = dir.resolve("sniffed.xml");
        Files.write(file, doc);
        return Recorder.parse(Source.ofFile(file, "sniffed.xml", true), true);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
