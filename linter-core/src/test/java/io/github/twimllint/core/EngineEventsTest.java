package io.github.twimllint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the engine hands a rule and does with what it reports: every event (start tag, text, end
 * tag, end of document), next-line suppressions aimed at each kind of content, the level of a
 * finding a rule reports at its own level, and files that are not documents of the dialect.
 */
class EngineEventsTest {

    /** Reports at every element's start tag, text and end tag (not the root's), and at the end of the document. */
    static final class EventsRule implements Rule {
        @Override
        public RuleMeta meta() {
            return RuleMeta.of("events", Severity.ERROR, "test rule").build();
        }

        @Override
        public void startElement(Element e, RuleContext ctx) {
            if (e.depth() > 0) {
                ctx.report(e, "start " + e.name());
            }
        }

        @Override
        public void endElement(Element e, RuleContext ctx) {
            if (e.depth() > 0 && e.hasText()) {
                ctx.reportText(e, "text " + e.name());
            }
            if (e.depth() > 0 && e.endTagOffset() >= 0) {
                ctx.report(e.endTagLine(), e.endTagColumn(), "end " + e.name());
            }
        }

        @Override
        public void endDocument(RuleContext ctx) {
            ctx.report(1, 1, "document");
        }
    }

    /** A warning rule that reports one case as a note, one as an error and one at its level. */
    static final class LevelsRule implements Rule {
        @Override
        public RuleMeta meta() {
            return RuleMeta.of("levels", Severity.WARNING, "test rule").build();
        }

        @Override
        public void startElement(Element e, RuleContext ctx) {
            switch (e.name()) {
                case "Say": ctx.report(e, Severity.NOTE, "note"); break;
                case "Play": ctx.report(e, Severity.ERROR, "error"); break;
                case "Pause": ctx.report(e, "default"); break;
                default: break;
            }
        }
    }

    private static List<String> brief(FileResult r) {
        List<String> out = new ArrayList<>();
        for (Finding f : r.findings()) {
            out.add((f.isSuppressed() ? "S " : "") + f.line() + ":" + f.column() + " " + f.severity().label() + " "
                    + f.message());
        }
        return out;
    }

    @Test
    void aNextLineDirectiveCoversTheNextStartTagTextOrEndTag() {
        Linter linter = TestDialect.builder(RuleSet.of(EventsRule::new)).jobs(1).build();
        String doc = "<Response>\n"
                + "<!-- twiml-lint-disable-next-line events -->\n"
                + "<Say>\n"
                + "hello\n"
                + "<!-- twiml-lint-disable-next-line events -->\n"
                + "</Say>\n"
                + "<Play>\n"
                + "<!-- twiml-lint-disable-next-line -->\n"
                + "x.mp3\n"
                + "</Play>\n"
                + "</Response>\n";
        assertThat(brief(Fixtures.lint(linter, "t.xml", doc))).containsExactly(
                "1:1 error document",
                "S 3:1 error start Say",
                "4:1 error text Say",
                "S 6:1 error end Say",
                "7:1 error start Play",
                "S 9:1 error text Play",
                "10:1 error end Play");
    }

    @Test
    void aRuleMayChooseALevelButNeverAboveALoweredOne() {
        String doc = "<Response><Say>a</Say><Play>b</Play><Pause/></Response>";
        RuleSet rules = RuleSet.of(LevelsRule::new);
        assertThat(brief(Fixtures.lint(TestDialect.builder(rules).jobs(1).build(), "t.xml", doc)))
                .as("at the default level the rule's choice holds")
                .containsExactly("1:11 note note", "1:23 error error", "1:37 warning default");
        assertThat(brief(Fixtures.lint(TestDialect.builder(rules).level("levels", Severity.ERROR).jobs(1).build(),
                "t.xml", doc))).as("raised: the chosen levels hold, the rest is raised")
                .containsExactly("1:11 note note", "1:23 error error", "1:37 error default");
        assertThat(brief(Fixtures.lint(TestDialect.builder(rules).level("levels", Severity.NOTE).jobs(1).build(),
                "t.xml", doc))).as("lowered: nothing above it")
                .containsExactly("1:11 note note", "1:23 note error", "1:37 note default");
    }

    @Test
    void aSyntaxErrorMarksOneCharacter() {
        Linter linter = TestDialect.builder(RuleSet.of()).jobs(1).build();
        List<Finding> found = Fixtures.lint(linter, "t.xml", "<Response>\n  <Say>a</Play>\n</Response>\n").findings();
        assertThat(found).isNotEmpty().allSatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("xml-syntax");
            assertThat(f.endLine()).isEqualTo(f.line());
            assertThat(f.endColumn()).isEqualTo(f.column() + 1);
        });
    }

    @Test
    void anXmlFileFoundInAFolderWhoseRootIsNotTheDialectsIsSkipped(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("other.xml"), "<project><Say>not TwiML</Say></project>", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("a.xml"), "<Response><Say>hi</Say></Response>", StandardCharsets.UTF_8);
        Linter linter = TestDialect.builder(RuleSet.of(EventsRule::new)).jobs(1).build();
        LintReport report = linter.lint(new FileCollector(dir).collect(List.of(dir)).sources());
        assertThat(report.files()).extracting(f -> f.path().substring(f.path().lastIndexOf('/') + 1) + " "
                        + f.skipped() + " " + f.findings().size())
                .containsExactly("a.xml false 4", "other.xml true 0");
        assertThat(report.lintedCount()).isEqualTo(1);
    }

    @Test
    void aFileThatCannotBeReadIsReportedUnreadableAndNotLinted(@TempDir Path dir) throws IOException {
        Files.createDirectory(dir.resolve("folder.xml"));
        FileResult r = TestDialect.builder(RuleSet.of(EventsRule::new)).jobs(1).build()
                .lint(Source.ofFile(dir.resolve("folder.xml"), "folder.xml", false));
        assertThat(r.readError()).isNotNull();
        assertThat(r.skipped()).isFalse();
        assertThat(r.findings()).isEmpty();
    }

    /** Reports what its context says about the document at its end. */
    static final class ContextRule implements Rule {
        @Override
        public RuleMeta meta() {
            return RuleMeta.of("context", Severity.WARNING, "test rule").build();
        }

        @Override
        public void endDocument(RuleContext ctx) {
            ctx.report(1, 1, ctx.ruleId() + " " + ctx.level().label() + " kind=" + ctx.documentKind() + " configured="
                    + ctx.documentKindConfigured() + " bytes=" + ctx.documentBytes() + " options=" + ctx.options());
        }
    }

    @Test
    void aRuleKnowsItsLevelTheDocumentsKindAndSize() {
        String voice = "<Response><Say>caf\u00e9</Say></Response>";
        int bytes = voice.getBytes(StandardCharsets.UTF_8).length;
        RuleSet rules = RuleSet.of(ContextRule::new);
        assertThat(Fixtures.lint(TestDialect.builder(rules).jobs(1).build(), "t.xml", voice).findings())
                .extracting(Finding::message)
                .containsExactly("context warning kind=voice configured=false bytes=" + bytes + " options={}");
        Linter configured = TestDialect.builder(rules).level("context", Severity.NOTE)
                .options("context", java.util.Map.of("max", 2)).documentKinds(path -> "messaging").jobs(1).build();
        assertThat(Fixtures.lint(configured, "t.xml", voice).findings()).extracting(Finding::message)
                .containsExactly("context note kind=messaging configured=true bytes=" + bytes + " options={max=2}");
    }
}
