package io.github.twimllint.rules;

import io.github.twimllint.core.Attribute;
import io.github.twimllint.core.Element;
import io.github.twimllint.core.Rule;
import io.github.twimllint.core.RuleContext;
import io.github.twimllint.rules.vocabulary.DocumentKind;
import io.github.twimllint.rules.vocabulary.model.AttributeSpec;
import java.util.List;

/**
 * Base of the rules that judge each attribute's value against its spec in the vocabulary
 * (type, values, range, URL format): it reads the document kind, finds the element's spec once
 * and hands every attribute the vocabulary knows to {@link #check}.
 */
abstract class AttributeValueRule implements Rule {
    /** @deprecated the kind is the engine's: use {@code DocumentKind.of(ctx)}; kept for subclasses that read it. */
    @Deprecated
    protected final io.github.twimllint.rules.vocabulary.DocumentKindTracker kinds =
            new io.github.twimllint.rules.vocabulary.DocumentKindTracker();

    @Override
    @SuppressWarnings("deprecation")
    public void startElement(Element element, RuleContext ctx) {
        kinds.update(element, ctx);
        List<Attribute> attributes = element.attributes();
        if (attributes.isEmpty()) {
            return;
        }
        DocumentKind kind = DocumentKind.of(ctx);
        for (int i = 0, n = attributes.size(); i < n; i++) {
            Attribute a = attributes.get(i);
            AttributeSpec spec = ValueRules.spec(kind, a);
            if (spec != null) {
                check(a, spec, ctx);
            }
        }
    }

    /** Checks one attribute that the vocabulary defines for its element. */
    protected abstract void check(Attribute a, AttributeSpec spec, RuleContext ctx);
}
