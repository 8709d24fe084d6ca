package io.github.twimllint.rules.vocabulary;

import io.github.twimllint.core.RuleContext;
import java.util.Locale;

/** Which TwiML vocabulary a document is written in. */
public enum DocumentKind {
    VOICE, MESSAGING, FAX;

    /** The id used in configuration and in the data file: {@code voice}, {@code messaging}, {@code fax}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The document's kind as the engine decided it for every rule ({@link RuleContext#documentKind()}),
     * or null while undecided.
     */
    public static DocumentKind of(RuleContext ctx) {
        return fromId(ctx.documentKind());
    }

    /** The kind for a configuration id, or null when the id names no kind. */
    public static DocumentKind fromId(String id) {
        if (id == null) {
            return null;
        }
        for (DocumentKind k : values()) {
            if (k.id().equalsIgnoreCase(id.strip())) {
                return k;
            }
        }
        return null;
    }
}
