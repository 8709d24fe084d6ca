package io.github.twimllint.rules;

import io.github.twimllint.core.Element;
import io.github.twimllint.core.Templates;

/**
 * What the {@code <Client>} docs say about identities (C044, C045; twiml-vocabulary.json
 * {@code identifierFormats.clientIdentifier*}), shared by {@code client-identifier} and
 * {@code client-identifier-mobile} so the mobile rule fires only on identities the first one passes.
 */
final class ClientIdentities {
    static final int MAX_LENGTH = 256;

    /** RFC 2396 2.4.3 delims and unwise characters; control characters and space are tested apart. */
    private static final String DELIMS = "<>#%\"";
    private static final String UNWISE = "{}|\\^[]`";

    static final String PREFIX = "client:";

    private ClientIdentities() {
    }

    /** True for the element whose own text is an identity: a {@code <Client>} or its {@code <Identity>}. */
    static boolean isIdentityOf(Element element) {
        return element.is("Identity") && "Client".equals(element.parentName());
    }

    static boolean isExcluded(char c) {
        return c <= 0x20 || c == 0x7F || DELIMS.indexOf(c) >= 0 || UNWISE.indexOf(c) >= 0;
    }

    /** Index of the first character Twilio rejects (31105), or -1. */
    static int firstExcluded(String identity) {
        for (int i = 0, n = identity.length(); i < n; i++) {
            if (isExcluded(identity.charAt(i)) && !Templates.isMaskedLineBreak(identity, i)) {
                return i;
            }
        }
        return -1;
    }

    /** True when Twilio accepts the identity: non-empty, at most 256 characters, no excluded character. */
    static boolean isAccepted(String identity) {
        return !identity.isEmpty() && length(identity) <= MAX_LENGTH && firstExcluded(identity) < 0;
    }

    static boolean isMobileSafe(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_';
    }

    /** Length in characters (code points), as a user counts them. */
    static int length(String identity) {
        return identity.codePointCount(0, identity.length());
    }

    /** 1-based position in characters of the UTF-16 index {@code index}. */
    static int position(String identity, int index) {
        return identity.codePointCount(0, index) + 1;
    }

    /** True when the identity literally starts with {@code client:} (any case), before any placeholder. */
    static boolean hasClientPrefix(String identity) {
        return identity.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    /** How a rejected character is named in messages: "a space", "U+0009 (tab)", "'#'". */
    static String describe(char c) {
        switch (c) {
            case ' ':
                return "a space";
            case '\t':
                return "U+0009 (tab)";
            case '\n':
                return "U+000A (line feed)";
            case '\r':
                return "U+000D (carriage return)";
            case 0x7F:
                return "U+007F (delete)";
            default:
                if (c < 0x20) {
                    return String.format("the control character U+%04X", (int) c);
                }
                return "'" + c + "'";
        }
    }

    /** A character outside ASCII for messages: "'é' (U+00E9)", or only "U+0085" when it would not show. */
    static String describeCodePoint(int cp) {
        int type = Character.getType(cp);
        boolean invisible = Character.isISOControl(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || type == Character.FORMAT || type == Character.UNASSIGNED || type == Character.PRIVATE_USE;
        String code = String.format("U+%04X", cp);
        return invisible ? code : "'" + new String(Character.toChars(cp)) + "' (" + code + ")";
    }

    /** The identity for a message: quoted, shortened, control characters escaped, placeholders as {…}. */
    static String quote(String identity) {
        String s = Templates.display(identity);
        StringBuilder b = new StringBuilder(Math.min(s.length(), 48) + 8).append('"');
        int limit = 40;
        for (int i = 0, n = s.length(); i < n; i++) {
            if (i == limit) {
                b.append('…');
                break;
            }
            char c = s.charAt(i);
            if (Character.isISOControl(c)) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
