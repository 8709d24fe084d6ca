package io.github.twimllint.rules;

import io.github.twimllint.core.Element;
import io.github.twimllint.core.Rule;
import io.github.twimllint.core.RuleContext;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.Severity;
import io.github.twimllint.rules.vocabulary.ElementInfo;
import io.github.twimllint.rules.vocabulary.Vocabulary;

/**
 * Element text longer than the vocabulary's {@code maxTextLength} for that element: the names of
 * {@code <Queue>} and {@code <Enqueue>} (64 characters; C065, C128).
 */
public final class TextLengthRule implements Rule {
    static final RuleMeta META = RuleMeta.of("text-length", Severity.ERROR,
                    "Element text longer than Twilio accepts (<Queue> and <Enqueue> names: 64 characters).")
            .twilioCodes("14205", "14213")
            .tags("correctness", "vocabulary")
            .constraints("C065", "C128")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void endElement(Element element, RuleContext ctx) {
        if (!element.hasText() || element.isTextTemplated()) {
            return; // a placeholder's length is unknown
        }
        // Every element with a text limit exists in one vocabulary only, so no document kind is needed.
        ElementInfo info = Vocabulary.get().find(null, element);
        Integer max = info == null ? null : info.spec().getMaxTextLength();
        if (max == null) {
            return;
        }
        String text = element.text();
        long length = element.rawTextLength() > 64L * 1024 ? element.rawTextLength()
                : text.codePointCount(0, text.length());
        if (length > max) {
            ctx.reportText(element, "the " + Texts.tag(element.name()) + " text " + ClientIdentities.quote(text)
                    + " is " + length + " characters long; at most " + max + " are allowed");
        }
    }
}
