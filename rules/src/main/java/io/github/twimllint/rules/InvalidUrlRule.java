package io.github.twimllint.rules;

import io.github.twimllint.core.Attribute;
import io.github.twimllint.core.Element;
import io.github.twimllint.core.RuleContext;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.Severity;
import io.github.twimllint.rules.values.Problem;
import io.github.twimllint.rules.values.UrlSyntax;
import io.github.twimllint.rules.vocabulary.DocumentKind;
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
            .twilioCodes("11100", "13214")
            .tags("correctness", "urls")
            .constraints("C010", "C050", "C130", "C137", "C157", "C159", "C164", "C166", "C184")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected AttributeSpec.Type checkedType() {
        return AttributeSpec.Type.URL;
    }

    @Override
    protected void check(Attribute a, AttributeSpec spec, RuleContext ctx) {
        Problem p = UrlSyntax.check(a.value(), ValueRules.expect(spec.getUrlFormat()),
                ValueRules.emptyAllowed(a.name()));
        if (p != null) {
            ValueRules.report(ctx, a, p);
        } else if (Boolean.TRUE.equals(spec.getNoQuery()) && a.value().indexOf('?') >= 0) {
            // C157: Twilio connects without the query string, so those values never arrive
            ctx.report(a, a.name() + "=\"" + ValueRules.shown(a.value()) + "\" on <" + a.element().name()
                    + ">: Twilio drops the query string of this URL; pass the values as <Parameter> children");
        }
    }

    @Override
    public void endElement(Element element, RuleContext ctx) {
        if (!element.hasText()) {
            return; // an empty <Play/> or <Redirect/> is missing-content's business
        }
        ElementInfo info = ValueRules.element(DocumentKind.of(ctx), element);
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
