package io.github.twimllint.core;

/** Rules the engine itself reports, not a {@link Rule} implementation. */
public final class CoreRules {
    private CoreRules() {
    }

    public static final RuleMeta XML_SYNTAX = RuleMeta.of("xml-syntax", Severity.ERROR,
                    "The document is not well-formed XML.")
            .help("Twilio cannot parse a document that is not well-formed XML and fails the call with "
                    + "error 12100. The finding points where the parser stopped; the rest of that document is "
                    + "not linted, other files are.\n\n"
                    + "Bad:   <Say voice=\"alice\", loop=\"2\">Hi</Say>\n"
                    + "Fixed: <Say voice=\"alice\" loop=\"2\">Hi</Say>\n\n"
                    + "DTDs and entity declarations are not allowed in TwiML and are never read.")
            .twilioCodes("12100")
            .tags("correctness", "xml")
            .constraints("C001")
            .build();

    public static final RuleMeta UNUSED_SUPPRESSION = RuleMeta.of("unused-suppression", Severity.WARNING,
                    "A suppression comment that suppressed nothing.")
            .help("A twiml-lint-disable comment that no longer suppresses anything hides the next real "
                    + "problem at that place. Comments that suppressed nothing are reported only with "
                    + "--report-unused-suppressions (or \"reportUnusedSuppressions\": true); a comment naming an "
                    + "unknown rule id or an unknown twiml-lint- directive can never work and is always reported.\n\n"
                    + "Bad:   <!-- twiml-lint-disable-next-line root-element -->\n"
                    + "       <Response><Say>Hi</Say></Response>\n"
                    + "Fixed: <Response><Say>Hi</Say></Response>\n\n"
                    + "Suppression syntax: <!-- twiml-lint-disable-next-line rule-a, rule-b: reason -->, "
                    + "<!-- twiml-lint-disable rule-a --> ... <!-- twiml-lint-enable -->, "
                    + "<!-- twiml-lint-disable-file rule-a -->. No ids means all rules.")
            .tags("suppression")
            .build();

    /** Ids of the rules the engine itself reports. */
    public static boolean isCoreRule(String id) {
        return XML_SYNTAX.id().equals(id) || UNUSED_SUPPRESSION.id().equals(id);
    }
}
