package io.github.twimllint.rules;

import io.github.twimllint.core.Element;
import io.github.twimllint.core.Fix;
import io.github.twimllint.core.Rule;
import io.github.twimllint.core.RuleContext;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.Severity;
import java.util.Set;

/**
 * An identity Twilio accepts but the mobile Voice SDKs cannot be reached at (C045: ASCII letters,
 * digits and underscore only), and a {@code client:} prefix written into the identity.
 */
public final class ClientIdentifierMobileRule implements Rule {
    static final RuleMeta META = RuleMeta.of("client-identifier-mobile", Severity.WARNING,
                    "A <Client> identity with characters other than ASCII letters, digits and _, which the"
                            + " mobile Voice SDKs cannot be reached at; a client: prefix inside the identity.")
            .tags("portability", "dial")
            .constraints("C045")
            .fixable()
            .build();

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
    public void endElement(Element element, RuleContext ctx) {
        // Only the texts client-identifier checks: <Client> text and <Identity> under <Client>.
        if (!element.hasText() || !(element.is("Client") || ClientIdentities.isIdentityOf(element))) {
            return;
        }
        String identity = element.text();
        boolean templated = element.isTextTemplated();
        // A placeholder's value is unknown, but a literal "client:" before it is not.
        if (!templated && !ClientIdentities.isAccepted(identity)) {
            return; // already a client-identifier error
        }
        if (ClientIdentities.hasClientPrefix(identity)) {
            String rest = identity.substring(ClientIdentities.PREFIX.length());
            ctx.report(element.textMarkAt(-1), null, "identity " + ClientIdentities.quote(identity) + " starts with \""
                    + identity.substring(0, ClientIdentities.PREFIX.length()) + "\": that prefix belongs in"
                    + " callerId (callerId=\"client:...\"), not in the identity"
                    + (rest.isEmpty() ? "" : "; write " + ClientIdentities.quote(rest)),
                    rest.isEmpty() ? null : Fix.deleteTextStart(element, ClientIdentities.PREFIX.length()));
            return;
        }
        if (templated) {
            return;
        }
        for (int i = 0, n = identity.length(); i < n; i++) {
            char c = identity.charAt(i);
            if (!ClientIdentities.isMobileSafe(c)) {
                ctx.report(element.textMarkAt(i), null, "identity " + ClientIdentities.quote(identity) + " contains "
                        + describe(identity, i) + " at position " + ClientIdentities.position(identity, i)
                        + ": the mobile Voice SDKs can only be reached at identities of ASCII letters, digits"
                        + " and _");
                return;
            }
        }
    }

    private static String describe(String identity, int index) {
        int cp = identity.codePointAt(index);
        if (cp < 0x80) {
            return "'" + (char) cp + "'";
        }
        return ClientIdentities.describeCodePoint(cp);
    }
}
