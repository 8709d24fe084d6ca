package io.github.twimllint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twimllint.core.Fixtures;
import io.github.twimllint.core.Linter;
import io.github.twimllint.core.RuleSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The voice/messaging mix is judged on the whole document, so the order of the verbs does not
 * change the verdict (fixtures cannot configure a kind; these documents run with one).
 */
class DocumentKindMixTest {
    private static final String SAY_THEN_MESSAGE = "<Response>\n  <Say>Hi</Say>\n  <Message>Bye</Message>\n</Response>\n";
    private static final String MESSAGE_THEN_SAY = "<Response>\n  <Message>Bye</Message>\n  <Say>Hi</Say>\n</Response>\n";

    private static List<String> findings(String kind, String xml) {
        Linter linter = Linter.builder(RuleSet.discover()).jobs(1).documentKinds(p -> kind).build();
        return Fixtures.lint(linter, "doc.xml", xml).findings().stream()
                .map(f -> f.line() + ":" + f.column() + " " + f.ruleId() + " " + f.message()).toList();
    }

    @Test
    void configuredMessagingReportsTheVoiceVerbOnceInEitherOrder() {
        assertThat(findings("messaging", SAY_THEN_MESSAGE)).containsExactly(
                "2:3 invalid-nesting <Say> belongs to voice TwiML, but this is a messaging document (configured)");
        assertThat(findings("messaging", MESSAGE_THEN_SAY)).containsExactly(
                "3:3 invalid-nesting <Say> belongs to voice TwiML, but this is a messaging document (configured)");
    }

    @Test
    void undecidedOrVoiceAcceptsTheMixInEitherOrder() {
        assertThat(findings(null, SAY_THEN_MESSAGE)).isEmpty();
        assertThat(findings(null, MESSAGE_THEN_SAY)).isEmpty();
        assertThat(findings("voice", SAY_THEN_MESSAGE)).isEmpty();
        assertThat(findings("voice", MESSAGE_THEN_SAY)).isEmpty();
    }

    @Test
    void aBrokenDocumentReportsOnlyItsSyntaxEvenForDeferredTopLevelVerbs() {
        // invalid-nesting judges top-level verbs at the end of input; for a document that is not
        // well-formed those verdicts are dropped with the other rule findings (xml-syntax only).
        assertThat(findings(null, "<Response>\n  <Message>Bye</Message>\n  <Say>Hi</Say>\n  <Receive/>\n<Response>"))
                .isNotEmpty()
                .allMatch(f -> f.contains("xml-syntax"));
    }

    @Test
    void manyTopLevelVerbsAreEachReportedOnceAcrossTheDeferralLimit() {
        StringBuilder b = new StringBuilder("<Response>\n");
        for (int i = 0; i < InvalidNestingRule.MAX_DEFERRED; i++) {
            b.append("<Body>x</Body>\n");
        }
        b.append("<Say>Hi</Say>\n<Body>late</Body>\n</Response>\n");
        // The document is 150 kB, so document-size reports it too; only invalid-nesting is looked at.
        List<String> found = findings(null, b.toString()).stream().filter(f -> f.contains(" invalid-nesting "))
                .collect(java.util.stream.Collectors.toList());
        // Deferred ones see the whole document's kind (voice); the one past the limit sees it too,
        // because <Say> came before it; each <Body> is reported once.
        assertThat(found).hasSize(InvalidNestingRule.MAX_DEFERRED + 1)
                .allMatch(f -> f.contains("<Body> belongs to messaging TwiML, but this is a voice document"));
    }
}
