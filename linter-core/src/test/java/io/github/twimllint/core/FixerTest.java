package io.github.twimllint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Fixer keeps every byte outside the edited spans and edits only what the finding saw. */
class FixerTest {
    private static final Linter LINTER = TestDialect.builder(RuleSet.discover()).jobs(1).build();

    /** Lints and fixes until nothing changes, as --fix does. */
    private static byte[] fixAll(byte[] bytes) {
        for (int pass = 0; pass < 10; pass++) {
            Fixer.Result r = Fixer.apply(bytes, Fixtures.lint(LINTER, "t.xml", bytes).findings());
            if (!r.changed()) {
                return bytes;
            }
            bytes = r.bytes();
        }
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    @Test
    void rawAmpersandsAreEscapedInPassesKeepingCrlfTabsCommentsAndEntities() {
        String doc = "<?xml version=\"1.0\"?>\r\n<Response>\r\n\t<!-- a & b -->\r\n"
                + "\t<Say voice='alice'>Tom & Jerry &amp; &#38; co</Say>\r\n"
                + "\t<Play>https://e.com/a.mp3?x=1&y=2</Play>\r\n</Response>";
        FileResult broken = Fixtures.lint(LINTER, "t.xml", doc);
        assertThat(broken.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("xml-syntax");
            assertThat(f.fix().edits()).singleElement().satisfies(e -> {
                assertThat(e.original()).isEqualTo("&");
                assertThat(e.replacement()).isEqualTo("&amp;");
                assertThat(e.line()).isEqualTo(f.line());
                assertThat(e.column()).isEqualTo(f.column());
            });
        });
        byte[] fixed = fixAll(doc.getBytes(StandardCharsets.UTF_8));
        assertThat(new String(fixed, StandardCharsets.UTF_8)).isEqualTo(doc
                .replace("Tom & Jerry", "Tom &amp; Jerry").replace("x=1&y", "x=1&amp;y"));
        assertThat(Fixtures.lint(LINTER, "t.xml", fixed).findings()).isEmpty();
    }

    @Test
    void utf16WithByteOrderMarkStaysUtf16WithItsMark() {
        String doc = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\r\n<Response><Say>R\u00e9mi & \ud83d\ude00</Say></Response>\r\n";
        for (var charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            byte[] bom = charset == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                    : new byte[] {(byte) 0xFE, (byte) 0xFF};
            byte[] fixed = fixAll(concat(bom, doc.getBytes(charset)));
            assertThat(fixed).isEqualTo(concat(bom, doc.replace(" & ", " &amp; ").getBytes(charset)));
        }
        byte[] utf8Bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertThat(fixAll(concat(utf8Bom, "<Response><Say>a & b</Say></Response>".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(concat(utf8Bom, "<Response><Say>a &amp; b</Say></Response>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void bytesThatDoNotRoundTripAreLeftAlone() {
        byte[] bad = "<Response><Say>\u00ff & </Say></Response>".getBytes(StandardCharsets.ISO_8859_1);
        FileResult r = Fixtures.lint(LINTER, "t.xml", bad);
        assertThat(Fixer.apply(bad, r.findings()).changed()).isFalse();
    }

    @Test
    void aTemplateSpanIsNeverEditedButTheTextAroundItIs() {
        Linter templates = TestDialect.builder(RuleSet.discover()).jobs(1).templates(true).build();
        String doc = "<Response><Say>{{ a & b }} & c</Say></Response>";
        byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
        FileResult r = Fixtures.lint(templates, "t.twiml", bytes);
        assertThat(new String(Fixer.apply(bytes, r.findings()).bytes(), StandardCharsets.UTF_8))
                .isEqualTo("<Response><Say>{{ a & b }} &amp; c</Say></Response>");
        // A fix made from what the engine saw (the masked construct) never matches the file.
        Finding masked = finding(new Fix.Edit(15, String.valueOf(Templates.MASK).repeat(11), "x", 1, 16, 1, 27));
        assertThat(Fixer.apply(bytes, List.of(masked)).changed()).isFalse();
    }

    @Test
    void suppressedFindingsAreNotFixedAndOverlappingFixesWaitForTheNextPass() {
        byte[] bytes = "<Response><Say>abc</Say></Response>".getBytes(StandardCharsets.UTF_8);
        Finding first = finding(new Fix.Edit(15, "ab", "X", 1, 16, 1, 18));
        Finding overlapping = finding(new Fix.Edit(16, "bc", "Y", 1, 17, 1, 19));
        Finding same = finding(new Fix.Edit(15, "ab", "X", 1, 16, 1, 18));
        Fixer.Result r = Fixer.apply(bytes, List.of(overlapping, first, same));
        assertThat(new String(r.bytes(), StandardCharsets.UTF_8)).isEqualTo("<Response><Say>Xc</Say></Response>");
        assertThat(r.fixed()).containsExactlyInAnyOrder(first, same);
        Finding suppressed = first.suppressed(new Finding.Suppression(Finding.Suppression.Kind.IN_SOURCE, "why"));
        assertThat(Fixer.apply(bytes, List.of(suppressed)).changed()).isFalse();
        Finding stale = finding(new Fix.Edit(15, "zz", "X", 1, 16, 1, 18));
        assertThat(Fixer.apply(bytes, List.of(stale)).changed()).isFalse();
    }

    private static Finding finding(Fix.Edit edit) {
        return new Finding("r", Severity.ERROR, "m", "t.xml", edit.line(), edit.column(), edit.endLine(),
                edit.endColumn(), "/", List.of(), null, new Fix(List.of(edit)));
    }
}
