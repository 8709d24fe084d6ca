package io.github.twimllint.rules.vocabulary;

import io.github.twimllint.core.Element;
import io.github.twimllint.core.RuleContext;

/**
 * Decides, per document, whether it is voice, messaging or fax TwiML. A kind configured for the
 * document's path ({@link RuleContext#documentKind()}) wins; otherwise the first direct child of
 * {@code <Response>} that belongs to one vocabulary only decides ({@code <Message>} means
 * messaging). Until then the kind is null and lookups use the union of all vocabularies, so a
 * document is never judged by the wrong vocabulary.
 *
 * <p>Rules are instantiated per document, so each rule keeps its own tracker in a field and calls
 * {@link #update} at the start of {@code startElement}.
 */
public final class DocumentKindTracker {
    private DocumentKind kind;
    private boolean configured;
    private boolean started;

    /** Feeds one start tag; returns the kind known so far (null while undecided). */
    public DocumentKind update(Element element, RuleContext ctx) {
        if (!started) {
            started = true;
            kind = DocumentKind.fromId(ctx.documentKind());
            configured = kind != null;
        }
        if (kind == null && element.depth() == 1 && "Response".equals(element.parentName())) {
            kind = Vocabulary.get().kindRevealedBy(element.name());
        }
        return kind;
    }

    /** The kind known so far; null while undecided. */
    public DocumentKind kind() {
        return kind;
    }

    /** True when the kind came from configuration rather than from the document. */
    public boolean isConfigured() {
        return configured;
    }
}
