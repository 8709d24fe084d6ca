package io.github.twimllint.rules;

import io.github.twimllint.core.Attribute;
import io.github.twimllint.core.Element;
import io.github.twimllint.core.Rule;
import io.github.twimllint.core.RuleContext;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.Severity;

/**
 * {@code <Say>} text longer than its voice family speaks (C098, 13521): Amazon Polly voices 3000
 * characters without SSML tags, Google voices 5000, the basic voices ({@code man}, {@code woman}
 * and the default) 4096. The text counted is the {@code <Say>}'s own and that of its SSML
 * elements; Google also counts the tags, so for Google voices this is a lower bound.
 */
public final class SayLengthRule implements Rule {
    static final RuleMeta META = RuleMeta.of("say-length", Severity.ERROR,
                    "<Say> text longer than its voice accepts (Polly 3000, Google 5000, basic voices 4096 characters).")
            .twilioCodes("13521")
            .tags("correctness", "say")
            .constraints("C098")
            .build();

    static final int POLLY = 3000;
    static final int GOOGLE = 5000;
    static final int BASIC = 4096;

    /** Depth of the open {@code <Say>}, -1 when none is open. */
    private int sayDepth = -1;
    private long characters;
    private boolean templated;

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void startElement(Element element, RuleContext ctx) {
        if (element.is("Say") && sayDepth < 0) {
            sayDepth = element.depth();
            characters = 0;
            templated = false;
        }
    }

    @Override
    public void endElement(Element element, RuleContext ctx) {
        if (sayDepth < 0 || element.depth() < sayDepth) {
            return;
        }
        characters += length(element);
        templated |= element.isTextTemplated();
        if (element.depth() > sayDepth) {
            return; // an SSML element inside the <Say>
        }
        sayDepth = -1;
        Attribute voice = element.attribute("voice");
        if (templated || voice != null && voice.isTemplated()) {
            return; // a placeholder's length, or the voice, is unknown
        }
        String v = voice == null ? "" : voice.value();
        int max = v.startsWith("Polly.") ? POLLY : v.startsWith("Google.") ? GOOGLE : BASIC;
        if (characters > max) {
            String family = max == POLLY ? "Amazon Polly voices speak" : max == GOOGLE ? "Google voices speak"
                    : "the basic voices speak";
            ctx.reportText(element, "<Say> text is " + characters + " characters long; " + family + " at most "
                    + max + " (13521): split it into several <Say> verbs");
        }
    }

    private static long length(Element element) {
        if (element.rawTextLength() > 64L * 1024) {
            return element.rawTextLength();
        }
        String text = element.text();
        return text.codePointCount(0, text.length());
    }
}
