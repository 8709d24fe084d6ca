package io.github.twimllint.rules;

import io.github.twimllint.core.Element;
import io.github.twimllint.core.Mark;
import io.github.twimllint.core.Rule;
import io.github.twimllint.core.RuleContext;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.Severity;

/**
 * A document over Twilio's 64 kB limit for a TwiML response (C007, error 11750), or close to it:
 * a few more verbs, or a template that fills in longer values, push it over.
 */
public final class DocumentSizeRule implements Rule {
    static final RuleMeta META = RuleMeta.of("document-size", Severity.ERROR,
                    "A document larger than Twilio's 64 kB limit, or close to it (a warning above 60 kB).")
            .twilioCodes("11750")
            .tags("correctness", "limits")
            .constraints("C007")
            .build();

    /** 64 kB, read as 64 × 1024 bytes. */
    static final long LIMIT = 64 * 1024;
    /** Above this the document is close enough to the limit to say so. */
    static final long NEAR = 60 * 1024;

    private Mark root;

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void startElement(Element element, RuleContext ctx) {
        if (root == null) {
            root = element.mark();
        }
    }

    @Override
    public void endDocument(RuleContext ctx) {
        long bytes = ctx.documentBytes();
        if (root == null || bytes <= NEAR) {
            return;
        }
        if (bytes > LIMIT) {
            ctx.report(root, "the document is " + bytes + " bytes; Twilio refuses TwiML over 64 kB (" + LIMIT
                    + " bytes): split it, e.g. <Redirect> to a second document");
        } else {
            ctx.report(root, Severity.WARNING, "the document is " + bytes + " bytes, close to Twilio's 64 kB limit ("
                    + LIMIT + " bytes); keep it well below, or split it with <Redirect>");
        }
    }
}
