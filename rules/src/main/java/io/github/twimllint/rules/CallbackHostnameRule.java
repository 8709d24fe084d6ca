package io.github.twimllint.rules;

import io.github.twimllint.core.Attribute;
import io.github.twimllint.core.Element;
import io.github.twimllint.core.RuleContext;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.Severity;
import io.github.twimllint.core.Templates;
import io.github.twimllint.rules.values.Hostname;
import io.github.twimllint.rules.values.Problem;
import io.github.twimllint.rules.values.UrlSyntax;
import io.github.twimllint.rules.vocabulary.DocumentKind;
import io.github.twimllint.rules.vocabulary.ElementInfo;
import io.github.twimllint.rules.vocabulary.model.AttributeSpec;
import io.github.twimllint.rules.vocabulary.model.ElementSpec;

/**
 * The host name of every absolute URL (attributes and URL text) must be a valid host name: no
 * underscores, no empty labels, labels up to 63 and names up to 253 characters (C009, C050, C179).
 */
public final class CallbackHostnameRule extends AttributeValueRule {
    static final RuleMeta META = RuleMeta.of("callback-hostname", Severity.ERROR,
                    "An absolute URL's host name is invalid (underscores, empty labels, illegal characters, too long).")
            .twilioCodes("11100")
            .tags("correctness", "urls")
            .constraints("C009", "C050", "C179")
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
        String host = UrlSyntax.host(a.value());
        Problem p = Hostname.check(host);
        if (p != null) {
            ctx.report(a.markAt(at(a.value(), host, p)), p.severity(), "the host name \"" + Templates.display(host) + "\" in "
                    + ValueRules.subject(a) + " " + p.message());
        }
    }

    @Override
    public void endElement(Element element, RuleContext ctx) {
        if (!element.hasText()) {
            return;
        }
        ElementInfo info = ValueRules.element(DocumentKind.of(ctx), element);
        if (info == null || info.textKind() != ElementSpec.TextKind.URL) {
            return;
        }
        String host = UrlSyntax.host(element.text());
        Problem p = Hostname.check(host);
        if (p != null) {
            ctx.report(element.textMarkAt(at(element.text(), host, p)), p.severity(), "the host name \"" + Templates.display(host) + "\" in the <"
                    + element.name() + "> URL " + p.message());
        }
    }

    /** Index in the URL of the character the host name problem is about, or -1. */
    private static int at(String rawUrl, String host, Problem p) {
        String url = Templates.maskBraces(rawUrl); // as UrlSyntax.host saw it
        int start = url.indexOf("//") + 2;
        int hostAt = p.at() < 0 || start < 2 ? -1 : url.indexOf(host, start);
        return hostAt < 0 ? -1 : hostAt + p.at();
    }
}
