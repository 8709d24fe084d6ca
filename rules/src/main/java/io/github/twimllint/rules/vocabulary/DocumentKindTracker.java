package io.github.twimllint.rules.vocabulary;

import io.github.twimllint.core.Element;
import io.github.twimllint.core.RuleContext;

/**
 * Formerly each rule's own decision of the document kind; the engine now decides it once per
 * document for every rule. This shim only reads {@link RuleContext#documentKind()}, so rules written
 * against it keep working.
 *
 * @deprecated use {@link DocumentKind#of(RuleContext)} and {@link RuleContext#documentKindConfigured()}
 */
@Deprecated
public final class DocumentKindTracker {
    private RuleContext ctx;

    /** Returns the kind known so far (null while undecided). */
    public DocumentKind update(Element element, RuleContext context) {
        this.ctx = context;
        return kind();
    }

    /** The kind known so far; null while undecided. */
    public DocumentKind kind() {
        return ctx == null ? null : DocumentKind.of(ctx);
    }

    /** True when the kind came from configuration rather than from the document. */
    public boolean isConfigured() {
        return ctx != null && ctx.documentKindConfigured();
    }
}
