package io.github.twimllint.rules;

import io.github.twimllint.core.Element;
import io.github.twimllint.core.Mark;
import io.github.twimllint.core.Rule;
import io.github.twimllint.core.RuleContext;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.Severity;
import java.util.Set;

/** More than ten {@code <Number>}, {@code <Client>} and {@code <Sip>} nouns in one {@code <Dial>} (C019, C046). */
public final class DialNounLimitRule implements Rule {
    static final RuleMeta META = RuleMeta.of("dial-noun-limit", Severity.ERROR,
                    "More than ten <Number>, <Client> and <Sip> nouns, counted together, in one <Dial>.")
            .tags("correctness", "dial")
            .constraints("C019", "C034", "C046")
            .build();

    static final int LIMIT = 10;

    /** Where the eleventh noun of the innermost open <Dial> starts. */
    private Mark over;
    /** Depth of the <Dial> that overLine belongs to (a nested <Dial> is invalid but must not confuse us). */
    private int overDepth = -1;

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** The only elements it looks at (the engine skips the others). */
    @Override
    public Set<String> elements() {
        return ELEMENTS;
    }

    private static final Set<String> ELEMENTS = Set.of("Dial", "Number", "Client", "Sip");

    @Override
    public void startElement(Element element, RuleContext ctx) {
        Element dial = element.parent();
        if (dial == null || !dial.is("Dial") || !isCounted(element)) {
            return;
        }
        if (count(dial) == LIMIT + 1 && overDepth < 0) {
            // Remember the place only: the element must not be kept after its end tag.
            over = element.mark();
            overDepth = dial.depth();
        }
    }

    @Override
    public void endElement(Element element, RuleContext ctx) {
        if (element.is("Dial") && element.depth() == overDepth) {
            ctx.report(over, "this <Dial> has " + count(element)
                    + " <Number>, <Client> and <Sip> nouns; it can dial at most " + LIMIT
                    + " together (this is the " + (LIMIT + 1) + "th)");
            overDepth = -1;
            over = null;
        }
    }

    private static boolean isCounted(Element element) {
        return element.is("Number") || element.is("Client") || element.is("Sip");
    }

    private static int count(Element dial) {
        return dial.childCount("Number") + dial.childCount("Client") + dial.childCount("Sip");
    }
}
