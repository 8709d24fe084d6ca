package io.github.twimllint.rules;

import io.github.twimllint.core.Attribute;
import io.github.twimllint.core.Element;
import io.github.twimllint.core.Rule;
import io.github.twimllint.core.RuleContext;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.Severity;
import io.github.twimllint.rules.values.Problem;
import io.github.twimllint.rules.values.ValueSyntax;
import io.github.twimllint.rules.vocabulary.DocumentKind;
import io.github.twimllint.rules.vocabulary.model.AttributeSpec;
import java.util.List;

/**
 * {@code statusCallbackEvent} and {@code recordingStatusCallbackEvent} are space-separated lists of
 * the events that element supports (C012, C026, C041, C049, C061, C062, C074, C081, C119, C163).
 */
public final class StatusCallbackEventRule implements Rule {
    static final RuleMeta META = RuleMeta.of("status-callback-event", Severity.ERROR,
                    "A statusCallbackEvent or recordingStatusCallbackEvent value is not allowed for that element,"
                            + " uses commas, or repeats an event.")
            .twilioCodes("12200")
            .tags("correctness", "values")
            .constraints("C012", "C026", "C041", "C049", "C061", "C062", "C074", "C081", "C119", "C163")
            .fixable()
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** The event-list attributes this rule owns; other lists belong to invalid-attribute-value. */
    static boolean isEventList(String attributeName) {
        return attributeName.equals("statusCallbackEvent") || attributeName.equals("recordingStatusCallbackEvent");
    }

    @Override
    public void startElement(Element element, RuleContext ctx) {
        List<Attribute> attributes = element.attributes();
        if (attributes.isEmpty()) {
            return;
        }
        for (int i = 0, n = attributes.size(); i < n; i++) {
            Attribute a = attributes.get(i);
            if (!isEventList(a.name())) {
                continue;
            }
            AttributeSpec spec = ValueRules.spec(DocumentKind.of(ctx), a);
            if (spec == null || spec.getType() != AttributeSpec.Type.ENUM_LIST) {
                continue;
            }
            ValueSyntax.TokenCheck token = Boolean.FALSE.equals(spec.getClosed())
                    ? ValueSyntax.ANY_TOKEN : ValueSyntax.oneOf(spec.getValues());
            for (Problem p : ValueSyntax.list(a.value(), token)) {
                ValueRules.report(ctx, a, p);
            }
        }
    }
}
