package io.github.twimllint.rules;

import io.github.twimllint.core.Attribute;
import io.github.twimllint.core.Element;
import io.github.twimllint.core.Rule;
import io.github.twimllint.core.RuleContext;
import io.github.twimllint.rules.vocabulary.DocumentKind;
import io.github.twimllint.rules.vocabulary.Vocabulary;
import io.github.twimllint.rules.vocabulary.model.AttributeSpec;
import java.util.List;

/**
 * Base of the rules that judge each attribute's value against its spec in the vocabulary
 * (type, values, range, URL format): it reads the document kind, finds the element's spec once
 * and hands every attribute the vocabulary knows to {@link #check}.
 */
abstract class AttributeValueRule implements Rule {
    @Override
    public void startElement(Element element, RuleContext ctx) {
        if (element.attributes().isEmpty()) {
            return;
        }
        AttributeSpec[] specs = Vocabulary.get().attributes(DocumentKind.of(ctx), element);
        if (specs == null) {
            return;
        }
        AttributeSpec.Type only = checkedType();
        List<Attribute> attributes = element.attributes();
        for (int i = 0; i < specs.length; i++) {
            AttributeSpec spec = specs[i];
            if (spec != null && (only == null || spec.getType() == only)) {
                check(attributes.get(i), spec, ctx);
            }
        }
    }

    /** The one type of attribute this rule checks (the others are not handed to it), or null for all. */
    protected AttributeSpec.Type checkedType() {
        return null;
    }

    /** Checks one attribute that the vocabulary defines for its element. */
    protected abstract void check(Attribute a, AttributeSpec spec, RuleContext ctx);
}
