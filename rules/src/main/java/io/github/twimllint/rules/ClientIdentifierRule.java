package io.github.twimllint.rules;

import io.github.twimllint.core.Element;
import io.github.twimllint.core.Rule;
import io.github.twimllint.core.RuleContext;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.Severity;
import java.util.Set;

/**
 * A {@code <Client>} identity Twilio rejects with 31105 (C044, C045), and a {@code <Client>} that
 * does not name exactly one identity (C047: text or {@code <Identity>}; with {@code <Parameter>}
 * children only {@code <Identity>}).
 */
public final class ClientIdentifierRule implements Rule {
    static final RuleMeta META = RuleMeta.of("client-identifier", Severity.ERROR,
                    "A <Client> identity that is empty, longer than 256 characters or holds a character"
                            + " Twilio rejects; a <Client> that names two identities.")
            .twilioCodes("31105")
            .tags("correctness", "dial")
            .constraints("C044", "C045", "C047")
            .build();

    private static final long KEPT_TEXT = 64 * 1024;

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** The only elements it looks at (the engine skips the others). */
    @Override
    public Set<String> elements() {
        return ELEMENTS;
    }

    private static final Set<String> ELEMENTS = Set.of("Client", "Identity");

    @Override
    public void startElement(Element element, RuleContext ctx) {
        if (ClientIdentities.isIdentityOf(element) && element.parent().childCount("Identity") == 2) {
            ctx.report(element, "a second <Identity> in one <Client>: a <Client> names one identity;"
                    + " dial several clients with several <Client> nouns");
        }
    }

    @Override
    public void endElement(Element element, RuleContext ctx) {
        if (ClientIdentities.isIdentityOf(element)) {
            if (!element.hasText()) {
                ctx.report(element, "<Identity> is empty: it must hold the identity of the client to dial");
            } else {
                checkFormat(element, "<Identity>", ctx);
            }
        } else if (element.is("Client")) {
            endClient(element, ctx);
        }
    }

    private static void endClient(Element client, RuleContext ctx) {
        boolean text = client.hasText();
        int identities = client.childCount("Identity");
        if (!text) {
            if (identities == 0) {
                ctx.report(client, "<Client> names no identity: put the identity of the client to dial in its"
                        + " text or in an <Identity> child");
            }
            return;
        }
        if (identities > 0) {
            ctx.reportText(client, "<Client> names two identities: its text "
                    + ClientIdentities.quote(client.text()) + " and an <Identity> child; keep only the <Identity>");
        } else if (client.childCount("Parameter") > 0) {
            ctx.reportText(client, "with <Parameter> children the identity must be in <Identity>: move "
                    + ClientIdentities.quote(client.text()) + " into <Client><Identity>...</Identity>");
        }
        checkFormat(client, "<Client>", ctx);
    }

    private static void checkFormat(Element holder, String what, RuleContext ctx) {
        String identity = holder.text();
        // A placeholder's run-time length is unknown, but the literal text around it is served as written.
        int length = holder.isTextTemplated() ? 0 : ClientIdentities.length(identity);
        int bad = ClientIdentities.firstExcluded(identity);
        if (length <= ClientIdentities.MAX_LENGTH && bad < 0) {
            return;
        }
        StringBuilder m = new StringBuilder(120).append(what).append(" identity ")
                .append(ClientIdentities.quote(identity));
        if (length > ClientIdentities.MAX_LENGTH) {
            // The engine keeps the first 64 Ki characters of a text; past that the length is a lower bound.
            m.append(holder.rawTextLength() > KEPT_TEXT ? " is over " : " is ")
                    .append(length).append(" characters long (at most ")
                    .append(ClientIdentities.MAX_LENGTH).append(')');
            if (bad >= 0) {
                m.append(" and");
            }
        }
        if (bad >= 0) {
            char c = identity.charAt(bad);
            m.append(" contains ").append(ClientIdentities.describe(c)).append(" at position ")
                    .append(ClientIdentities.position(identity, bad));
            if (c > ' ' && c != 0x7F) {
                m.append(" (not allowed: < > # % \" { } | \\ ^ [ ] `)");
            }
        }
        m.append("; Twilio rejects it (31105)");
        ctx.report(holder.textMarkAt(bad), null, m.toString());
    }
}
