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
            .build();
}
