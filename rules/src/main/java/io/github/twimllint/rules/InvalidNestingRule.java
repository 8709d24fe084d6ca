package io.github.twimllint.rules;

import io.github.twimllint.core.Element;
import io.github.twimllint.core.Rule;
import io.github.twimllint.core.RuleContext;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.Severity;
import io.github.twimllint.rules.vocabulary.DocumentKind;
import io.github.twimllint.rules.vocabulary.DocumentKindTracker;
import io.github.twimllint.rules.vocabulary.ElementInfo;
import io.github.twimllint.rules.vocabulary.Vocabulary;

/**
 * A known element where its parent does not allow it (C003, C018, C082, C102, C174, C175), a
 * known element of the other kind of document ({@code <Message>} in voice TwiML), or text in an
 * element that takes none. Unknown elements and the children of unknown elements are left to
 * {@code unknown-element}, so each mistake is reported once.
 */
public final class InvalidNestingRule implements Rule {
    static final RuleMeta META = RuleMeta.of("invalid-nesting", Severity.ERROR,
                    "A known element under a parent that does not allow it, or text where no text is allowed.")
            .twilioCodes("12200", "13215")
            .tags("correctness", "vocabulary")
            .build();

    private final DocumentKindTracker kinds = new DocumentKindTracker();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void startElement(Element element, RuleContext ctx) {
        DocumentKind kind = kinds.update(element, ctx);
        Element parent = element.parent();
        Vocabulary vocab = Vocabulary.get();
        if (parent == null || !vocab.isKnown(element.name()) || !vocab.isKnown(parent.name())) {
            return;
        }
        String name = element.name();
        ElementInfo parentInfo = vocab.find(kind, parent.name(), parent.parentName());
        boolean allowed = parentInfo == null || parentInfo.allowsChild(name);
        if (kind != null && !allowed && vocab.element(kind, name) == null) {
            ctx.report(element, Texts.tag(name) + " belongs to " + otherKinds(vocab, name)
                    + " TwiML, but this is a " + kind.id() + " document"
                    + (kinds.isConfigured() ? " (configured)" : ""));
            return;
        }
        if (!allowed) {
            ctx.report(element, Texts.tag(name) + " is not allowed inside " + Texts.tag(parent.name())
                    + allowedHint(parentInfo));
        }
    }

    @Override
    public void endElement(Element element, RuleContext ctx) {
        if (!element.hasText()) {
            return;
        }
        ElementInfo info = Vocabulary.get().find(kinds.kind(), element.name(), element.parentName());
        if (info != null && !info.allowsText() && !Texts.isBlankOrTemplate(element.text())) {
            ctx.reportText(element, Texts.tag(element.name()) + " does not take text"
                    + (info.children().isEmpty() ? "" : "; put it in an allowed child element"));
        }
    }

    private static String otherKinds(Vocabulary vocab, String name) {
        StringBuilder b = new StringBuilder();
        for (DocumentKind k : vocab.kindsOf(name)) {
            b.append(b.length() == 0 ? "" : "/").append(k.id());
        }
        return b.toString();
    }

    private static String allowedHint(ElementInfo parent) {
        if (parent.children().isEmpty()) {
            return " (" + Texts.tag(parent.name()) + " takes no child elements)";
        }
        if (parent.children().size() > 8) {
            return "";
        }
        StringBuilder b = new StringBuilder(" (allowed: ");
        int i = 0;
        for (String c : parent.children()) {
            b.append(i++ == 0 ? "" : ", ").append(Texts.tag(c));
        }
        return b.append(')').toString();
    }
}
