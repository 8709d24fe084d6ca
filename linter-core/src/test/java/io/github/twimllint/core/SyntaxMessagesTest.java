package io.github.twimllint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The parser's messages as users meet them, in plain words with the fix, at the character to
 * change. Each row: a document (\n for line breaks), the expected line:column, and a fragment of
 * the expected message.
 */
class SyntaxMessagesTest {
    private final Linter linter = Linter.builder(RuleSet.of(LocationTest.EverythingRule::new)).jobs(1).build();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <Response><Redirect>/menu?a=1&b=2</Redirect></Response>                | 1:30 | raw '&' in text: write '&amp;'
            <Response><Redirect method="POST" x="/menu?a=1&b=2">/x</Redirect></Response> | 1:47 | raw '&' in an attribute value: write '&amp;'
            <Response><Say>Tom & Jerry</Say></Response>                            | 1:20 | raw '&' in text: write '&amp;'
            <Response><Say>Tom &nbsp; Jerry</Say></Response>                       | 1:20 | '&nbsp;' is not an XML entity
            <Response>\\n<Say>hi\\n</Response>                                       | 3:1  | </Response> does not match the open <Say>: add </Say> before it
            <Response>\\n<Say>hi                                                     | 2:7  | the document ends while <Say> is still open: add </Say>
            <Response><Say loop=2>hi</Say></Response>                              | 1:21 | attribute values must be quoted: write loop="2"
            <Response><Say loop="1" loop="2">hi</Say></Response>                   | 1:25 | the attribute 'loop' appears twice in this tag: keep one
            <Response><Say voice="a<b">hi</Say></Response>                         | 1:24 | '<' is not allowed in an attribute value: write '&lt;'
            <Response><Say>hi</Say></Response>\\n<Say>x</Say>                       | 2:1  | an element after the root element has ended
            <Response><Say>hi</Say></Response>\\nhello                              | 2:1  | text after the root element has ended
            <Response><Say>a\u0001b</Say></Response>                               | 1:17 | the control character U+0001 is not allowed in XML
            <Response><Say>a < b</Say></Response>                                  | 1:18 | write '&lt;' for a literal '<'
            hello<Response/>                                                       | 1:1  | text before the root element
            <Response><Say loop="1"voice="x">hi</Say></Response>                   | 1:24 | attributes must be separated by white space
            <Response><Say>hi</Say></Response></Response>                          | 1:35 | an end tag after the root element has ended
            <Response><Say loop="1", voice="man">hi</Say></Response>               | 1:24 | separated by white space, not commas
            <Response><Enqueue/></Enqueue></Response>                              | 1:21 | remove </Enqueue> if no <Enqueue> is open
            """)
    void parserMessagesAreTranslated(String doc, String at, String fragment) {
        FileResult r = Fixtures.lint(linter, "t.xml", doc.strip().replace("\\n", "\n").replace("\\u0001", "\u0001"));
        List<Finding> syntax = r.findings().stream().filter(f -> f.ruleId().equals("xml-syntax"))
                .collect(Collectors.toList());
        assertThat(syntax).hasSize(1);
        assertThat(syntax.get(0).line() + ":" + syntax.get(0).column()).isEqualTo(at);
        assertThat(syntax.get(0).message()).contains(fragment).doesNotContain("(code ");
    }

    @Test
    void aDocumentThatIsNotWellFormedReportsOnlyItsSyntaxError() {
        // EverythingRule reports every element; the unclosed <Say> makes <Dial> look nested in it.
        FileResult r = Fixtures.lint(linter, "t.xml", "<Response><Say>Welcome <Dial>+1</Dial></Response>");
        assertThat(Fixtures.brief(r)).containsExactly("1:39 xml-syntax");
    }

    @Test
    void anUnmaskableTemplateNamesItsLanguageNeverTheMask() {
        FileResult r = Fixtures.lint(linter, "t.xml.erb", "<Response>\n  <Say <%= attrs %>>Hi</Say>\n</Response>");
        assertThat(Fixtures.brief(r)).containsExactly("2:8 xml-syntax");
        assertThat(r.findings().get(0).message()).contains("ERB/EJS/ASP/JSP construct (<% %>)")
                .contains("lint the rendered output").doesNotContain(String.valueOf(Templates.MASK));
    }

    @Test
    void aFileOfTemplateCodeOnlyIsANoteThatNothingIsChecked() {
        FileResult r = Fixtures.lint(linter, "voice.php",
                "<?php\nheader('Content-Type: text/xml');\necho '<?xml version=\"1.0\"?><Response/>';\n");
        assertThat(Fixtures.brief(r)).containsExactly("1:1 xml-syntax");
        assertThat(r.findings().get(0).severity()).isEqualTo(Severity.NOTE);
        assertThat(r.findings().get(0).message()).contains("only template code");
    }
}
