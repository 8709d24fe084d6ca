package io.github.twimllint.rules.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twimllint.core.Element;
import io.github.twimllint.core.Fixtures;
import io.github.twimllint.core.Linter;
import io.github.twimllint.core.Rule;
import io.github.twimllint.core.RuleContext;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.RuleSet;
import io.github.twimllint.core.Severity;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DocumentKindTrackerTest {
    /** Reports, at every element, the kind the tracker knows at that point. */
    public static final class Probe implements Rule {
        static final RuleMeta META = RuleMeta.of("kind-probe", Severity.NOTE, "test probe").build();
        private final DocumentKindTracker kinds = new DocumentKindTracker();

        @Override
        public RuleMeta meta() {
            return META;
        }

        @Override
        public void startElement(Element element, RuleContext ctx) {
            DocumentKind k = kinds.update(element, ctx);
            ctx.report(element, element.name() + "=" + (k == null ? "?" : k.id()) + (kinds.isConfigured() ? "!" : ""));
        }
    }

    private static List<String> kinds(String xml, Function<String, String> configured) {
        Linter linter = Linter.builder(RuleSet.of(Probe::new)).jobs(1).documentKinds(configured).build();
        return Fixtures.lint(linter, "doc.xml", xml).findings().stream()
                .map(f -> f.message()).collect(Collectors.toList());
    }

    @Test
    void messageMeansMessaging() {
        assertThat(kinds("<Response><Redirect>/a</Redirect><Message>hi</Message><Say>x</Say></Response>", p -> null))
                .containsExactly("Response=?", "Redirect=?", "Message=messaging", "Say=messaging");
    }

    @Test
    void voiceVerbMeansVoice() {
        assertThat(kinds("<Response><Say>x</Say><Message>hi</Message></Response>", p -> null))
                .containsExactly("Response=?", "Say=voice", "Message=voice");
    }

    @Test
    void nestedElementsDoNotDecide() {
        assertThat(kinds("<Response><Foo><Message/></Foo><Receive/></Response>", p -> null))
                .containsExactly("Response=?", "Foo=?", "Message=?", "Receive=fax");
    }

    @Test
    void configuredKindWins() {
        assertThat(kinds("<Response><Message>hi</Message></Response>", p -> "voice"))
                .containsExactly("Response=voice!", "Message=voice!");
    }
}
