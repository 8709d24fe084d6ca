package io.github.twimllint.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuleDocTest {
    private static final String PAGE = String.join("\n",
            "# some-rule",
            "",
            "A `<Dial>` that does",
            "something wrong.",
            "",
            "| | |",
            "|---|---|",
            "| Default level | warning |",
            "| Twilio codes | 13201, 13238 |",
            "| Constraints | C040 |",
            "| Fixable | no |",
            "",
            "## Why",
            "Twilio fails `<Dial>` here",
            "(a backtick `` ` `` too).",
            "",
            "Second paragraph, see [the URL rules](../url-documents.md) and [Twilio](https://www.twilio.com/docs).",
            "",
            "## Bad",
            "`caller.xml`:",
            "```xml",
            "<Response><Dial/></Response>",
            "```",
            "",
            "```xml",
            "<Response/>",
            "```",
            "",
            "## Fixed",
            "```xml",
            "<Response><Say>Hi</Say></Response>",
            "```",
            "");

    @Test
    void readsTitleSummaryFactsAndSections() {
        RuleDoc doc = RuleDoc.parse(PAGE);
        assertThat(doc.id()).isEqualTo("some-rule");
        assertThat(doc.summary()).isEqualTo("A `<Dial>` that does something wrong.");
        assertThat(doc.fact("Default level")).isEqualTo("warning");
        assertThat(doc.fact("Twilio codes")).isEqualTo("13201, 13238");
        assertThat(doc.fact("Options")).isEmpty();
        assertThat(doc.sections()).containsOnlyKeys("Why", "Bad", "Fixed");
        assertThat(doc.examples("Bad")).containsExactly(
                new RuleDoc.Example("caller.xml", "<Response><Dial/></Response>\n"),
                new RuleDoc.Example(null, "<Response/>\n"));
        assertThat(doc.examples("Fixed")).extracting(RuleDoc.Example::xml)
                .containsExactly("<Response><Say>Hi</Say></Response>\n");
        assertThat(doc.examples("Options")).isEmpty();
    }

    @Test
    void plainTextForTerminalsAndMarkdownForSarif() {
        RuleDoc doc = RuleDoc.parse(PAGE);
        assertThat(doc.text()).isEqualTo("Twilio fails <Dial> here (a backtick ` too).\n\nSecond paragraph, see the URL rules and Twilio.\n\n"
                + "Bad:\ncaller.xml:\n    <Response><Dial/></Response>\n\n    <Response/>\n\n"
                + "Fixed:\n    <Response><Say>Hi</Say></Response>");
        assertThat(doc.markdown()).startsWith("## Why\n\nTwilio fails `<Dial>` here\n(a backtick `` ` `` too).\n\nSecond paragraph, see "
                + "[the URL rules](https://github.com/twimllint/twiml-lint/blob/main/docs/url-documents.md) and "
                + "[Twilio](https://www.twilio.com/docs).\n\n## Bad\n\n")
                .endsWith("## Fixed\n\n```xml\n<Response><Say>Hi</Say></Response>\n```");
    }

    @Test
    void metadataTakesItsHelpFromThePageUnlessGivenInCode() {
        RuleMeta fromPage = CoreRules.XML_SYNTAX;
        assertThat(fromPage.help()).startsWith("Twilio parses the TwiML").contains("\nBad:\n    <Response>")
                .contains("\nFixed:\n");
        assertThat(fromPage.helpMarkdown()).startsWith("## Why\n\n").contains("```xml");
        assertThat(fromPage.helpUri()).isEqualTo("https://github.com/twimllint/twiml-lint/blob/main/docs/rules/xml-syntax.md");

        RuleMeta own = RuleMeta.of("xml-syntax", Severity.ERROR, "s").help("own words").build();
        assertThat(own.help()).isEqualTo("own words");
        assertThat(own.helpMarkdown()).isEqualTo("own words");

        RuleMeta pageless = RuleMeta.of("no-page-for-this-rule", Severity.NOTE, "Only a summary.").build();
        assertThat(RuleDoc.find("no-page-for-this-rule")).isEmpty();
        assertThat(pageless.help()).isEqualTo("Only a summary.");
        assertThat(pageless.helpMarkdown()).isEqualTo("Only a summary.");
    }

    /** A SARIF report asks for every rule's help: each page is rendered once, not on every call. */
    @Test
    void renderingsAreMadeOnce() {
        RuleDoc doc = RuleDoc.parse(PAGE);
        assertThat(doc.text()).isSameAs(doc.text());
        assertThat(doc.markdown()).isSameAs(doc.markdown());
    }
}
