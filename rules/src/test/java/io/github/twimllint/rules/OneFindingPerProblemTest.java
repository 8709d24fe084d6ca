package io.github.twimllint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.Finding;
import io.github.twimllint.core.Fixtures;
import io.github.twimllint.core.Linter;
import io.github.twimllint.core.RuleSet;
import io.github.twimllint.core.Severity;
import org.junit.jupiter.api.Test;

/**
 * One problem, one finding: where two rules would report the same node for the same cause, only
 * the more specific one does; a document that is not well-formed reports only its syntax error.
 * Also the levels chosen for the vocabulary decisions (docs/vocabulary-decisions.md).
 */
class OneFindingPerProblemTest {
    private final Linter linter = Linter.builder(RuleSet.discover()).jobs(1).build();

    @Test
    void emptyClientIsOnlyClientIdentifier() {
        FileResult r = Fixtures.lint(linter, "t.xml",
                "<Response><Dial><Client></Client><Client><Identity/></Client></Dial></Response>");
        assertThat(Fixtures.brief(r)).containsExactly("1:17 client-identifier", "1:42 client-identifier");
    }

    @Test
    void notWellFormedGivesOnlyTheSyntaxError() {
        FileResult r = Fixtures.lint(linter, "t.xml",
                "<Response><Say>Welcome <Dial><Number>+14155550100</Number></Dial></Response>");
        assertThat(Fixtures.brief(r)).containsExactly("1:66 xml-syntax");
        assertThat(r.findings().get(0).message()).contains("add </Say>");
    }

    @Test
    void levelsOfTheVocabularyDecisions() {
        FileResult r = Fixtures.lint(linter, "t.xml", "<Response><Gather method=\"get\" input=\"speech\">"
                + "<Say>Hi</Say></Gather><Connect><ConversationRelay url=\"wss://r.example.com/s\""
                + " transcriptionProvider=\"deepgram\" speechtimeout=\"500\" interruptible=\"true\"/></Connect></Response>");
        assertThat(r.findings()).extracting(Finding::ruleId)
                .containsExactly("invalid-method", "invalid-attribute-value", "unknown-attribute");
        assertThat(r.findings()).extracting(Finding::severity).containsOnly(Severity.WARNING);
        assertThat(r.findings().get(0).message()).contains("write \"GET\"");
    }
}
