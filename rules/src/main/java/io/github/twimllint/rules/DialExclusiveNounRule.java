package io.github.twimllint.rules;

import io.github.twimllint.core.Element;
import io.github.twimllint.core.Rule;
import io.github.twimllint.core.RuleContext;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.Severity;
import io.github.twimllint.rules.vocabulary.DocumentKind;
import io.github.twimllint.rules.vocabulary.ElementInfo;
import io.github.twimllint.rules.vocabulary.Vocabulary;
import java.util.Set;

/**
 * {@code <Conference>}, {@code <Queue>} or {@code <Application>} together with another noun in one
 * {@code <Dial>}, or twice (C020, C021). Which children are exclusive is data
 * ({@code exclusiveChildren}). Reported at the child that creates the conflict.
 */
public final class DialExclusiveNounRule implements Rule {
    static final RuleMeta META = RuleMeta.of("dial-exclusive-noun", Severity.ERROR,
                    "<Conference>, <Queue> or <Application> in a <Dial> with any other noun, or twice.")
            .twilioCodes("13000")
            .tags("correctness", "dial")
            .constraints("C020", "C021")
            .build();

    /** The open element with exclusive children, and what it holds so far. */
    private Element owner;
    private ElementInfo ownerInfo;
    private Set<String> exclusive;
    private String exclusiveSeen;
    private String otherSeen;

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void startElement(Element element, RuleContext ctx) {
        Vocabulary vocab = Vocabulary.get();
        if (owner != null && element.parent() == owner) {
            // Children the <Dial> does not allow at all are invalid-nesting's (or unknown-element's).
            if (ownerInfo.allowsChild(element.name())) {
                child(element, ctx);
            }
            return;
        }
        ElementInfo info = vocab.find(DocumentKind.of(ctx), element);
        if (info != null && !info.exclusiveChildren().isEmpty()) {
            owner = element;
            ownerInfo = info;
            exclusive = info.exclusiveChildren();
            exclusiveSeen = null;
            otherSeen = null;
        }
    }

    private void child(Element element, RuleContext ctx) {
        String name = element.name();
        String where = Texts.tag(owner.name());
        if (exclusive.contains(name)) {
            if (exclusiveSeen != null) {
                ctx.report(element, Texts.tag(name) + " must be the only noun in its " + where + ", which already has "
                        + Texts.tag(exclusiveSeen) + (exclusiveSeen.equals(name) ? " (use one per " + where + ")" : ""));
            } else if (otherSeen != null) {
                ctx.report(element, Texts.tag(name) + " must be the only noun in its " + where + ", which already has "
                        + Texts.tag(otherSeen));
            }
            if (exclusiveSeen == null) {
                exclusiveSeen = name;
            }
        } else {
            if (exclusiveSeen != null) {
                ctx.report(element, Texts.tag(name) + " cannot be combined with " + Texts.tag(exclusiveSeen)
                        + " in one " + where);
            }
            if (otherSeen == null) {
                otherSeen = name;
            }
        }
    }

    @Override
    public void endElement(Element element, RuleContext ctx) {
        if (element != owner) {
            return;
        }
        // A number as text beside any noun is invalid-nesting's (C018): one finding for one problem.
        owner = null;
    }
}
