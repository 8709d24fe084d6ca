package io.github.twimllint.rules;

import io.github.twimllint.core.Attribute;
import io.github.twimllint.core.Element;
import io.github.twimllint.core.Rule;
import io.github.twimllint.core.RuleContext;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.Severity;
import java.util.List;

/** {@code statusCallbackEvent} without a {@code statusCallback} on the same element: nothing is sent. */
public final class StatusCallbackEventWithoutCallbackRule implements Rule {
    static final RuleMeta META = RuleMeta.of("status-callback-event-without-callback", Severity.WARNING,
                    "statusCallbackEvent is given but the element has no statusCallback, so no webhook is sent.")
            .tags("correctness", "callbacks")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void startElement(Element element, RuleContext ctx) {
        List<Attribute> attributes = element.attributes();
        if (attributes.isEmpty()) {
            return;
        }
        Attribute events = element.attribute("statusCallbackEvent");
        if (events == null || events.value().isBlank()) {
            return; // no events asked for
        }
        Attribute callback = element.attribute("statusCallback");
        if (callback != null && !callback.value().isBlank()) {
            return;
        }
        String why = callback != null ? "statusCallback is empty"
                : "<" + element.name() + "> has no statusCallback" + caseHint(attributes);
        ctx.report(events, "statusCallbackEvent is given but " + why
                + ", so no status webhook will be sent; add statusCallback=\"<url>\" or remove statusCallbackEvent");
    }

    /** A mis-cased statusCallback is no statusCallback at all; say so. */
    private static String caseHint(List<Attribute> attributes) {
        for (int i = 0, n = attributes.size(); i < n; i++) {
            String name = attributes.get(i).name();
            if (name.equalsIgnoreCase("statusCallback")) {
                return " (there is " + name + ", but attribute names are case-sensitive)";
            }
        }
        return "";
    }
}
