package io.github.twimllint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twimllint.core.Finding;
import io.github.twimllint.core.Fixtures;
import io.github.twimllint.core.Linter;
import io.github.twimllint.core.RuleSet;
import io.github.twimllint.core.Severity;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class ParameterAttributesRuleTest {
    @Test
    void missingAttributeIsAnErrorAndDuplicateNameAWarning() {
        Linter linter = Linter.builder(RuleSet.discover()).jobs(1).build();
        String doc = "<Response><Connect><Stream url=\"wss://example.com/s\">"
                + "<Parameter name=\"a\"/><Parameter name=\"a\" value=\"2\"/></Stream></Connect></Response>";
        assertThat(Fixtures.lint(linter, "p.xml", doc).findings())
                .extracting(Finding::column, Finding::severity)
                .containsExactly(Tuple.tuple(54, Severity.ERROR),
                        Tuple.tuple(92, Severity.WARNING));
    }
}
