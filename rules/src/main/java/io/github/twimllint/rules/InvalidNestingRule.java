package io.github.twimllint.rules;

import io.github.twimllint.core.Element;
import io.github.twimllint.core.Mark;
import io.github.twimllint.core.Rule;
import io.github.twimllint.core.RuleContext;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.Severity;
import io.github.twimllint.rules.vocabulary.DocumentKind;
import io.github.twimllint.rules.vocabulary.ElementInfo;
import io.github.twimllint.rules.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A known element where its parent does not allow it (C003, C018, C082, C102, C174, C175), a
 * known element of the other kind of document ({@code <Message>} in voice TwiML), or text in an
 * element that takes none. Unknown elements and the children of unknown elements are left to
 * {@code unknown-element}, so each mistake is reported once.
 *
 * <p>Which verbs belong directly under {@code <Response>} depends on the document's kind, decided
 * from the whole document (unless configured), so those are judged once it was read.
 */
public final class InvalidNestingRule implements Rule {
    static final RuleMeta META = RuleMeta.of("invalid-nesting", Severity.ERROR,
                    "A known element under a parent that does not allow it, or text where no text is allowed.")
            .twilioCodes("12200", "13215")
            .tags("correctness", "vocabulary")
            .constraints("C003", "C014", "C015", "C018", "C047", "C075", "C076", "C082", "C102", "C106",
                    "C110", "C112", "C113", "C123", "C125", "C132", "C135", "C150", "C152", "C154", "C172",
                    "C174", "C175", "C184")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    /**
     * How many top-level elements wait for the whole document's kind. Far more than a document
     * Twilio accepts (64 KB) can hold; past it, a hostile document's verbs are judged by the kind
     * decided so far, so memory stays bounded.
     */
    static final int MAX_DEFERRED = 10_000;

    /** Top-level elements waiting for the document's kind to be decided by the whole document. */
    private final List<TopLevel> topLevel = new ArrayList<>();

    /** A top-level element waiting: enough to build its mark if it is reported (most are not). */
    private record TopLevel(String name, String parent, String parentPath, int index, int line, int column) {
        Mark mark() {
            return Element.mark(parentPath, name, index, line, column);
        }
    }

    @Override
    public void startElement(Element element, RuleContext ctx) {
        Element parent = element.parent();
        Vocabulary vocab = Vocabulary.get();
        if (parent == null || !vocab.isKnown(element) || !vocab.isKnown(parent)) {
            return;
        }
        if (parent.parent() == null && !ctx.documentKindConfigured() && topLevel.size() < MAX_DEFERRED) {
            // Whether a verb belongs under this root depends on the kind, which a later verb may
            // still decide (<Message> then <Say> is voice): judged once the whole document was read.
            topLevel.add(new TopLevel(element.name(), parent.name(), parent.path(), element.indexAmongSameName(),
                    element.line(), element.column()));
            return;
        }
        DocumentKind kind = DocumentKind.of(ctx);
        String problem = problem(element.name(), parent.name(), vocab.find(kind, parent), ctx);
        if (problem != null) {
            ctx.report(element.mark(), problem);
        }
    }

    /** What is wrong with the element under that parent in this document's kind, or null. */
    private static String problem(String name, String parentName, ElementInfo parentInfo, RuleContext ctx) {
        Vocabulary vocab = Vocabulary.get();
        DocumentKind kind = DocumentKind.of(ctx);
        boolean allowed = parentInfo == null || parentInfo.allowsChild(name);
        if (kind != null && !allowed && vocab.element(kind, name) == null) {
            return Texts.tag(name) + " belongs to " + otherKinds(vocab, name)
                    + " TwiML, but this is a " + kind.id() + " document"
                    + (ctx.documentKindConfigured() ? " (configured)" : "");
        }
        if (!allowed) {
            return Texts.tag(name) + " is not allowed inside " + Texts.tag(parentName)
                    + allowedHint(parentInfo) + likelyFix(vocab, kind, name, parentName);
        }
        return null;
    }

    @Override
    public void endElement(Element element, RuleContext ctx) {
        if (!element.hasText()) {
            return;
        }
        ElementInfo info = Vocabulary.get().find(DocumentKind.of(ctx), element);
        if (info != null && !info.allowsText() && !Texts.isBlankOrTemplate(element.text())) {
            ctx.reportText(element, Texts.tag(element.name()) + " does not take text"
                    + (info.children().isEmpty() ? "" : "; put it in an allowed child element"));
        } else if (element.is("Dial") && element.childCount() > 0 && !Texts.isBlankOrTemplate(element.text())) {
            // C018: a <Dial> dials either its text or its nouns; Twilio does not combine them
            ctx.reportText(element, "<Dial> has both text and nouns; put the number in a <Number> noun");
        }
    }

    @Override
    public void endInput(RuleContext ctx) {
        // The kind is now the whole document's (or, for a broken one, what was read of it).
        DocumentKind kind = DocumentKind.of(ctx);
        String parent = null;
        ElementInfo parentInfo = null;
        for (TopLevel t : topLevel) {
            if (!t.parent().equals(parent)) { // the same root for all of them: looked up once
                parent = t.parent();
                parentInfo = Vocabulary.get().find(kind, parent, null);
            }
            String problem = problem(t.name(), t.parent(), parentInfo, ctx);
            if (problem != null) {
                ctx.report(t.mark(), problem);
            }
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
        // Name what the documentation allows; the SDK's extra children would only lengthen the list.
        Set<String> shown = new LinkedHashSet<>(parent.children());
        shown.removeAll(parent.spec().getSdkOnlyChildren());
        if (shown.isEmpty()) {
            shown = parent.children();
        }
        if (shown.size() > 8) {
            return "";
        }
        StringBuilder b = new StringBuilder(" (" + Texts.tag(parent.name()) + " takes ");
        int i = 0;
        for (String c : shown) {
            b.append(i == 0 ? "" : i == shown.size() - 1 ? " or " : ", ").append(Texts.tag(c));
            i++;
        }
        return b.append(')').toString();
    }

    /** The likely fix: SSML for a pause in speech, else where the element does belong when that is short to say. */
    private static String likelyFix(Vocabulary vocab, DocumentKind kind, String name, String parentName) {
        if (name.equals("Pause") && parentName.equals("Say")) {
            return "; for a pause in speech use SSML <break time=\"1s\"/> inside <Say>";
        }
        if (kind == null) {
            return "";
        }
        List<String> parents = new ArrayList<>();
        for (ElementInfo e : vocab.elements(kind).values()) {
            if (e.allowsChild(name) && !e.spec().getSdkOnlyChildren().contains(name)) {
                parents.add(Texts.tag(e.name()));
            }
        }
        if (parents.isEmpty() || parents.size() > 3 || parents.contains("<Response>")) {
            return "";
        }
        return "; " + Texts.tag(name) + " belongs inside " + String.join(" or ", parents);
    }
}
