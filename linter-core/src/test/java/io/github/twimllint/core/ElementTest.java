package io.github.twimllint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What a rule can read from an {@link Element}, at its start tag and at its end tag. */
class ElementTest {

    /** Records what it reads, in event order, into {@link #seen}. */
    static final class RecordingRule implements Rule {
        static final List<String> seen = new ArrayList<>();
        static final Object KEY = new Object();
        static final AtomicInteger computed = new AtomicInteger();

        @Override
        public RuleMeta meta() {
            return RuleMeta.of("recording", Severity.NOTE, "test rule").build();
        }

        @Override
        public void startElement(Element e, RuleContext ctx) {
            seen.add("start " + e + " parent=" + e.parentName() + " depth=" + e.depth() + " offset=" + e.offset()
                    + " ended=" + e.ended() + " timeout=" + e.hasAttribute("timeout") + " isDial=" + e.is("Dial")
                    + " owner=" + (e.attributes().isEmpty() || e.attributes().get(0).element() == e));
        }

        @Override
        public void endElement(Element e, RuleContext ctx) {
            String shared = e.shared(KEY, x -> x.name() + "#" + computed.incrementAndGet());
            String again = e.shared(KEY, x -> x.name() + "#" + computed.incrementAndGet());
            Mark at = e.textMarkAt(1);
            seen.add("end " + e.name() + " ended=" + e.ended() + " endTag=" + e.endTagLine() + ":" + e.endTagColumn()
                    + "@" + e.endTagOffset() + " text=[" + e.text() + "]@" + e.textOffset() + " raw=" + e.rawTextLength()
                    + " templated=" + e.isTextTemplated() + " children=" + e.childCount() + " numbers="
                    + e.childCount("Number") + " names=" + e.childNames() + " shared=" + shared + "/" + again
                    + " mark1=" + at.line() + ":" + at.column() + "-" + at.endLine() + ":" + at.endColumn());
        }
    }

    private static List<String> read(String doc) {
        RecordingRule.seen.clear();
        RecordingRule.computed.set(0);
        Linter linter = TestDialect.builder(RuleSet.of(RecordingRule::new)).jobs(1).build();
        Fixtures.lint(linter, "t.xml", doc);
        return new ArrayList<>(RecordingRule.seen);
    }

    @Test
    void startAndEndTagsOffsetsTextAndChildren() {
        String doc = "<Response>\n"
                + "  <Dial timeout=\"5\">\n"
                + "    <Number>+1 555</Number>\n"
                + "    <Client>{{who}}</Client>\n"
                + "    <Number>+2</Number>\n"
                + "  </Dial>\n"
                + "  <Say>  hi &amp; bye  </Say>\n"
                + "  <Pause/>\n"
                + "</Response>\n";
        int dial = doc.indexOf("<Dial");
        int number1 = doc.indexOf("<Number>");
        int number2 = doc.lastIndexOf("<Number>");
        int client = doc.indexOf("<Client>");
        int say = doc.indexOf("<Say>");
        int pause = doc.indexOf("<Pause/>");
        assertThat(read(doc)).containsExactly(
                "start <Response> @1:1 parent=null depth=0 offset=0 ended=false timeout=false isDial=false owner=true",
                "start <Dial> @2:3 parent=Response depth=1 offset=" + dial
                        + " ended=false timeout=true isDial=true owner=true",
                "start <Number> @3:5 parent=Dial depth=2 offset=" + number1
                        + " ended=false timeout=false isDial=false owner=true",
                "end Number ended=true endTag=3:19@" + doc.indexOf("</Number>") + " text=[+1 555]@" + (number1 + 8)
                        + " raw=6 templated=false children=0 numbers=0 names=[] shared=Number#1/Number#1"
                        + " mark1=3:14-3:15",
                "start <Client> @4:5 parent=Dial depth=2 offset=" + client
                        + " ended=false timeout=false isDial=false owner=true",
                "end Client ended=true endTag=4:20@" + doc.indexOf("</Client>") + " text=[\uE000\uE000\uE000\uE000"
                        + "\uE000\uE000\uE000]@" + (client + 8) + " raw=7 templated=true children=0 numbers=0 names=[]"
                        + " shared=Client#2/Client#2 mark1=4:14-4:15",
                "start <Number> @5:5 parent=Dial depth=2 offset=" + number2
                        + " ended=false timeout=false isDial=false owner=true",
                "end Number ended=true endTag=5:15@" + doc.lastIndexOf("</Number>") + " text=[+2]@" + (number2 + 8)
                        + " raw=2 templated=false children=0 numbers=0 names=[] shared=Number#3/Number#3"
                        + " mark1=5:14-5:15",
                "end Dial ended=true endTag=6:3@" + doc.indexOf("</Dial>") + " text=[]@-1 raw=18"
                        + " templated=false children=3 numbers=2 names=[Number, Client] shared=Dial#4/Dial#4"
                        + " mark1=0:0-0:0",
                "start <Say> @7:3 parent=Response depth=1 offset=" + say
                        + " ended=false timeout=false isDial=false owner=true",
                "end Say ended=true endTag=7:24@" + doc.indexOf("</Say>") + " text=[hi & bye]@" + (say + 7)
                        + " raw=12 templated=false children=0 numbers=0 names=[] shared=Say#5/Say#5"
                        + " mark1=7:10-7:22",
                "start <Pause> @8:3 parent=Response depth=1 offset=" + pause
                        + " ended=false timeout=false isDial=false owner=true",
                "end Pause ended=true endTag=8:3@-1 text=[]@-1 raw=0 templated=false children=0 numbers=0 names=[]"
                        + " shared=Pause#6/Pause#6 mark1=0:0-0:0",
                "end Response ended=true endTag=9:1@" + doc.indexOf("</Response>") + " text=[]@-1 raw=10"
                        + " templated=false children=3 numbers=0 names=[Dial, Say, Pause] shared=Response#7/Response#7"
                        + " mark1=0:0-0:0");
    }

    /** Reports at characters of each element's text: before it, its first, its last and past it. */
    static final class MarksRule implements Rule {
        static final List<String> seen = new ArrayList<>();

        @Override
        public RuleMeta meta() {
            return RuleMeta.of("marks", Severity.NOTE, "test rule").build();
        }

        @Override
        public void endElement(Element e, RuleContext ctx) {
            if (e.hasText()) {
                int n = e.text().length();
                for (int i : new int[] {-1, 0, n - 1, n}) {
                    Mark m = e.textMarkAt(i);
                    seen.add(i + " " + m.line() + ":" + m.column() + "-" + m.endLine() + ":" + m.endColumn());
                }
                seen.add("text " + (e.text().length() < 10 ? "[" + e.text() + "] " : "") + e.text().length() + " of "
                        + e.rawTextLength());
            }
        }
    }

    @Test
    void aCharacterOfTheTextIsMarkedOnlyInsideIt() {
        MarksRule.seen.clear();
        Fixtures.lint(TestDialect.builder(RuleSet.of(MarksRule::new)).jobs(1).build(), "t.xml",
                "<Response><Say>abc</Say></Response>");
        assertThat(MarksRule.seen).containsExactly("-1 1:16-1:19", "0 1:16-1:17", "2 1:18-1:19", "3 1:16-1:19",
                "text [abc] 3 of 3");
    }

    @Test
    void blanksBetweenPiecesOfTextAreKeptAndThoseAroundThemCounted() {
        MarksRule.seen.clear();
        Fixtures.lint(TestDialect.builder(RuleSet.of(MarksRule::new)).jobs(1).build(), "t.xml",
                "<Response><Say> a<b/> <c/>d </Say></Response>");
        assertThat(MarksRule.seen).last().isEqualTo("text [a d] 3 of 5");
    }

    @Test
    void longTextIsCountedWholeButKeptUpToTheLimit() {
        MarksRule.seen.clear();
        int n = Element.MAX_TEXT + 1000;
        Fixtures.lint(TestDialect.builder(RuleSet.of(MarksRule::new)).jobs(1).build(), "t.xml",
                "<Response><Say>" + "a".repeat(n) + "</Say></Response>");
        assertThat(MarksRule.seen).last().isEqualTo("text " + Element.MAX_TEXT + " of " + n);
    }
}
