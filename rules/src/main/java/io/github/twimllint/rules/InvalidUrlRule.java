package io.github.twimllint.rules;

import io.github.twimllint.core.Attribute;
import io.github.twimllint.core.Element;
import io.github.twimllint.core.RuleContext;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.Severity;
import io.github.twimllint.rules.values.Problem;
import io.github.twimllint.rules.values.UrlSyntax;
import io.github.twimllint.rules.vocabulary.ElementInfo;
import io.github.twimllint.rules.vocabulary.model.AttributeSpec;
import io.github.twimllint.rules.vocabulary.model.ElementSpec;

/**
 * URL attributes and URL text ({@code <Play>}, {@code <Redirect>}, {@code <Media>}) must be an
 * absolute http(s) URL ({@code wss} for WebSockets) or a relative reference (C010, C157, C166).
 */
public final class InvalidUrlRule extends AttributeValueRule {
    static final RuleMeta META = RuleMeta.of("invalid-url", Severity.ERROR,
                    "A URL attribute or URL text is neither an absolute http(s)/wss URL nor a relative reference.")
            .help("Twilio fetches action, url, statusCallback and the other URL attributes, and the text of <Play>, "
                    + "<Redirect> and <Media>, as an absolute http(s) URL or relative to the document's own URL. "
                    + "Spaces, quotes, a missing '//' or another scheme make it fail with error 11100 or 13214. "
                    + "<Stream url> and <ConversationRelay url> need wss://. A host name without a scheme "
                    + "(www.example.com/x) is a warning: it would be fetched as a relative path. waitUrl=\"\" is "
                    + "allowed (no hold music).\n\n"
                    + "Bad:   <Dial action=\"www.example.com/after dial\">\n"
                    + "Fixed: <Dial action=\"https://www.example.com/after%20dial\">")
            .twilioCodes("11100", "13214")
            .tags("correctness", "urls")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Attribute a, AttributeSpec spec, RuleContext ctx) {
        if (spec.getType() != AttributeSpec.Type.URL) {
            return;
        }
        Problem p = UrlSyntax.check(a.value(), ValueRules.expect(spec.getUrlFormat()),
                ValueRules.emptyAllowed(a.name()));
        if (p != null) {
            ValueRules.report(ctx, a, p);
        }
    }

    @Override
    public void endElement(Element element, RuleContext ctx) {
        if (!element.hasText()) {
            return; // an empty <Play/> or <Redirect/> is missing-content's business
        }
        ElementInfo info = ValueRules.element(kinds.kind(), element);
        if (info == null || info.textKind() != ElementSpec.TextKind.URL) {
            return;
        }
        String text = element.text();
        Problem p = UrlSyntax.check(text, UrlSyntax.Expect.HTTP, false);
        if (p != null) {
            ctx.report(element.textMarkAt(p.at()), p.severity(), "the URL \"" + ValueRules.shown(text) + "\" in <"
                    + element.name() + "> " + p.message());
        }
    }
}
