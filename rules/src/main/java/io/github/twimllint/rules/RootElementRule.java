package io.github.twimllint.rules;

import io.github.twimllint.core.Element;
import io.github.twimllint.core.Rule;
import io.github.twimllint.core.RuleContext;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.Severity;

/** The root element of a TwiML document must be {@code <Response>} (C002, error 12102). */
public final class RootElementRule implements Rule {
    static final RuleMeta META = RuleMeta.of("root-element", Severity.ERROR,
                    "The root element is not <Response>.")
            .twilioCodes("12102")
            .tags("correctness")
            .constraints("C002")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void startElement(Element element, RuleContext ctx) {
        if (element.parent() == null && !element.is("Response")) {
            String hint = element.name().equalsIgnoreCase("response")
                    ? " (element names are case-sensitive)" : "";
            ctx.report(element, "the root element is <" + element.name() + ">, but a TwiML document must start"
                    + " with <Response>" + hint);
        }
    }
}
