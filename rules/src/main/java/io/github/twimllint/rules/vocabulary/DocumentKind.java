package io.github.twimllint.rules.vocabulary;

import io.github.twimllint.core.RuleContext;
import java.util.Locale;

/** Which TwiML vocabulary a document is written in. */
public enum DocumentKind {
    VOICE, MESSAGING, FAX;

    private static final DocumentKind[] KINDS = values();

    // Computed once: rules ask for the kind of every element they see.
    private final String id = name().toLowerCase(Locale.ROOT);

    /** The id used in configuration and in the data file: {@code voice}, {@code messaging}, {@code fax}. */
    public String id() {
        return id;
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
        for (DocumentKind k : KINDS) {
            // The engine hands back the ids it got from the dialect: equal, most often identical.
            if (k.id.equals(id)) {
                return k;
            }
        }
        String wanted = id.strip();
        for (DocumentKind k : KINDS) {
            if (k.id.equalsIgnoreCase(wanted)) {
                return k;
            }
        }
        return null;
    }
}
