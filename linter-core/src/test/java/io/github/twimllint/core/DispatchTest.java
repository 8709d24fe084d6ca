package io.github.twimllint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine calls a rule only for the events it handles (it skips Rule's empty defaults), so the
 * handlers a rule has, its own or inherited from a base class, must all still be called.
 */
class DispatchTest {

    /** A note-level test rule with its id. */
    abstract static class Named implements Rule {
        private final RuleMeta meta;

        Named(String id) {
            meta = RuleMeta.of(id, Severity.NOTE, "test rule").build();
        }

        @Override
        public RuleMeta meta() {
            return meta;
        }
    }

    /** Handles start tags in a base class, as the attribute-value rules do. */
    abstract static class StartBase extends Named {
        StartBase(String id) {
            super(id);
        }

        @Override
        public void startElement(Element e, RuleContext ctx) {
            ctx.report(e, "start " + e.name());
        }
    }

    static final class Inherited extends StartBase {
        Inherited() {
            super("inherited");
        }
    }

    static final class EndsAndComments extends Named {
        EndsAndComments() {
            super("ends-and-comments");
        }

        @Override
        public void endElement(Element e, RuleContext ctx) {
            ctx.report(e, "end " + e.name());
        }

        @Override
        public void comment(String text, int line, int column, RuleContext ctx) {
            ctx.report(line, column, "comment" + text);
        }
    }

    /** Handles nothing but the end of input. */
    static final class EndOnly extends Named {
        EndOnly() {
            super("end-only");
        }

        @Override
        public void endInput(RuleContext ctx) {
            ctx.report(1, 1, "end of input");
        }
    }

    @Test
    void everyHandlerARuleHasIsCalled() {
        Linter linter = TestDialect.builder(RuleSet.of(Inherited::new, EndsAndComments::new, EndOnly::new))
                .jobs(1).build();
        FileResult r = Fixtures.lint(linter, "t.xml", "<Response>\n<!-- note -->\n<Say>hi</Say>\n</Response>\n");
        List<String> seen = r.findings().stream().map(f -> f.ruleId() + ": " + f.message()).toList();
        assertThat(seen).containsExactlyInAnyOrder(
                "inherited: start Response", "inherited: start Say",
                "ends-and-comments: end Say", "ends-and-comments: end Response", "ends-and-comments: comment note ",
                "end-only: end of input");
    }
}
