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
    private final List<Path> dirs = new ArrayList<>();
    private final Path siteRoot;

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
            dirs.add(e.getValue().toAbsolutePath().normalize());
        }
        this.siteRoot = siteRoot == null ? null : siteRoot.toAbsolutePath().normalize();
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
        return target(referringFile, referringFile == null ? null : referringFile.getParent(), url);
    }

    /** As {@link #target(Path, String)} with the referring file's folder already known. */
    Path target(Path referringFile, Path folder, String url) {
        String u = stripQueryAndFragment(url.strip());
        try {
            if (hasScheme(u)) {
                String n = normalizeAbsolute(u);
                for (int i = 0; i < bases.size(); i++) {
                    if (n.startsWith(bases.get(i))) {
                        return under(dirs.get(i), decode(n.substring(bases.get(i).length())));
                    }
                }
                return null;
            }
            if (u.startsWith("//")) {
                return null;
            }
            if (u.startsWith("/")) {
                return siteRoot == null ? null : under(siteRoot, decode(u.substring(1)));
            }
            if (referringFile == null) {
                return null;
            }
            if (u.isEmpty()) {
                // Only a query or a fragment: the same document again.
                return referringFile;
            }
            return folder == null ? null : under(folder, decode(u));
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** {@code dir} (normalized) joined with a relative path, normalized only when it has to be. */
    private static Path under(Path dir, String relative) {
        Path p = dir.resolve(relative);
        return needsNormalizing(relative) ? p.normalize() : p;
    }

    private static boolean needsNormalizing(String r) {
        return r.startsWith(".") || r.contains("/.") || r.contains("//") || r.endsWith("/") || r.indexOf('\\') >= 0;
    }

    /** The files tried for a target, in order: itself, then with .xml and .twiml when it has no extension. */
    public static List<Path> candidates(Path target) {
        Path name = target.getFileName();
        if (name == null || name.toString().indexOf('.') >= 0) {
            return List.of(target);
        }
        String n = name.toString();
        return List.of(target, target.resolveSibling(n + ".xml"), target.resolveSibling(n + ".twiml"));
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
