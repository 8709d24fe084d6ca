package io.github.twimllint.rules;

import io.github.twimllint.core.Attribute;
import io.github.twimllint.core.Element;
import io.github.twimllint.core.Fix;
import io.github.twimllint.core.Rule;
import io.github.twimllint.core.RuleContext;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.Severity;
import io.github.twimllint.rules.vocabulary.DocumentKind;
import io.github.twimllint.rules.vocabulary.ElementInfo;
import io.github.twimllint.rules.vocabulary.Vocabulary;
import io.github.twimllint.rules.vocabulary.model.AttributeSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An attribute the element does not define (C004, C006), with "did you mean". Attributes of
 * unknown elements are not reported (the element is); namespace declarations are not attributes.
 */
public final class UnknownAttributeRule implements Rule {
    static final RuleMeta META = RuleMeta.of("unknown-attribute", Severity.ERROR,
                    "Attribute not defined for that element.")
            .twilioCodes("12200")
            .tags("correctness", "vocabulary")
            .constraints("C004", "C006", "C021", "C076", "C079", "C083", "C125", "C137")
            .option("ignore", RuleMeta.Option.Type.STRING_LIST,
                    "Attribute names never reported: name (on any element) or Element@name")
            .fixable()
            .build();

    /** The ignore option, read once per document: names, and Element@name entries. */
    private Set<String> ignored = Set.of();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void startDocument(RuleContext ctx) {
        Object ignore = ctx.options().get("ignore");
        if (ignore instanceof List<?> list && !list.isEmpty()) {
            Set<String> names = new HashSet<>();
            for (Object o : list) {
                names.add(String.valueOf(o));
            }
            ignored = names;
        }
    }

    @Override
    public void startElement(Element element, RuleContext ctx) {
        DocumentKind kind = DocumentKind.of(ctx);
        ElementInfo info = Vocabulary.get().find(kind, element);
        if (info == null) {
            return;
        }
        if (!info.spec().getParentAttributes().isEmpty() && element.parent() != null
                && element.indexAmongSameName() == 1) {
            unsupportedOnParent(element, info.spec().getParentAttributes(), ctx);
        }
        List<Attribute> attributes = element.attributes();
        AttributeSpec[] specs = Vocabulary.get().attributes(kind, element);
        for (int i = 0, n = attributes.size(); i < n; i++) {
            Attribute a = attributes.get(i);
            String name = a.name();
            if (isIgnored(element.name(), name)) {
                continue;
            }
            AttributeSpec spec = specs[i];
            if (spec != null && spec.getMisspellingOf() != null) {
                ctx.report(a, Severity.WARNING, "<" + element.name() + "> attribute '" + name + "' is an SDK"
                        + " misspelling (twilio-java issue 975) of the documented '" + spec.getMisspellingOf()
                        + "'; write " + spec.getMisspellingOf(), rename(element, a, spec.getMisspellingOf()));
                continue;
            }
            if (spec != null || name.startsWith("xmlns")) {
                continue;
            }
            StringBuilder m = new StringBuilder("<").append(element.name()).append("> has no attribute '")
                    .append(name).append('\'');
            String close = info.closestAttribute(name);
            ElementInfo anywhere = Vocabulary.get().find(kind, element.name());
            ElementInfo parent = element.parent() == null ? null
                    : Vocabulary.get().find(kind, element.parentName(), element.parent().parentName());
            if (anywhere != null && anywhere != info && anywhere.attribute(name) != null) {
                // defined for the element, but not where it stands (<Play digits> in <Gather>, C083)
                m.setLength(0);
                m.append("<").append(element.name()).append("> inside <").append(element.parentName())
                        .append("> does not take '").append(name).append('\'');
            } else if (parent != null && parent.attribute(name) != null
                    && (close == null || !close.equalsIgnoreCase(name))) {
                // <Client callerId>: a verb's attribute written on its noun.
                m.append("; it belongs on the enclosing <").append(parent.name()).append(">: move it there");
            } else if (close != null) {
                m.append("; did you mean '").append(close).append("'?");
                if (close.equalsIgnoreCase(name)) {
                    m.append(" (attribute names are case-sensitive)");
                    ctx.report(a, null, m.toString(), rename(element, a, close));
                    continue;
                }
            } else if (info.attributes().isEmpty()) {
                m.append(" (it takes no attributes)");
            }
            ctx.report(a, m.toString());
        }
    }

    /** Renaming is certain unless the tag already has an attribute of the new name (XML forbids two). */
    private static Fix rename(Element element, Attribute a, String name) {
        return element.hasAttribute(name) ? null : Fix.renameAttribute(a, name);
    }

    /**
     * The parent's attributes that do not work with this child (C021, C079: {@code <Dial referUrl>}
     * or {@code <Dial sequential>} around {@code <Application>}). Attributes the parent does not
     * define at all were reported at the parent already.
     */
    private void unsupportedOnParent(Element element, Set<String> supported, RuleContext ctx) {
        Element parent = element.parent();
        ElementInfo parentInfo = Vocabulary.get().find(DocumentKind.of(ctx), parent);
        for (Attribute a : parent.attributes()) {
            if (!supported.contains(a.name()) && parentInfo != null && parentInfo.attribute(a.name()) != null
                    && !isIgnored(parent.name(), a.name())) {
                ctx.report(a, "<" + parent.name() + "> attribute '" + a.name() + "' is not supported with <"
                        + element.name() + ">; remove it (supported: " + String.join(", ", supported) + ")");
            }
        }
    }

    private boolean isIgnored(String element, String attribute) {
        return !ignored.isEmpty() && (ignored.contains(attribute) || ignored.contains(element + "@" + attribute));
    }
}
