package io.github.twimllint.core;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a URL found in a document into the file it names, without any network access: a relative
 * reference against the referring file's folder, a root-relative one ({@code /twiml/x.xml})
 * against the site root when one is configured, an absolute URL through the base-URL mappings
 * (the longest matching base wins). Query strings and fragments are ignored. Anything else is
 * left alone (null): templated values are filtered out before, by the caller.
 */
public final class UrlResolver {
    private final List<String> bases = new ArrayList<>();
    private final List<String> dirs = new ArrayList<>();
    private final String siteRoot;

    /**
     * @param mappings absolute base URL to folder ({@code https://example.com/twiml/} to
     *                 {@code src/main/twiml}); relative folders are taken from the working directory
     * @param siteRoot the folder root-relative URLs resolve against, or null to leave them alone
     */
    public UrlResolver(Map<String, Path> mappings, Path siteRoot) {
        List<Map.Entry<String, Path>> entries = new ArrayList<>(mappings.entrySet());
        // Longest base first, so the first match is the most specific.
        entries.sort((a, b) -> Integer.compare(normalizeBase(b.getKey()).length(),
                normalizeBase(a.getKey()).length()));
        for (Map.Entry<String, Path> e : entries) {
            bases.add(normalizeBase(e.getKey()));
            dirs.add(e.getValue().toAbsolutePath().normalize().toString());
        }
        this.siteRoot = siteRoot == null ? null : siteRoot.toAbsolutePath().normalize().toString();
    }

    public static UrlResolver none() {
        return new UrlResolver(Map.of(), null);
    }

    /**
     * The file a URL names before extensions are tried (see {@link #candidates(Path)}), or null
     * when the URL is left alone: an absolute URL under no mapped base, a root-relative URL without
     * a site root, a relative URL in a document read from standard input, a scheme-relative URL.
     *
     * @param referringFile the absolute file of the document the URL is in (null for standard input)
     */
    public Path target(Path referringFile, String url) {
        Path folder = referringFile == null ? null : referringFile.getParent();
        String t = targetName(referringFile == null ? null : referringFile.toString(),
                folder == null ? null : folder.toString(), url);
        try {
            return t == null || t == OUTSIDE ? null : Path.of(t);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /**
     * As {@link #target(Path, String)} on names (absolute, normalized, the platform's separator):
     * the project phase's hot path, so it makes no {@link Path} objects unless a URL is unusual.
     */
    String targetName(String referringFile, String folder, String url) {
        String u = stripQueryAndFragment(url.strip());
        String t;
        if (hasScheme(u)) {
            String n = normalizeAbsolute(u);
            t = null;
            for (int i = 0; i < bases.size(); i++) {
                if (n.startsWith(bases.get(i))) {
                    t = within(dirs.get(i), under(dirs.get(i), decode(n.substring(bases.get(i).length()))));
                    break;
                }
            }
        } else if (u.startsWith("//")) {
            t = null;
        } else if (u.startsWith("/")) {
            t = siteRoot == null ? null : within(siteRoot, under(siteRoot, decode(u.substring(1))));
        } else if (referringFile == null) {
            t = null;
        } else if (u.isEmpty()) {
            // Only a query or a fragment: the same document again.
            t = referringFile;
        } else {
            t = folder == null ? null : under(folder, decode(u));
        }
        return t == null || t != OUTSIDE && t.indexOf('\0') >= 0 ? null : t;
    }

    /**
     * What {@link #targetName} answers (compare by identity) for a URL that, decoded and normalized
     * ({@code ..}, {@code %2e%2e}, {@code %2f}, {@code //}), leaves its mapped folder or the site
     * root: it is not followed, so no file outside them is opened or reported as existing or not.
     */
    static final String OUTSIDE = new String("\0outside");

    /** The target when it is the root or under it, else {@link #OUTSIDE}. */
    private static String within(String root, String target) {
        if (target == null) {
            return null;
        }
        String prefix = root.endsWith(String.valueOf(SEPARATOR)) ? root : root + SEPARATOR;
        return target.equals(root) || target.startsWith(prefix) ? target : OUTSIDE;
    }

    /** A normalized folder joined with a relative URL path; leading ./ and ../ are done on the name. */
    static String under(String dir, String relative) {
        String rel = SEPARATOR == '/' ? relative : relative.replace('/', SEPARATOR);
        String d = dir;
        int i = 0;
        while (true) {
            if (rel.startsWith(DOT, i)) {
                i += DOT.length();
            } else if (rel.startsWith(DOT_DOT, i)) {
                int cut = d.lastIndexOf(SEPARATOR);
                if (cut <= 0 || d.indexOf(SEPARATOR) == cut) {
                    return slowUnder(dir, relative);
                }
                d = d.substring(0, cut);
                i += DOT_DOT.length();
            } else {
                break;
            }
        }
        String rest = rel.substring(i);
        if (i > 0) {
            // ".//x.xml" is x.xml in the folder (an empty segment, as a web server reads /a//x.xml),
            // not /x.xml. A path that starts with "//" without a dot segment before it (decoded
            // "/%2f...", or a mapped base followed by "/") stays absolute and so outside the root.
            int s = 0;
            while (s < rest.length() && rest.charAt(s) == SEPARATOR) {
                s++;
            }
            rest = rest.substring(s);
        }
        if (rest.isEmpty() || rest.equals(".") || rest.equals("..") || rest.indexOf(SEPARATOR + ".") >= 0
                || rest.indexOf(DOUBLE) >= 0 || rest.charAt(rest.length() - 1) == SEPARATOR
                || rest.charAt(0) == SEPARATOR) {
            return slowUnder(d, rest);
        }
        return d.charAt(d.length() - 1) == SEPARATOR ? d + rest : d + SEPARATOR + rest;
    }

    private static String slowUnder(String dir, String relative) {
        try {
            return Path.of(dir).resolve(relative).normalize().toString();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static final char SEPARATOR = java.io.File.separatorChar;
    private static final String DOT = "." + SEPARATOR;
    private static final String DOT_DOT = ".." + SEPARATOR;
    private static final String DOUBLE = "" + SEPARATOR + SEPARATOR;

    /** The files tried for a target, in order: itself, then with .xml and .twiml when it has no extension. */
    public static List<Path> candidates(Path target) {
        List<Path> out = new ArrayList<>(3);
        for (String c : candidateNames(target.toString())) {
            out.add(Path.of(c));
        }
        return out;
    }

    static List<String> candidateNames(String target) {
        int name = target.lastIndexOf(SEPARATOR) + 1;
        if (target.indexOf('.', name) >= 0 || name >= target.length()) {
            return List.of(target);
        }
        return List.of(target, target + ".xml", target + ".twiml");
    }

    static String stripQueryAndFragment(String url) {
        int end = url.length();
        for (int i = 0; i < end; i++) {
            char c = url.charAt(i);
            if (c == '?' || c == '#') {
                end = i;
            }
        }
        return url.substring(0, end);
    }

    static boolean hasScheme(String u) {
        if (u.isEmpty() || !isAsciiLetter(u.charAt(0))) {
            return false;
        }
        for (int i = 1; i < u.length(); i++) {
            char c = u.charAt(i);
            if (c == ':') {
                return true;
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return false;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Scheme and host are case-insensitive; the path is not. */
    static String normalizeAbsolute(String url) {
        int schemeEnd = url.indexOf("://");
        if (schemeEnd < 0) {
            return url.toLowerCase(Locale.ROOT);
        }
        int pathStart = url.indexOf('/', schemeEnd + 3);
        if (pathStart < 0) {
            return url.toLowerCase(Locale.ROOT) + "/";
        }
        return url.substring(0, pathStart).toLowerCase(Locale.ROOT) + url.substring(pathStart);
    }

    /** A base always ends with '/', so {@code .../twiml} does not match {@code .../twiml2/x.xml}. */
    static String normalizeBase(String base) {
        String n = normalizeAbsolute(stripQueryAndFragment(base.strip()));
        return n.endsWith("/") ? n : n + "/";
    }

    /** Percent-decoding of a URL path (UTF-8); '+' stays '+', malformed escapes stay as written. */
    static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < s.length()) {
            if (isEscape(s, i)) {
                bytes.reset();
                while (isEscape(s, i)) {
                    bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                    i += 3;
                }
                out.append(bytes.toString(StandardCharsets.UTF_8));
            } else {
                out.append(s.charAt(i++));
            }
        }
        return out.toString();
    }

    private static boolean isEscape(String s, int i) {
        return i + 2 < s.length() && s.charAt(i) == '%' && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0;
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
