package io.github.twimllint.rules;

import io.github.twimllint.core.Element;
import io.github.twimllint.core.Rule;
import io.github.twimllint.core.RuleContext;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.Severity;
import io.github.twimllint.rules.vocabulary.DocumentKind;
import io.github.twimllint.rules.vocabulary.ElementInfo;
import io.github.twimllint.rules.vocabulary.Vocabulary;
import io.github.twimllint.rules.vocabulary.model.ContentSpec;
import io.github.twimllint.rules.vocabulary.model.ElementSpec;
import java.util.Set;

/**
 * An element that needs text or a child and has neither (C038, C077, C097, C107, C128, ...). What
 * counts as content is data ({@code content} in the vocabulary): non-blank text (a template
 * placeholder counts), one of the listed children, or one of the listed attributes.
 */
public final class MissingContentRule implements Rule {
    static final RuleMeta META = RuleMeta.of("missing-content", Severity.ERROR,
                    "Element that needs text or a child has none.")
            .twilioCodes("13520", "14204", "13237", "14212")
            .tags("correctness", "vocabulary")
            .constraints("C018", "C038", "C051", "C065", "C069", "C077", "C097", "C107", "C128", "C134",
                    "C122", "C148", "C176", "C184")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void endElement(Element element, RuleContext ctx) {
        if (element.hasText() || element.is("Client") || ClientIdentities.isIdentityOf(element)) {
            return; // an empty <Client> or <Identity> is client-identifier's, the more specific finding
        }
        ElementInfo info = Vocabulary.get().find(DocumentKind.of(ctx), element);
        ContentSpec content = info == null ? null : info.content();
        if (content == null || satisfied(element, content)) {
            return;
        }
        String message = Texts.tag(element.name()) + " is empty: it needs " + needs(info, content);
        if (content.getEmptyStillRuns() != null) {
            // C122: the docs require the URL, but Twilio runs an empty one anyway (its own samples rely on it)
            ctx.report(element, Severity.WARNING, message + "; " + content.getEmptyStillRuns() + ": write the URL");
        } else {
            ctx.report(element, message);
        }
    }

    private static boolean satisfied(Element element, ContentSpec content) {
        Set<String> children = content.getChildren();
        if (children.contains("*") && element.childCount() > 0) {
            return true;
        }
        for (String c : children) {
            if (element.childCount(c) > 0) {
                return true;
            }
        }
        for (String a : content.getAttributes()) {
            if (element.hasAttribute(a)) {
                return true;
            }
        }
        return false;
    }

    private static String needs(ElementInfo info, ContentSpec content) {
        StringBuilder b = new StringBuilder();
        if (info.allowsText()) {
            b.append(textNeeded(info.textKind()));
        }
        for (String c : content.getChildren()) {
            b.append(b.length() == 0 ? "" : " or ").append(c.equals("*") ? "a child element" : article(c) + Texts.tag(c) + " child");
        }
        for (String a : content.getAttributes()) {
            b.append(b.length() == 0 ? "" : " or ").append("a ").append(a).append(" attribute");
        }
        return b.toString();
    }

    private static String article(String name) {
        return "AEIOUaeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ";
    }

    private static String textNeeded(ElementSpec.TextKind kind) {
        switch (kind) {
            case PHONE: return "a phone number";
            case URL: return "a URL";
            case IDENTITY: return "a client identity";
            case SIP_URI: return "a SIP URI";
            case SID: return "a SID";
            case NAME: return "a name";
            case JSON: return "JSON task attributes";
            default: return "text";
        }
    }
}
