package io.github.twimllint.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The {@code xml-syntax} problem that ends a document that is not well-formed: the parser's
 * words put plainly ({@link SyntaxMessages}, {@link ParseErrors}) at the character to change, and
 * the fix where one is certain. Each row: a document ("T|" in front: templates masked), and the
 * last event, as {@link Recorder} writes it.
 */
class SyntaxProblemsTest {
    private static final String[][] CASES = {
        {"<Response><Say>a &amp b</Say></Response>", "syntax 1:18 raw '&' in text: write '&amp;' [fix 17 '&'>'&amp;' 1:18]"},
        {"<Response><Say x=\"a &amp b\">a</Say></Response>",
            "syntax 1:21 raw '&' in an attribute value: write '&amp;' [fix 20 '&'>'&amp;' 1:21]"},
        {"<Response><Say>&</Say></Response>", "syntax 1:16 raw '&' in text: write '&amp;' [fix 15 '&'>'&amp;' 1:16]"},
        {"<Response>\n<Say>& b</Say></Response>", "syntax 2:6 raw '&' in text: write '&amp;' [fix 16 '&'>'&amp;' 2:6]"},
        {"<Response><Say a=\"&\">x</Say></Response>",
            "syntax 1:19 raw '&' in an attribute value: write '&amp;' [fix 18 '&'>'&amp;' 1:19]"},
        {"<Response><Say>a &#1; b</Say></Response>",
            "syntax 1:18 the character reference stands for U+0001, which XML does not allow: remove it"},
        {"<Response><Say>a &#xFFFE; b</Say></Response>",
            "syntax 1:18 the character reference stands for U+FFFE, which XML does not allow: remove it"},
        {"<Response><Say>a ]]> b</Say></Response>", "syntax 1:20 ']]>' is not allowed in text: write ']]&gt;'"},
        {"<Response><Say", "syntax 1:14 the document ends in the middle of a tag: finish it with '>'"},
        {"<Response><Say x=\"1\"", "syntax 1:20 the document ends in the middle of a tag: finish it with '>'"},
        {"<Response><!-- abc", "syntax 1:18 the document ends in the middle of markup: finish it"},
        {"<Response><![CDATA[ abc", "syntax 1:23 the document ends in the middle of markup: finish it"},
        {"<Response><Say = \"x\">a</Say></Response>",
            "syntax 1:16 '=' cannot start an attribute name: attributes are written name=\"value\""},
        {"<Response><Say ,a=\"1\"/></Response>",
            "syntax 1:16 attributes are separated by white space, not commas: remove the ','"},
        {"<Response><Say loop>a</Say></Response>",
            "syntax 1:20 the attribute 'loop' has no value: write name=\"value\" (XML has no attributes without a value)"},
        {"<Response><Say\n  loop\n  voice=\"x\">a</Say></Response>",
            "syntax 3:3 the attribute 'loop' has no value: write name=\"value\" (XML has no attributes without a value)"},
        {"<Response><Say loop=2 >a</Say></Response>", "syntax 1:21 attribute values must be quoted: write loop=\"2\""},
        {"<Response><Say loop=abc/>a</Response>", "syntax 1:21 attribute values must be quoted: write loop=\"abc\""},
        {"<Response><Say a=b c=\"d\"/></Response>", "syntax 1:18 attribute values must be quoted: write a=\"b\""},
        {"<Response><Say loop=  'x>a</Say></Response>",
            "syntax 1:27 '<' is not allowed in an attribute value: write '&lt;' (or add the missing closing quote before it)"},
        {"<Response><Say voice=\"a\" voice=\"b\" loop=\"c\">a</Say></Response>",
            "syntax 1:26 the attribute 'voice' appears twice in this tag: keep one"},
        {"<Response><Say\tloop=\"1\"\nloop=\"2\">a</Say></Response>",
            "syntax 2:1 the attribute 'loop' appears twice in this tag: keep one"},
        {"<Response>\n</Say>", "syntax 2:1 </Say> does not match the open <Response>: add </Response> before it if"
            + " <Response> is not closed yet; remove </Say> if no <Say> is open (a self-closed <Say/> has no end tag);"
            + " names are case-sensitive"},
        {"<Response><Say>x</Say>\n</Response>\n<Play/>",
            "syntax 3:1 an element after the root element has ended: a document has one root; move it inside <Response>"},
        {"<Response><Say>x</Say></Response >  <!-- c --> <Play/>",
            "syntax 1:48 an element after the root element has ended: a document has one root; move it inside <Response>"},
        {"<Response/></Response>", "syntax 1:12 an end tag after the root element has ended: remove the extra end tag"},
        {"<Response/>junk", "syntax 1:12 text after the root element has ended: remove it, or move it inside <Response>"},
        {"junk<Response/>", "syntax 1:1 text before the root element: a TwiML document starts with <Response>"
            + " (optionally after an XML declaration <?xml version=\"1.0\"?>)"},
        {"  \n  ", "syntax 1:1 the document is empty"},
        {"<?xml version=\"1.0\"?>", "syntax 1:1 the document is empty"},
        {"<!-- only -->", "syntax 1:14 the document ends before its root element"},
        {"<?pi x?>\n", "syntax 2:1 the document ends before its root element"},
        {"T|{{ x }}", "syntax 1:1 the file holds only template code and no TwiML markup outside it: nothing to check"
            + " (lint the rendered output instead) [note]"},
        {"T|<%= x %>\n<% y %>", "syntax 1:1 the file holds only template code and no TwiML markup outside it: nothing"
            + " to check (lint the rendered output instead) [note]"},
        {"{{ x }}", "syntax 1:1 text before the root element: a TwiML document starts with <Response>"
            + " (optionally after an XML declaration <?xml version=\"1.0\"?>)"},
        {"T|<Response><{{x}}/></Response>", "syntax 1:12 a Mustache/Handlebars/Jinja/Liquid construct ({{ }}) here"
            + " cannot be masked into well-formed XML: template code may stand for a value or for text, not for an"
            + " element name, an attribute or a whole tag. Move it into an attribute value or the text, or lint the"
            + " rendered output instead (exclude this file, or set \"templates\": false)"},
        {"<Response><Say>\u0001</Say></Response>",
            "syntax 1:16 the control character U+0001 is not allowed in XML: remove it"},
        {"<Response><Say a=\"1\"b=\"2\"/></Response>",
            "syntax 1:21 attributes must be separated by white space: add a space before 'b'"},
        {"<Response><Say a=\"1\",b=\"2\"/></Response>",
            "syntax 1:21 attributes are separated by white space, not commas: remove the ','"},
        {"<Response><1Say/></Response>",
            "syntax 1:11 '<' here does not start a tag ('1' cannot begin an element name): write '&lt;' for a literal '<'"},
        {"<Response>< Say/></Response>", "syntax 1:11 '<' here does not start a tag (white space cannot begin an"
            + " element name): write '&lt;' for a literal '<'"},
    };

    @Test
    void eachMistakeIsOneProblemAtTheCharacterToChange() {
        SoftAssertions soft = new SoftAssertions();
        for (String[] c : CASES) {
            boolean templates = c[0].startsWith("T|");
            Recorder r = Recorder.parse(templates ? c[0].substring(2) : c[0], templates);
            soft.assertThat(r.last()).as(c[0]).isEqualTo(c[1]);
            soft.assertThat(r.events.stream().filter(e -> e.startsWith("syntax"))).as(c[0]).hasSize(1);
            soft.assertThat(r.outcome).as(c[0]).isEqualTo(new XmlParser.Outcome(false, false, null));
        }
        soft.assertAll();
    }

    @Test
    void aDeclarationAfterPhpIsWhereTheServedDocumentStarts() {
        String doc = "<?php echo 1 ?>\n<?xml version=\"1.0\"?>\n<Response><Say>{{x}}</Say></Response>";
        assertThat(Recorder.parse(doc, true).events).containsExactly("start Response 3:1 @38",
                "start Say 3:11 @48", "text '#####' 3:16-3:21 @53", "end 3:21 @58", "end 3:27 @64",
                "endDocument bytes=75");
        // Not after template code: a declaration that is not first is a mistake.
        assertThat(Recorder.parse("<!-- c -->\n<?xml version=\"1.0\"?><Response/>", true).last())
                .startsWith("syntax 2:");
    }
}
