package io.github.twimllint.rules;

import io.github.twimllint.core.Element;
import io.github.twimllint.core.Rule;
import io.github.twimllint.core.RuleContext;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.Severity;
import java.util.Locale;
import java.util.Set;

/**
 * {@code <Sip>} text that is not a SIP URI Twilio dials (C069-C072): {@code sip:} or {@code sips:}
 * (or {@code user@host}, as Twilio's samples write it) and a host, under 255 characters before the
 * headers; headers (after {@code ?}) under 1024 characters, each named {@code X-...} or one of the
 * standard headers Twilio passes; {@code transport} and {@code region} parameters with documented
 * values; no {@code .sip.twilio.com} target (warning, 13255).
 */
public final class SipUriRule implements Rule {
    static final RuleMeta META = RuleMeta.of("sip-uri", Severity.ERROR,
                    "<Sip> text that is not a valid SIP URI, or whose headers or parameters Twilio does not accept.")
            .twilioCodes("13243", "13255")
            .tags("correctness", "dial")
            .constraints("C069", "C070", "C071", "C072")
            .build();

    static final int MAX_URI = 255;
    static final int MAX_HEADERS = 1024;
    private static final Set<String> STANDARD_HEADERS = Set.of("user-to-user", "remote-party-id",
            "p-preferred-identity", "p-called-party-id");
    private static final Set<String> TRANSPORTS = Set.of("udp", "tcp", "tls");
    private static final Set<String> REGIONS = Set.of("us1", "us2", "ie1", "de1", "sg1", "jp1", "br1", "au1");

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** The only elements it looks at (the engine skips the others). */
    @Override
    public Set<String> elements() {
        return ELEMENTS;
    }

    private static final Set<String> ELEMENTS = Set.of("Sip");

    @Override
    public void endElement(Element element, RuleContext ctx) {
        if (!element.is("Sip") || !element.hasText() || element.isTextTemplated()
                || PhoneNumbers.looksLikeFormatPlaceholder(element.text())) {
            return; // empty: missing-content; a placeholder is unknown until run time
        }
        String uri = element.text();
        String lower = uri.toLowerCase(Locale.ROOT);
        String quoted = ClientIdentities.quote(uri);
        boolean scheme = lower.startsWith("sip:") || lower.startsWith("sips:");
        // Twilio's own samples dial user@host without the scheme, so that form is accepted as it is.
        if (!scheme && (uri.indexOf('@') < 0 || uri.contains("://") || uri.indexOf(' ') >= 0)) {
            ctx.reportText(element, "<Sip> text " + quoted + " is not a SIP URI: write sip:user@host (13243)");
            return;
        }
        int query = uri.indexOf('?');
        String beforeQuery = query < 0 ? uri : uri.substring(0, query);
        if (beforeQuery.length() >= MAX_URI) {
            // the headers have their own, larger limit
            ctx.reportText(element, "<Sip> URI is " + beforeQuery.length() + " characters long"
                    + (query < 0 ? "" : " before its headers") + "; Twilio accepts under " + MAX_URI + " (13243)");
        }
        int semicolon = beforeQuery.indexOf(';');
        String address = semicolon < 0 ? beforeQuery : beforeQuery.substring(0, semicolon);
        String host = host(scheme ? address.substring(address.indexOf(':') + 1) : address);
        if (host.isEmpty() || host.indexOf(' ') >= 0) {
            ctx.reportText(element, "<Sip> URI " + quoted + " has no valid host: write sip:user@host (13243)");
        } else if (host.toLowerCase(Locale.ROOT).endsWith(".sip.twilio.com") && element.parentName() != null
                && element.parent().is("Dial")) {
            ctx.reportText(element, Severity.WARNING, "<Sip> dials " + host + ": Twilio does not dial .sip.twilio.com"
                    + " addresses (13255)");
        }
        if (semicolon >= 0) {
            checkParameters(beforeQuery.substring(semicolon + 1), element, ctx);
        }
        if (query >= 0) {
            checkHeaders(uri.substring(query + 1), element, ctx);
        }
    }

    /** The host of {@code user@host:port}, or of {@code host:port}. */
    private static String host(String rest) {
        String h = rest.substring(rest.lastIndexOf('@') + 1);
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            return close < 0 ? "" : h.substring(0, close + 1); // IPv6 reference
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    private static void checkParameters(String params, Element element, RuleContext ctx) {
        for (String param : params.split(";")) {
            int eq = param.indexOf('=');
            String name = (eq < 0 ? param : param.substring(0, eq)).toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : param.substring(eq + 1);
            if (name.equals("transport") && !TRANSPORTS.contains(value.toLowerCase(Locale.ROOT))) {
                ctx.reportText(element, "<Sip> URI parameter transport=" + value + " is not one of udp, tcp or tls");
            } else if (name.equals("region") && !REGIONS.contains(value)) {
                ctx.reportText(element, "<Sip> URI parameter region=" + value
                        + " is not one of us1, us2, ie1, de1, sg1, jp1, br1 or au1");
            }
        }
    }

    private static void checkHeaders(String headers, Element element, RuleContext ctx) {
        if (headers.length() >= MAX_HEADERS) {
            ctx.reportText(element, "the headers of this <Sip> URI are " + headers.length()
                    + " characters long; Twilio accepts under " + MAX_HEADERS);
        }
        for (String header : headers.split("&")) {
            int eq = header.indexOf('=');
            String name = eq < 0 ? header : header.substring(0, eq);
            String lower = name.toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && !lower.startsWith("x-") && !STANDARD_HEADERS.contains(lower)) {
                ctx.reportText(element, "<Sip> URI header " + name + " is not passed: custom headers start with X-"
                        + " (only User-to-User, Remote-Party-ID, P-Preferred-Identity and P-Called-Party-ID"
                        + " are passed without it)");
            }
        }
    }
}
