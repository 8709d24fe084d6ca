package io.github.twimllint.rules;

import io.github.twimllint.core.Element;
import io.github.twimllint.core.Fix;
import io.github.twimllint.core.Rule;
import io.github.twimllint.core.RuleContext;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.Severity;
import io.github.twimllint.rules.vocabulary.DocumentKind;
import io.github.twimllint.rules.vocabulary.Vocabulary;
import io.github.twimllint.rules.vocabulary.model.ForeignElement;

/**
 * An element that no TwiML vocabulary defines (C004, C006): wrong case, typos, other vendors'
 * verbs. The root element is left to {@code root-element}; a known element in the wrong place or
 * the wrong kind of document is {@code invalid-nesting}'s.
 */
public final class UnknownElementRule implements Rule {
    static final RuleMeta META = RuleMeta.of("unknown-element", Severity.ERROR,
                    "Element not in the TwiML vocabulary.")
            .twilioCodes("12200")
            .tags("correctness", "vocabulary")
            .constraints("C004", "C006")
            .fixable()
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** At the end tag, so that a name differing only in case is fixed in both tags. */
    @Override
    public void endElement(Element element, RuleContext ctx) {
        Vocabulary vocab = Vocabulary.get();
        if (element.parent() == null || vocab.isKnown(element)) {
            return;
        }
        DocumentKind kind = DocumentKind.of(ctx);
        String name = element.name();
        ForeignElement foreign = vocab.foreignElement(name);
        String close = null;
        StringBuilder m = new StringBuilder(Texts.tag(name)).append(" is not a TwiML element");
        if (foreign != null) {
            m.append(" (it is ").append(foreign.getVendor()).append("'s");
            if (foreign.getUse() != null) {
                m.append("; TwiML uses ").append(Texts.tag(foreign.getUse()));
            }
            m.append(')');
        } else {
            close = vocab.closestElement(kind, name);
            if (close != null) {
                m.append("; did you mean ").append(Texts.tag(close)).append('?');
                if (close.equalsIgnoreCase(name)) {
                    m.append(" (element names are case-sensitive)");
                }
            }
        }
        boolean caseOnly = close != null && close.equalsIgnoreCase(name);
        ctx.report(element, m.toString(), caseOnly ? Fix.renameElement(element, close) : null);
    }
}
