package io.github.twimllint.rules;

import io.github.twimllint.core.Attribute;
import io.github.twimllint.core.Element;
import io.github.twimllint.core.Rule;
import io.github.twimllint.core.RuleContext;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.Severity;
import java.util.Locale;
import java.util.Set;

/**
 * A {@code <Dial callerId>} Twilio cannot use (C030, C031): a phone number (E.164 or unformatted
 * digits, at most 15), a {@code client:} identity, or, when the {@code <Dial>} calls a {@code <Sip>}
 * endpoint, a caller name of letters, digits and {@code + - _ .} (or a SIP URI); with
 * {@code <WhatsApp>} it must be {@code whatsapp:} and the sender's E.164 number. Judged when the
 * {@code <Dial>} ends, because the nouns decide which forms apply.
 */
public final class CallerIdRule implements Rule {
    static final RuleMeta META = RuleMeta.of("caller-id", Severity.ERROR,
                    "A <Dial callerId> that is not a phone number, a client: identity, a SIP caller name"
                            + " (with <Sip>) or whatsapp:+number (with <WhatsApp>).")
            .twilioCodes("13214", "13248")
            .tags("correctness", "dial")
            .constraints("C030", "C031")
            .build();

    private static final String WHATSAPP = "whatsapp:";

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** The only elements it looks at (the engine skips the others). */
    @Override
    public Set<String> elements() {
        return ELEMENTS;
    }

    private static final Set<String> ELEMENTS = Set.of("Dial");

    @Override
    public void endElement(Element element, RuleContext ctx) {
        if (!element.is("Dial")) {
            return;
        }
        Attribute a = element.attribute("callerId");
        if (a == null || a.isTemplated() || PhoneNumbers.looksLikeFormatPlaceholder(a.value())) {
            return; // absent: Twilio uses the caller's number; a placeholder is unknown until run time
        }
        String problem = problem(a.value().strip(), element);
        if (problem != null) {
            ctx.report(a, "callerId=\"" + a.value() + "\" on <Dial> " + problem);
        }
    }

    private static String problem(String v, Element dial) {
        boolean whatsApp = dial.childCount("WhatsApp") > 0;
        boolean sip = dial.childCount("Sip") > 0;
        if (v.isEmpty()) {
            return "is empty; leave the attribute out to show the caller's own number";
        }
        if (v.regionMatches(true, 0, WHATSAPP, 0, WHATSAPP.length())) {
            if (!whatsApp) {
                return "is a WhatsApp sender, but this <Dial> has no <WhatsApp> noun; use a phone number (13214)";
            }
            String number = v.substring(WHATSAPP.length());
            return PhoneNumbers.isE164(number) ? null
                    : "must be whatsapp: followed by the sender's E.164 number, e.g. whatsapp:+14155550100 (13214)";
        }
        if (whatsApp) {
            return "must be whatsapp: and your registered WhatsApp sender's number, e.g. whatsapp:+14155550100,"
                    + " when dialing <WhatsApp> (13214)";
        }
        if (ClientIdentities.hasClientPrefix(v)) {
            String identity = v.substring(ClientIdentities.PREFIX.length());
            if (!ClientIdentities.isAccepted(identity)) {
                return "does not hold a valid client identity after client: (1 to 256 characters, no spaces or"
                        + " < > # % \" { } | \\ ^ [ ] `) (13214)";
            }
            return null;
        }
        int digits = PhoneNumbers.digits(v);
        if (digits > PhoneNumbers.MAX_DIGITS) {
            return "has " + digits + " digits; a phone number has at most " + PhoneNumbers.MAX_DIGITS + " (13248)";
        }
        if (digits >= 1) {
            return null;
        }
        if (sip && (isSipCallerName(v) || isSipUri(v))) {
            return null;
        }
        return "is not a phone number (E.164, e.g. +14155550100) or a client:identity"
                + (sip ? ", nor a SIP caller name of letters, digits and + - _ ." : "") + " (13214)";
    }

    private static boolean isSipCallerName(String v) {
        for (int i = 0, n = v.length(); i < n; i++) {
            char c = v.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '+' || c == '-' || c == '_' || c == '.';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSipUri(String v) {
        String lower = v.toLowerCase(Locale.ROOT);
        return (lower.startsWith("sip:") || lower.startsWith("sips:")) && v.indexOf(' ') < 0;
    }
}
