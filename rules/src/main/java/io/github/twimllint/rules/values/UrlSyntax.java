package io.github.twimllint.rules.values;

import io.github.twimllint.core.Templates;
import java.util.Locale;
import java.util.Set;

/**
 * The syntax of URL values as Twilio fetches them: absolute {@code http(s)} (or {@code wss} for
 * WebSockets) or a relative reference resolved against the document's own URL (RFC 3986). The
 * host name itself is {@link Hostname}'s business; this class only finds where it is.
 */
public final class UrlSyntax {

    /** What an attribute or text accepts. */
    public enum Expect {
        /** A relative reference or an absolute http/https URL (most callbacks and actions). */
        HTTP,
        /** An absolute http/https URL only (e.g. {@code <Stream statusCallback>}). */
        ABSOLUTE_HTTP,
        /** A relative reference or an absolute https URL (e.g. {@code <Pay action>}). */
        HTTPS,
        /** An absolute {@code wss://} URL ({@code <Stream url>}, {@code <ConversationRelay url>}). */
        WSS;

        boolean absoluteOnly() {
            return this == ABSOLUTE_HTTP || this == WSS;
        }
    }

    /** Top-level domains common in callback URLs, used to tell {@code example.com/x} from {@code hello.php}. */
    private static final Set<String> COMMON_TLDS = Set.of(
            "com", "net", "org", "io", "co", "us", "uk", "de", "ca", "au", "info", "biz", "app", "dev",
            "me", "ly", "ai", "in", "fr", "nl", "es", "it", "eu", "ch", "se", "br", "mx", "nz", "ie",
            "cloud", "site", "online", "tech", "xyz", "edu", "gov", "tv", "cc", "ngrok", "local");

    /** Longest first, so "https//" is not read as "http" followed by "s//". */
    private static final String[] WEB_SCHEMES = {"https", "http", "wss", "ws"};

    private UrlSyntax() {
    }

    /**
     * The first problem with a URL value, or null when it is fine.
     *
     * @param emptyAllowed true where an empty value has a meaning ({@code waitUrl=""}: no hold music)
     */
    public static Problem check(String rawValue, Expect expect, boolean emptyAllowed) {
        // {host}, {+path}: URL templates (RFC 6570) and format strings stand for unknown parts here too.
        String value = Templates.maskBraces(rawValue);
        if (Templates.isTemplated(value)) {
            return checkTemplated(value, expect);
        }
        if (value.isEmpty()) {
            return emptyAllowed ? null : Problem.error("is empty; give a URL or remove the attribute");
        }
        Problem chars = checkCharacters(value);
        if (chars != null) {
            return chars;
        }
        Problem scheme = malformedScheme(value);
        if (scheme != null) {
            return scheme;
        }
        int schemeEnd = schemeEnd(value);
        if (schemeEnd < 0) {
            return checkRelative(value, expect);
        }
        String s = lowerScheme(value, schemeEnd);
        if (isPortThenPath(value, schemeEnd + 1) && looksLikeHost(value.substring(0, schemeEnd))) {
            return Problem.error("looks like a host name and port without a scheme; write "
                    + (expect == Expect.WSS ? "wss://" : "https://") + value);
        }
        Problem forExpect = checkScheme(s, expect);
        if (forExpect != null) {
            return forExpect;
        }
        if (!value.startsWith("//", schemeEnd + 1)) {
            return Problem.error("'" + value.substring(0, schemeEnd + 1) + "' must be followed by '//' and a host name");
        }
        return checkAuthority(value, schemeEnd + 3);
    }

    /**
     * The host name of an absolute URL or network-path reference ({@code //host/x}), without user
     * info and port; IPv6 literals keep their brackets. Null when the value has no literal host
     * part: a relative path, another scheme, or a scheme hidden in a template placeholder.
     */
    public static String host(String rawValue) {
        String value = Templates.maskBraces(rawValue);
        int start;
        if (value.startsWith("//")) {
            start = 2;
        } else {
            int schemeEnd = schemeEnd(value);
            if (schemeEnd < 0 || !value.startsWith("//", schemeEnd + 1)) {
                return null;
            }
            String s = lowerScheme(value, schemeEnd);
            if (!(s.equals("http") || s.equals("https") || s.equals("ws") || s.equals("wss"))) {
                return null;
            }
            start = schemeEnd + 3;
        }
        // Indices into the value, not substrings: only the host itself is made a string.
        int end = authorityEnd(value, start);
        int at = value.lastIndexOf('@', end - 1);
        int hostStart = at >= start ? at + 1 : start;
        if (hostStart < end && value.charAt(hostStart) == '[') {
            int close = value.indexOf(']', hostStart);
            return close < 0 || close >= end ? value.substring(hostStart, end) : value.substring(hostStart, close + 1);
        }
        int colon = value.indexOf(':', hostStart);
        return value.substring(hostStart, colon < 0 || colon >= end ? end : colon);
    }

    /**
     * The scheme ending at {@code schemeEnd} in lower case: one of {@link #WEB_SCHEMES} without
     * making a string ({@link #schemeEnd} admits only ASCII, so ignoring case is lower-casing).
     */
    private static String lowerScheme(String value, int schemeEnd) {
        for (String s : WEB_SCHEMES) {
            if (s.length() == schemeEnd && value.regionMatches(true, 0, s, 0, schemeEnd)) {
                return s;
            }
        }
        return value.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
    }

    /** Characters that are never valid in a URL, reported before anything else. */
    static Problem checkCharacters(String value) {
        if (Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1))) {
            return Problem.error("has leading or trailing whitespace; remove it");
        }
        if (value.charAt(0) == '\'' || value.charAt(value.length() - 1) == '\'') {
            return Problem.error("starts or ends with a quote character; remove it");
        }
        return checkLiteralCharacters(value);
    }

    /** Characters never valid in a URL, located at the first one; mask characters are skipped. */
    private static Problem checkLiteralCharacters(String value) {
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (c < PLAIN.length && PLAIN[c]) {
                continue; // most characters: none of the cases below
            }
            if (c == Templates.MASK || Templates.isMaskedLineBreak(value, i)) {
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                return Problem.error("contains whitespace; a URL cannot contain spaces (encode a space as %20)").at(i);
            }
            if (c == '"') {
                return Problem.error("contains a quote character (\"); encode it as %22").at(i);
            }
            if (c == '\\') {
                return Problem.error("contains a backslash; URLs separate their parts with '/'").at(i);
            }
            if (c < 0x20 || c == 0x7f) {
                return Problem.error("contains a control character (U+" + String.format("%04X", (int) c) + ")").at(i);
            }
            if (c == '<' || c == '>' || c == '{' || c == '}' || c == '|' || c == '^' || c == '`') {
                return Problem.error("contains '" + c + "', which is not allowed in a URL (percent-encode it"
                        + (c == '<' || c == '{' ? ", or replace the placeholder with a real URL" : "") + ")").at(i);
            }
            if (c == '%' && !(i + 2 < n && isHex(value.charAt(i + 1)) && isHex(value.charAt(i + 2)))
                    && !(i + 1 < n && value.charAt(i + 1) == Templates.MASK)) {
                return Problem.error("has a '%' that is not followed by two hex digits (write %25 for a literal '%')")
                        .at(i);
            }
        }
        return null;
    }

    /** Printable ASCII characters that {@link #checkLiteralCharacters} lets pass without a second look. */
    private static final boolean[] PLAIN = new boolean[128];

    static {
        for (char c = 0x21; c < 0x7f; c++) {
            PLAIN[c] = "\"\\<>{}|^`%".indexOf(c) < 0;
        }
    }

    /** {@code http//x}, {@code https;//x}: a scheme without its colon is fetched as a relative path. */
    static Problem malformedScheme(String value) {
        for (String s : WEB_SCHEMES) {
            if (value.regionMatches(true, 0, s, 0, s.length())) {
                int i = s.length();
                if (value.startsWith("//", i) || value.startsWith(";//", i) || value.startsWith(".//", i)) {
                    return Problem.error("has a malformed scheme: write '" + s + "://'");
                }
                return null;
            }
        }
        return null;
    }

    /** Index of the colon ending an RFC 3986 scheme, or -1 when the value is a relative reference. */
    static int schemeEnd(String value) {
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (c == ':') {
                return i > 0 ? i : -1;
            }
            boolean ok = i == 0 ? isAlpha(c) : isAlpha(c) || isDigit(c) || c == '+' || c == '-' || c == '.';
            if (!ok) {
                return -1;
            }
        }
        return -1;
    }

    private static Problem checkScheme(String s, Expect expect) {
        boolean http = s.equals("http") || s.equals("https");
        boolean ws = s.equals("ws") || s.equals("wss");
        if (!http && !ws) {
            return Problem.error("uses the scheme '" + s + ":'; Twilio only fetches "
                    + (expect == Expect.WSS ? "wss://" : "http:// and https://") + " URLs");
        }
        switch (expect) {
            case WSS:
                if (s.equals("ws")) {
                    return Problem.error("uses ws://; only secure WebSockets (wss://) are supported");
                }
                if (http) {
                    return Problem.error("must be a WebSocket URL starting with wss://, not " + s + "://");
                }
                return null;
            case HTTPS:
                if (s.equals("http")) {
                    return Problem.error("must use https://, not http://");
                }
                return ws ? Problem.error("must be an https:// URL, not " + s + "://") : null;
            default:
                return ws ? Problem.error("must be an http:// or https:// URL; " + s
                        + ":// is only for <Stream> and <ConversationRelay>") : null;
        }
    }

    private static Problem checkAuthority(String value, int start) {
        int end = authorityEnd(value, start);
        int lastAt = value.lastIndexOf('@', end - 1);
        int hostStart = lastAt >= start ? lastAt + 1 : start;
        int portColon = value.indexOf(':', hostStart);
        if ((hostStart == end || value.charAt(hostStart) != '[') && (portColon < 0 || portColon >= end)) {
            // No port and no IPv6 literal (most URLs): the host is the rest, decided without substrings.
            return hostStart == end ? Problem.error("has no host name after '//'") : null;
        }
        String authority = value.substring(start, end);
        int at = authority.lastIndexOf('@');
        String hostPort = at < 0 ? authority : authority.substring(at + 1);
        String port = null;
        String host;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                return Problem.error("has an IPv6 address without its closing ']'");
            }
            host = hostPort.substring(0, close + 1);
            String after = hostPort.substring(close + 1);
            if (!after.isEmpty()) {
                if (after.charAt(0) != ':') {
                    return Problem.error("has characters after the IPv6 address that are not a port");
                }
                port = after.substring(1);
            }
        } else {
            int colon = hostPort.indexOf(':');
            host = colon < 0 ? hostPort : hostPort.substring(0, colon);
            port = colon < 0 ? null : hostPort.substring(colon + 1);
        }
        if (host.isEmpty()) {
            return Problem.error("has no host name after '//'");
        }
        if (port != null && !port.isEmpty()) {
            if (port.length() > 5 || !allDigits(port) || Integer.parseInt(port) > 65535) {
                return Problem.error("has an invalid port '" + port + "' (a number from 0 to 65535)");
            }
        }
        return null;
    }

    private static Problem checkRelative(String value, Expect expect) {
        boolean networkPath = value.startsWith("//");
        String firstSegment = firstSegment(value);
        boolean hostLike = !networkPath && looksLikeHost(firstSegment);
        if (expect == Expect.WSS) {
            return Problem.error("must be an absolute WebSocket URL starting with wss://"
                    + (hostLike ? " (write wss://" + value + ")" : ""));
        }
        if (expect == Expect.ABSOLUTE_HTTP) {
            return Problem.error("must be an absolute URL starting with https:// (or http://)"
                    + (hostLike ? " (write https://" + value + ")" : ""));
        }
        if (networkPath) {
            return checkAuthority(value, 2);
        }
        if (hostLike) {
            return Problem.warning("looks like a host name without a scheme, so Twilio would fetch it as a path"
                    + " relative to this document; write https://" + value);
        }
        return null;
    }

    /**
     * Literal characters anywhere are checked (a space next to a placeholder is still a space); of
     * the structure, only what the literal prefix before the first placeholder already decides.
     */
    private static Problem checkTemplated(String value, Expect expect) {
        Problem chars = checkLiteralCharacters(value.strip());
        if (chars != null) {
            // the literal text around placeholders is served as written
            return chars.shifted(value.indexOf(value.strip()));
        }
        int mask = value.indexOf(Templates.MASK);
        String prefix = value.substring(0, mask);
        if (prefix.isEmpty()) {
            return null;
        }
        Problem scheme = malformedScheme(prefix);
        if (scheme != null) {
            return scheme;
        }
        int schemeEnd = schemeEnd(prefix);
        if (schemeEnd > 0) {
            String s = prefix.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
            if (looksLikeHost(prefix.substring(0, schemeEnd))) {
                return null;
            }
            Problem forExpect = checkScheme(s, expect);
            if (forExpect != null) {
                return forExpect;
            }
            String rest = prefix.substring(schemeEnd + 1);
            if (!"//".startsWith(rest.substring(0, Math.min(2, rest.length())))) {
                return Problem.error("'" + prefix.substring(0, schemeEnd + 1)
                        + "' must be followed by '//' and a host name");
            }
            return null;
        }
        boolean relativeLiteral = prefix.startsWith("/") && !prefix.startsWith("//")
                || prefix.startsWith(".");
        if (relativeLiteral && expect.absoluteOnly()) {
            return Problem.error("must be an absolute URL starting with "
                    + (expect == Expect.WSS ? "wss://" : "https://") + ", but starts with a relative path");
        }
        return null;
    }

    private static int authorityEnd(String value, int start) {
        int n = value.length();
        for (int i = start; i < n; i++) {
            char c = value.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                return i;
            }
        }
        return n;
    }

    private static String firstSegment(String value) {
        int end = authorityEnd(value, 0);
        return value.substring(0, end);
    }

    /**
     * True for {@code www.example.com}, {@code example.com}, {@code 10.0.0.1}, {@code localhost}:
     * a segment that would be a host if it had a scheme. File names ({@code hello.php},
     * {@code twiml.xml}) are not host-like: their last label is not a common top-level domain.
     */
    static boolean looksLikeHost(String segment) {
        if (segment.isEmpty() || segment.indexOf('.') < 0 && segment.length() != "localhost".length()) {
            return false; // without a dot only "localhost" is host-like (lower-casing adds no dot)
        }
        String lower = segment.toLowerCase(Locale.ROOT);
        if (lower.equals("localhost")) {
            return true;
        }
        int lastDot = lower.lastIndexOf('.');
        if (lastDot <= 0 || lastDot == lower.length() - 1) {
            return false;
        }
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (!(isAlpha(c) || isDigit(c) || c == '-' || c == '.' || c == '_')) {
                return false;
            }
        }
        if (lower.startsWith("www.")) {
            return true;
        }
        if (isDottedQuad(lower)) {
            return true;
        }
        return COMMON_TLDS.contains(lower.substring(lastDot + 1));
    }

    private static boolean isDottedQuad(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !allDigits(p)) {
                return false;
            }
        }
        return true;
    }

    /** After {@code host:} comes a port number, then the end or a path/query. */
    private static boolean isPortThenPath(String value, int from) {
        int i = from;
        while (i < value.length() && isDigit(value.charAt(i))) {
            i++;
        }
        return i > from && (i == value.length() || "/?#".indexOf(value.charAt(i)) >= 0);
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAlpha(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
