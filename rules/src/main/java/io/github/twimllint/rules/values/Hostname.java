package io.github.twimllint.rules.values;

import io.github.twimllint.core.Templates;

/**
 * Host names as Twilio requires them in callback URLs (RFC 1123 labels: letters, digits and
 * hyphens; no underscores; labels of 1 to 63 characters; at most 253 characters in all). IPv4 and
 * bracketed IPv6 literals are accepted. Non-ASCII letters are left alone (internationalised names).
 */
public final class Hostname {
    static final int MAX_LABEL = 63;
    static final int MAX_NAME = 253;

    private Hostname() {
    }

    /**
     * The problem with a host name taken from a URL by {@link UrlSyntax#host}, or null. An empty
     * host and characters never valid in a URL (spaces, {@code <}, <code>&#123;</code>...) are left to
     * {@code invalid-url}. When the host holds a template placeholder, only the literal text before
     * the placeholder is checked: it is certainly part of the final name.
     */
    public static Problem check(String host) {
        if (host == null || host.isEmpty()) {
            return null;
        }
        int mask = host.indexOf(Templates.MASK);
        boolean templated = mask >= 0;
        String name = templated ? host.substring(0, mask) : host;
        if (hasUrlIllegalCharacter(name)) {
            return null;
        }
        if (!templated && name.startsWith("[")) {
            return checkIpv6(name);
        }
        if (!templated && name.endsWith(".") && name.length() > 1 && !name.endsWith("..")) {
            name = name.substring(0, name.length() - 1); // a fully qualified name's root dot
        }
        if (!templated && name.length() > MAX_NAME) {
            return Problem.error("is " + name.length() + " characters long; a host name has at most "
                    + MAX_NAME);
        }
        int labelStart = 0;
        int labels = 0;
        boolean allNumeric = true;
        for (int i = 0, n = name.length(); i <= n; i++) {
            boolean end = i == n;
            char c = end ? '.' : name.charAt(i);
            if (c == '.') {
                if (end && templated) {
                    // the label goes on inside the placeholder: check only its characters so far
                    break;
                }
                if (i == labelStart) {
                    return Problem.error(i == 0 ? "starts with a dot (an empty label)"
                            : "has an empty label (two dots in a row)"); // a trailing dot was taken off above
                }
                Problem p = checkLabel(name, labelStart, i);
                if (p != null) {
                    return p.shifted(labelStart);
                }
                allNumeric &= isNumeric(name, labelStart, i);
                labels++;
                labelStart = i + 1;
                continue;
            }
            if (c == '_') {
                return Problem.error("contains an underscore ('_'); Twilio rejects host names with underscores"
                        + " (use a hyphen, or a host name without one)").at(i);
            }
            if (!isHostChar(c)) {
                return Problem.error("contains '" + c + "', which is not allowed in a host name"
                        + " (letters, digits, hyphens and dots only)").at(i);
            }
        }
        if (!templated && allNumeric && labels == 4) {
            for (String part : name.split("\\.")) {
                if (part.length() > 3 || Integer.parseInt(part) > 255) {
                    return Problem.error("is not a valid IPv4 address (each part is 0 to 255)");
                }
            }
        }
        if (templated && name.length() - labelStart > MAX_LABEL) {
            return Problem.error("has a label longer than " + MAX_LABEL + " characters");
        }
        return null;
    }

    /** The label {@code name[start, end)}, not empty; made a string only for a message. */
    private static Problem checkLabel(String name, int start, int end) {
        int length = end - start;
        if (length > MAX_LABEL) {
            return Problem.error("has a label of " + length + " characters ('"
                    + name.substring(start, start + 12) + "…'); a label has at most " + MAX_LABEL);
        }
        // its characters were checked one by one as the label was read
        if (name.charAt(start) == '-' || name.charAt(end - 1) == '-') {
            return Problem.error("has a label that starts or ends with a hyphen ('" + name.substring(start, end) + "')");
        }
        return null;
    }

    private static Problem checkIpv6(String name) {
        if (!name.endsWith("]") || name.length() < 4) {
            return Problem.error("is not a valid IPv6 literal");
        }
        for (int i = 1; i < name.length() - 1; i++) {
            char c = name.charAt(i);
            boolean ok = UrlSyntax.isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == ':'
                    || c == '.';
            if (!ok) {
                return Problem.error("is not a valid IPv6 literal ('" + c + "')");
            }
        }
        return null;
    }

    private static boolean isHostChar(char c) {
        return UrlSyntax.isAlpha(c) || UrlSyntax.isDigit(c) || c == '-' || c > 0x7f && Character.isLetterOrDigit(c);
    }

    private static boolean isNumeric(String name, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!UrlSyntax.isDigit(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Characters {@code invalid-url} reports for the whole URL; one finding is enough. */
    private static boolean hasUrlIllegalCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': case '<': case '>': case '\\': case '^': case '`': case '{': case '|': case '}': case 0x7f:
                    return true;
                default:
                    if (c <= ' ') {
                        return true;
                    }
            }
        }
        return false;
    }
}
