package io.github.twimllint.rules;

import io.github.twimllint.core.Element;
import io.github.twimllint.core.Rule;
import io.github.twimllint.core.RuleContext;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.Severity;
import java.util.Set;

/**
 * {@code <Reject>} after another verb (C126): the verbs before it answer the call, so it is billed
 * and the caller hears it end instead of a busy or not-in-service signal.
 */
public final class RejectPositionRule implements Rule {
    static final RuleMeta META = RuleMeta.of("reject-position", Severity.WARNING,
                    "<Reject> that is not the first verb: the call is answered and billed before it ends.")
            .tags("cost", "voice")
            .constraints("C126")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** The only elements it looks at (the engine skips the others). */
    @Override
    public Set<String> elements() {
        return ELEMENTS;
    }

    private static final Set<String> ELEMENTS = Set.of("Reject");

    @Override
    public void startElement(Element element, RuleContext ctx) {
        Element parent = element.parent();
        if (element.is("Reject") && parent != null && parent.depth() == 0 && parent.childCount() > 1) {
            ctx.report(element, "<Reject> is not the first verb: the verbs before it answer the call, so it is billed"
                    + " and the caller is hung up on instead of rejected; make <Reject> the first verb");
        }
    }
}
