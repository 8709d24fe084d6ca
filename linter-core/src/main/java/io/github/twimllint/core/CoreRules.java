package io.github.twimllint.core;

/** Rules the engine itself reports, not a {@link Rule} implementation. */
public final class CoreRules {
    private CoreRules() {
    }

    public static final RuleMeta XML_SYNTAX = RuleMeta.of("xml-syntax", Severity.ERROR,
                    "The document is not well-formed XML.")
            .twilioCodes("12100")
            .tags("correctness", "xml")
            .constraints("C001")
            .fixable() // a raw '&' becomes '&amp;'
            .build();

    public static final RuleMeta UNUSED_SUPPRESSION = RuleMeta.of("unused-suppression", Severity.WARNING,
                    "A suppression comment that suppressed nothing.")
            .tags("suppression")
            .build();

    /** Ids of the rules the engine itself reports. */
    public static boolean isCoreRule(String id) {
        return XML_SYNTAX.id().equals(id) || UNUSED_SUPPRESSION.id().equals(id);
    }
}
