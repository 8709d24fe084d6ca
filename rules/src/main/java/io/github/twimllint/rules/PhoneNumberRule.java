package io.github.twimllint.rules;

import io.github.twimllint.core.Element;
import io.github.twimllint.core.Rule;
import io.github.twimllint.core.RuleContext;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.Severity;

/**
 * Text that must be a phone number and is not (C036, C038, C081): {@code <Number>} text and a
 * bare {@code <Dial>} number (E.164 recommended; unformatted numbers accepted), and
 * {@code <WhatsApp>} text (E.164 only). A SIP URI or client identity there gets a message that
 * names the noun that dials it.
 */
public final class PhoneNumberRule implements Rule {
    static final RuleMeta META = RuleMeta.of("phone-number", Severity.ERROR,
                    "<Number>, <WhatsApp> or bare <Dial> text that is not a phone number.")
            .twilioCodes("13223")
            .tags("correctness", "dial")
            .constraints("C036", "C038", "C081")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void endElement(Element element, RuleContext ctx) {
        boolean whatsApp = element.is("WhatsApp");
        boolean dial = element.is("Dial");
        if (!(whatsApp || dial || element.is("Number")) || !element.hasText() || element.isTextTemplated()
                || PhoneNumbers.looksLikeFormatPlaceholder(element.text())) {
            return; // empty text is missing-content's finding
        }
        if (dial && element.childCount() > 0) {
            return; // text beside nouns is invalid-nesting's finding
        }
        String v = element.text().strip();
        String tag = Texts.tag(element.name());
        if (Texts.startsWithLowerCased(v, "sip:") || Texts.startsWithLowerCased(v, "sips:")) {
            ctx.reportText(element, tag + " holds a SIP URI; dial it with <Dial><Sip>" + v + "</Sip></Dial>");
            return;
        }
        if (ClientIdentities.hasClientPrefix(v)) {
            ctx.reportText(element, tag + " holds a client identity; dial it with <Dial><Client>"
                    + v.substring(ClientIdentities.PREFIX.length()) + "</Client></Dial>");
            return;
        }
        if (whatsApp) {
            if (!PhoneNumbers.isE164(v)) {
                ctx.reportText(element, "<WhatsApp> text " + ClientIdentities.quote(v)
                        + " is not an E.164 phone number (+ and up to 15 digits, e.g. +14155550100)");
            }
            return;
        }
        int digits = PhoneNumbers.digits(v);
        if (digits > PhoneNumbers.MAX_DIGITS) {
            ctx.reportText(element, tag + " number " + ClientIdentities.quote(v) + " has " + digits
                    + " digits; a phone number has at most " + PhoneNumbers.MAX_DIGITS + " (13223)");
        } else if (digits < 1) {
            ctx.reportText(element, tag + " text " + ClientIdentities.quote(v)
                    + " is not a phone number (E.164 recommended, e.g. +14155550100) (13223)");
        }
    }
}
