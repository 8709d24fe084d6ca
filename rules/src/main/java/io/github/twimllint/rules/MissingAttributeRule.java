package io.github.twimllint.rules;

import io.github.twimllint.core.Element;
import io.github.twimllint.core.Rule;
import io.github.twimllint.core.RuleContext;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.Severity;
import io.github.twimllint.rules.vocabulary.ElementInfo;
import io.github.twimllint.rules.vocabulary.Vocabulary;
import io.github.twimllint.rules.vocabulary.model.AttributeSpec;
import java.util.List;

/**
 * An attribute the element cannot work without is absent. Which attributes those are is data: the
 * {@code required} flag (and, where it depends on the parent, {@code requiredUnder}) of the
 * vocabulary, e.g. {@code <ConversationRelay url>}, {@code <Start><Stream url>},
 * {@code <Stop><Stream name>}, {@code <Prompt for>}, {@code <Language code>} (C147, C166, C169).
 */
public final class MissingAttributeRule implements Rule {
    static final RuleMeta META = RuleMeta.of("missing-attribute", Severity.ERROR,
                    "A required attribute is absent (<ConversationRelay url>, <Stream url>, <Prompt for>, ...).")
            .twilioCodes("12200")
            .tags("correctness", "vocabulary")
            .constraints("C147", "C166", "C169")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void startElement(Element element, RuleContext ctx) {
        if (element.is("Parameter")) {
            return; // parameter-attributes reports a <Parameter> without name or value, with its own wording
        }
        // Every element with a required attribute exists in one vocabulary only, so no document kind is needed.
        ElementInfo info = Vocabulary.get().find(null, element);
        if (info == null) {
            return;
        }
        List<AttributeSpec> required = info.requiredAttributes();
        for (int i = 0, n = required.size(); i < n; i++) {
            AttributeSpec a = required.get(i);
            if (!element.hasAttribute(a.getName()) && ElementInfo.isRequired(a, element.parentName())) {
                ctx.report(element, Texts.tag(element.name()) + where(a, element) + " has no " + a.getName()
                        + " attribute; Twilio needs it");
            }
        }
    }

    private static String where(AttributeSpec a, Element element) {
        return a.getRequiredUnder() == null || a.getRequiredUnder().isEmpty() || element.parentName() == null
                ? "" : " under " + Texts.tag(element.parentName());
    }
}
