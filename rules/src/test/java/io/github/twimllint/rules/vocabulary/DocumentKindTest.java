package io.github.twimllint.rules.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twimllint.core.Element;
import io.github.twimllint.core.Finding;
import io.github.twimllint.core.Fixtures;
import io.github.twimllint.core.Linter;
import io.github.twimllint.core.Rule;
import io.github.twimllint.core.RuleContext;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.RuleSet;
import io.github.twimllint.core.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The document kind the engine decides once per document and offers every rule. */
class DocumentKindTest {
    /** Reports, at every element and once the input was read, the kind its context gives. */
    public static final class Probe implements Rule {
        static final RuleMeta META = RuleMeta.of("kind-probe", Severity.NOTE, "test probe").build();

        @Override
        public RuleMeta meta() {
            return META;
        }

        @Override
        public void startElement(Element element, RuleContext ctx) {
            ctx.report(element, element.name() + "=" + shown(ctx));
        }

        @Override
        public void endInput(RuleContext ctx) {
            ctx.report(99, 1, "end=" + shown(ctx));
        }

        private static String shown(RuleContext ctx) {
            DocumentKind k = DocumentKind.of(ctx);
            return (k == null ? "?" : k.id()) + (ctx.documentKindConfigured() ? "!" : "");
        }
    }

    private static List<String> kinds(String xml, Function<String, String> configured) {
        Linter linter = Linter.builder(RuleSet.of(Probe::new)).jobs(1).documentKinds(configured).build();
        return Fixtures.lint(linter, "doc.xml", xml).findings().stream()
                .map(Finding::message).collect(Collectors.toList());
    }

    @Test
    void theFirstRevealingVerbDecidesWhileNothingContradictsIt() {
        assertThat(kinds("<Response><Redirect>/a</Redirect><Message>hi</Message></Response>", p -> null))
                .containsExactly("Response=?", "Redirect=?", "Message=messaging", "end=messaging");
    }

    @Test
    void voiceWinsOverMessagingInEitherOrderBecauseVoiceAcceptsMessage() {
        assertThat(kinds("<Response><Say>x</Say><Message>hi</Message></Response>", p -> null))
                .containsExactly("Response=?", "Say=voice", "Message=voice", "end=voice");
        assertThat(kinds("<Response><Message>hi</Message><Say>x</Say></Response>", p -> null))
                .containsExactly("Response=?", "Message=messaging", "Say=voice", "end=voice");
    }

    @Test
    void aTieGoesToTheKindRevealedFirst() {
        assertThat(kinds("<Response><Receive/><Say>x</Say></Response>", p -> null)).last().isEqualTo("end=fax");
        assertThat(kinds("<Response><Say>x</Say><Receive/></Response>", p -> null)).last().isEqualTo("end=voice");
    }

    @Test
    void nestedElementsDoNotDecide() {
        assertThat(kinds("<Response><Foo><Message/></Foo><Receive/></Response>", p -> null))
                .containsExactly("Response=?", "Foo=?", "Message=?", "Receive=fax", "end=fax");
    }

    @Test
    void configuredKindWins() {
        assertThat(kinds("<Response><Message>hi</Message></Response>", p -> "voice"))
                .containsExactly("Response=voice!", "Message=voice!", "end=voice!");
    }

    @Test
    void aBrokenDocumentStillEndsWithTheKindOfWhatWasRead() {
        // A document that is not well-formed reports only xml-syntax, so the kind is recorded, not reported.
        List<String> seen = new ArrayList<>();
        class Recorder implements Rule {
            @Override
            public RuleMeta meta() {
                return Probe.META;
            }

            @Override
            public void endInput(RuleContext ctx) {
                seen.add("end=" + Probe.shown(ctx));
            }
        }
        Linter linter = Linter.builder(RuleSet.of(Recorder::new)).jobs(1).documentKinds(p -> null).build();
        assertThat(Fixtures.lint(linter, "doc.xml", "<Response><Message>hi</Message><Say>x</Say>").findings())
                .extracting(Finding::ruleId).containsOnly("xml-syntax");
        assertThat(seen).containsExactly("end=voice");
    }

    @Test
    @SuppressWarnings("deprecation")
    void theDeprecatedTrackerReadsTheEnginesDecision() {
        class Old implements Rule {
            private final DocumentKindTracker kinds = new DocumentKindTracker();

            @Override
            public RuleMeta meta() {
                return Probe.META;
            }

            @Override
            public void startElement(Element element, RuleContext ctx) {
                DocumentKind k = kinds.update(element, ctx);
                ctx.report(element, element.name() + "=" + (k == null ? "?" : k.id()) + (kinds.isConfigured() ? "!" : ""));
            }
        }
        Linter linter = Linter.builder(RuleSet.of(Old::new)).jobs(1).documentKinds(p -> null).build();
        assertThat(Fixtures.lint(linter, "doc.xml", "<Response><Say>x</Say></Response>").findings())
                .extracting(Finding::message).containsExactly("Response=?", "Say=voice");
    }
}
