package io.github.twimllint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fixes rules build with {@link Fix}'s factories, and how the {@link Fixer} applies them. */
class FixTest {

    /** Attaches a fix of each factory, and reports the cases where a factory gives none. */
    static final class FixingRule implements Rule {
        @Override
        public RuleMeta meta() {
            return RuleMeta.of("fixing", Severity.WARNING, "test rule").fixable().build();
        }

        @Override
        public void startElement(Element e, RuleContext ctx) {
            if (e.is("Sai") && Fix.renameElement(e, "Say") == null) {
                ctx.report(e, "not ended yet", null);
            }
        }

        @Override
        public void endElement(Element e, RuleContext ctx) {
            if (e.is("Sai")) {
                ctx.report(e, "rename Sai", Fix.renameElement(e, "Say"));
                ctx.report(e.attribute("lenght"), null, "rename lenght", Fix.renameAttribute(e.attribute("lenght"), "length"));
                Attribute voice = e.attribute("voice");
                ctx.report(voice, null, "replace voice", Fix.replaceValue(voice, "a&b\"'<>"));
                ctx.report(e.textMarkAt(0), null, "delete xx", Fix.deleteTextStart(e, 2));
                ctx.report(e.textMarkAt(0), null, "delete too much", Fix.deleteTextStart(e, e.text().length() + 1));
            } else if (e.is("Pause")) {
                ctx.report(e, "rename Pause", Fix.renameElement(e, "Wait"));
                ctx.report(e, "delete no text", Fix.deleteTextStart(e, 0));
            } else if (e.is("Play")) {
                Attribute loop = e.attribute("loop");
                ctx.report(loop, null, "entity in value", Fix.replaceValue(loop, "2"));
                ctx.report(e.attribute("digits"), null, "line break in value",
                        Fix.replaceValue(e.attribute("digits"), "2"));
            }
        }
    }

    private static final String DOC = "<Response>\n"
            + "<Sai lenght=\"2\" voice=\"man\">  xxhello</Sai>\n"
            + "<Pause/>\n"
            + "<Play loop=\"a&amp;b\" digits=\"1\n2\">x</Play>\n"
            + "</Response>\n";

    private static List<Finding> findings() {
        return Fixtures.lint(TestDialect.builder(RuleSet.of(FixingRule::new)).jobs(1).build(), "t.xml", DOC).findings();
    }

    private static String edits(Finding f) {
        if (f.fix() == null) {
            return f.message() + ": none";
        }
        List<String> out = new ArrayList<>();
        for (Fix.Edit e : f.fix().edits()) {
            out.add(e.offset() + " '" + e.original() + "'->'" + e.replacement() + "' " + e.line() + ":" + e.column()
                    + "-" + e.endLine() + ":" + e.endColumn());
        }
        return f.message() + ": " + String.join(", ", out);
    }

    @Test
    void eachFactoryEditsExactlyTheCharactersItNames() {
        int sai = DOC.indexOf("<Sai");
        int endSai = DOC.indexOf("</Sai>");
        int pause = DOC.indexOf("<Pause");
        assertThat(findings()).extracting(FixTest::edits).containsExactlyInAnyOrder(
                "not ended yet: none",
                "rename Sai: " + (sai + 1) + " 'Sai'->'Say' 2:2-2:5, " + (endSai + 2) + " 'Sai'->'Say' 2:40-2:43",
                "rename lenght: " + DOC.indexOf("lenght") + " 'lenght'->'length' 2:6-2:12",
                "replace voice: " + DOC.indexOf("man") + " 'man'->'a&amp;b&quot;&apos;&lt;>' 2:24-2:27",
                "delete xx: " + DOC.indexOf("xx") + " 'xx'->'' 2:31-2:33",
                "delete too much: none",
                "rename Pause: " + (pause + 1) + " 'Pause'->'Wait' 3:2-3:7",
                "delete no text: none",
                "entity in value: none",
                "line break in value: none");
    }

    @Test
    void theFixerAppliesEveryFixThatStillMatches() {
        byte[] bytes = DOC.getBytes(StandardCharsets.UTF_8);
        Fixer.Result r = Fixer.apply(bytes, findings());
        assertThat(new String(r.bytes(), StandardCharsets.UTF_8)).isEqualTo("<Response>\n"
                + "<Say length=\"2\" voice=\"a&amp;b&quot;&apos;&lt;>\">  hello</Say>\n"
                + "<Wait/>\n"
                + "<Play loop=\"a&amp;b\" digits=\"1\n2\">x</Play>\n"
                + "</Response>\n");
        assertThat(r.fixed()).extracting(Finding::message).containsExactlyInAnyOrder("rename Sai", "rename lenght",
                "replace voice", "delete xx", "rename Pause");
    }

    @Test
    void escapingForAnAttributeValueOrForContent() {
        assertThat(Fix.escape("a&b<c>d\"e'f", true)).isEqualTo("a&amp;b&lt;c>d&quot;e&apos;f");
        assertThat(Fix.escape("a&b<c>d\"e'f", false)).isEqualTo("a&amp;b&lt;c&gt;d\"e'f");
        assertThat(Fix.escape("&x", false)).isEqualTo("&amp;x");
        assertThat(Fix.escape("x>", false)).isEqualTo("x&gt;");
        assertThat(Fix.escape("'", true)).isEqualTo("&apos;");
        String plain = "plain > \" '";
        assertThat(Fix.escape("plain", true)).isEqualTo("plain");
        assertThat(Fix.escape(plain.substring(0, 7), false)).isEqualTo("plain &gt;");
    }

    @Test
    void anEditOnOneLineNeedsAKnownOffsetThatFitsAnInt() {
        assertThat(Fix.onLine(0, "ab", "x", 3, 5)).isEqualTo(new Fix.Edit(0, "ab", "x", 3, 5, 3, 7));
        assertThat(Fix.onLine(-1, "ab", "x", 3, 5)).isNull();
        assertThat(Fix.onLine(Integer.MAX_VALUE - 2L, "ab", "x", 1, 1)).isNotNull();
        assertThat(Fix.onLine(Integer.MAX_VALUE - 1L, "ab", "x", 1, 1)).isNull();
        assertThat(Fix.of(Fix.onLine(0, "a", "b", 1, 1), null)).isNull();
        assertThat(new Fix.Edit(4, "abc", "", 1, 5, 1, 8).end()).isEqualTo(7);
    }

    private static Finding finding(String message, int line, int column, Fix.Edit... edits) {
        return new Finding("r", Severity.ERROR, message, "t.xml", line, column, line, column + 1, "/", List.of(), null,
                new Fix(List.of(edits)));
    }

    @Test
    void editsAtBothEndsAdjacentEditsAndEditsListedLastFirstAllApply() {
        byte[] bytes = "abcdef".getBytes(StandardCharsets.UTF_8);
        Finding first = finding("first", 1, 1, new Fix.Edit(0, "ab", "A", 1, 1, 1, 3));
        Finding next = finding("next", 1, 3, new Fix.Edit(2, "c", "C", 1, 3, 1, 4));
        Finding reversed = finding("reversed", 1, 4, new Fix.Edit(4, "e", "E", 1, 5, 1, 6),
                new Fix.Edit(3, "d", "D", 1, 4, 1, 5));
        Finding last = finding("last", 1, 6, new Fix.Edit(5, "f", "F", 1, 6, 1, 7));
        Fixer.Result r = Fixer.apply(bytes, List.of(last, reversed, next, first));
        assertThat(new String(r.bytes(), StandardCharsets.UTF_8)).isEqualTo("ACDEF");
        assertThat(r.fixed()).containsExactly(first, next, reversed, last);
    }

    @Test
    void ofTwoOverlappingFixesTheOneThatStartsFirstInTheTextWins() {
        byte[] bytes = "abcdef".getBytes(StandardCharsets.UTF_8);
        // Reported later in the document (its finding's column), but its edit starts first.
        Finding early = finding("early", 1, 5, new Fix.Edit(1, "bc", "X", 1, 2, 1, 4));
        Finding late = finding("late", 1, 1, new Fix.Edit(2, "cd", "Y", 1, 3, 1, 5));
        assertThat(new String(Fixer.apply(bytes, List.of(late, early)).bytes(), StandardCharsets.UTF_8))
                .isEqualTo("aXdef");
        Finding insertion = finding("insert", 1, 1, new Fix.Edit(1, "", "+", 1, 2, 1, 2));
        Finding otherInsertion = finding("insert2", 1, 2, new Fix.Edit(1, "", "-", 1, 2, 1, 2));
        assertThat(Fixer.apply(bytes, List.of(insertion, otherInsertion)).fixed()).containsExactly(insertion);
    }

    @Test
    void anElementAtTheStartOfTheDocumentAndAWholeTextCanBeFixed() {
        String doc = "<Sai lenght=\"1\" voice=\"m\">xx</Sai>";
        List<Finding> found = Fixtures.lint(TestDialect.builder(RuleSet.of(FixingRule::new)).jobs(1).build(), "t.xml",
                doc).findings();
        assertThat(found).filteredOn(f -> f.message().equals("rename Sai")).singleElement()
                .satisfies(f -> assertThat(edits(f)).startsWith("rename Sai: 1 'Sai'->'Say' 1:2-1:5, "));
        assertThat(found).filteredOn(f -> f.message().equals("delete xx")).singleElement()
                .satisfies(f -> assertThat(edits(f)).isEqualTo("delete xx: 26 'xx'->'' 1:27-1:29"));
    }
}
