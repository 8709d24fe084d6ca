package io.github.twimllint.rules;

import io.github.twimllint.core.Attribute;
import io.github.twimllint.core.Element;
import io.github.twimllint.core.Fix;
import io.github.twimllint.core.RuleContext;
import io.github.twimllint.core.Templates;
import io.github.twimllint.rules.values.Problem;
import io.github.twimllint.rules.values.UrlSyntax;
import io.github.twimllint.rules.vocabulary.DocumentKind;
import io.github.twimllint.rules.vocabulary.ElementInfo;
import io.github.twimllint.rules.vocabulary.Vocabulary;
import io.github.twimllint.rules.vocabulary.model.AttributeSpec;

/** What the value rules share: finding an attribute's spec and saying which value is meant. */
final class ValueRules {
    private static final int MAX_SHOWN = 60;

    private ValueRules() {
    }

    /**
     * The element's vocabulary entry as nested where it is: from the document's vocabulary when
     * known, else from any (an element another rule reports as misplaced still gets its values
     * checked); null for unknown elements.
     */
    static ElementInfo element(DocumentKind kind, Element element) {
        return Vocabulary.get().find(kind, element);
    }

    /** The attribute's spec on its element (as {@link #element} finds it), or null when either is unknown. */
    static AttributeSpec spec(DocumentKind kind, Attribute attribute) {
        return Vocabulary.get().attribute(kind, attribute);
    }

    /** {@code name="value" on <Element>}, the value shortened and placeholders shown as {@code {…}}. */
    static String subject(Attribute a) {
        return a.name() + "=\"" + shown(a.value()) + "\" on <" + a.element().name() + ">";
    }

    static String shown(String value) {
        String v = Templates.display(value);
        return v.length() <= MAX_SHOWN ? v : v.substring(0, MAX_SHOWN - 1) + "…";
    }

    static void report(RuleContext ctx, Attribute a, Problem p) {
        ctx.report(a.markAt(p.at()), p.severity(), subject(a) + ": " + p.message(),
                p.fix() == null ? null : Fix.replaceValue(a, p.fix()));
    }

    /** How a URL attribute's data format maps to what the URL check expects. */
    static UrlSyntax.Expect expect(AttributeSpec.UrlFormat format) {
        if (format == null) {
            return UrlSyntax.Expect.HTTP;
        }
        switch (format) {
            case ABSOLUTE:
                return UrlSyntax.Expect.ABSOLUTE_HTTP;
            case WSS:
                return UrlSyntax.Expect.WSS;
            case HTTPS:
                return UrlSyntax.Expect.HTTPS;
            default:
                return UrlSyntax.Expect.HTTP;
        }
    }

    /** {@code waitUrl=""} means no hold music (C063, C130): the one URL that may be empty. */
    static boolean emptyAllowed(String attributeName) {
        return attributeName.equals("waitUrl");
    }
}
