package io.github.twimllint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.Fixtures;
import io.github.twimllint.core.Linter;
import io.github.twimllint.core.RuleSet;
import org.junit.jupiter.api.Test;

class ClientIdentifierRuleTest {
    private static final String DOC = "<Response><Dial><Client>{{To}}</Client></Dial></Response>";

    @Test
    void placeholderIsOnlyExemptWhileTemplatesAreRecognised() {
        Linter templated = Linter.builder(RuleSet.discover()).jobs(1).build();
        assertThat(Fixtures.brief(Fixtures.lint(templated, "t.twiml", DOC))).isEmpty();

        Linter literal = Linter.builder(RuleSet.discover()).templates(false).jobs(1).build();
        FileResult r = Fixtures.lint(literal, "t.xml", DOC);
        assertThat(Fixtures.brief(r)).containsExactly("1:25 client-identifier");
        assertThat(r.findings().get(0).message()).contains("'{' at position 1");
    }
}
