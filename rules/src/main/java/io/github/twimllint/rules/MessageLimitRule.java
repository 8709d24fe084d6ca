package io.github.twimllint.rules;

import io.github.twimllint.core.Element;
import io.github.twimllint.core.Rule;
import io.github.twimllint.core.RuleContext;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.Severity;

/**
 * Messaging limits (C176, C177, C182): at most ten {@code <Message>} verbs in one reply (14109), at
 * most ten {@code <Media>} in one {@code <Message>}, and a body (its text and all its
 * {@code <Body>} texts, which Twilio concatenates) of at most 1600 characters.
 */
public final class MessageLimitRule implements Rule {
    static final RuleMeta META = RuleMeta.of("message-limit", Severity.ERROR,
                    "More than ten <Message> verbs in one reply, more than ten <Media> in one <Message>,"
                            + " or a message body over 1600 characters.")
            .twilioCodes("14109")
            .tags("correctness", "messaging")
            .constraints("C176", "C177", "C182")
            .build();

    static final int MAX_MESSAGES = 10;
    static final int MAX_MEDIA = 10;
    static final int MAX_BODY = 1600;

    /** Characters of the open {@code <Message>}'s {@code <Body>} children so far; -1 when one is templated. */
    private long bodies;

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void startElement(Element element, RuleContext ctx) {
        Element parent = element.parent();
        if (parent == null) {
            return;
        }
        if (element.is("Message") && parent.depth() == 0 && parent.childCount("Message") == MAX_MESSAGES + 1) {
            ctx.report(element, "this is the " + (MAX_MESSAGES + 1) + "th <Message> of the reply; Twilio sends"
                    + " at most " + MAX_MESSAGES + " messages per reply (14109)");
        } else if (element.is("Media") && parent.is("Message") && parent.childCount("Media") == MAX_MEDIA + 1) {
            ctx.report(element, "this is the " + (MAX_MEDIA + 1) + "th <Media> of this <Message>; a message"
                    + " carries at most " + MAX_MEDIA + " media files");
        }
        if (element.is("Message")) {
            bodies = 0;
        }
    }

    @Override
    public void endElement(Element element, RuleContext ctx) {
        if (element.is("Body") && element.parentName() != null && element.parent().is("Message")) {
            bodies = bodies < 0 || element.isTextTemplated() ? -1 : bodies + length(element);
        } else if (element.is("Message")) {
            if (bodies < 0 || element.isTextTemplated()) {
                return; // a placeholder's length is unknown
            }
            long total = bodies + length(element);
            if (total > MAX_BODY) {
                ctx.report(element, "the body of this <Message> is " + total + " characters long; Twilio sends at most "
                        + MAX_BODY);
            }
        }
    }

    /** Characters of the element's own text; past the text the engine keeps, its raw length. */
    private static long length(Element element) {
        if (element.rawTextLength() > 64L * 1024) {
            return element.rawTextLength();
        }
        String text = element.text();
        return text.codePointCount(0, text.length());
    }
}
