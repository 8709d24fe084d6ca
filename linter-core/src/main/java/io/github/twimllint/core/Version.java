package io.github.twimllint.core;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Properties;

/** The tool's version, commit and build date, filtered in from the build. */
public final class Version {
    private static final Properties BUILD = load();

    public static final String VERSION = value(BUILD, "version", "0.0.0");
    /** The full commit id the tool was built from, or null when it was built outside git. */
    public static final String COMMIT = value(BUILD, "commit", null);
    /** Whether the working tree had uncommitted changes at build time (false when unknown). */
    public static final boolean DIRTY = "true".equals(value(BUILD, "dirty", "false"));
    /** When the tool was built, ISO-8601 UTC, or null when unknown. */
    public static final String BUILD_DATE = value(BUILD, "built", null);
    public static final URI INFORMATION_URI = URI.create("https://github.com/twimllint/twiml-lint");

    private Version() {
    }

    /** One line for {@code --version}: {@code twiml-lint 1.2.3 (commit 0123456789ab, built 2026-...Z)}. */
    public static String describe() {
        return describe(VERSION, COMMIT, DIRTY, BUILD_DATE);
    }

    static String describe(String version, String commit, boolean dirty, String built) {
        String c = commit == null ? "unknown" : commit.substring(0, Math.min(12, commit.length()));
        return "twiml-lint " + version + " (commit " + c + (dirty ? "-dirty" : "") + ", built "
                + (built == null ? "unknown" : built) + ")";
    }

    /** The property's value, or the fallback when it is absent, empty or an unfilled placeholder. */
    static String value(Properties p, String key, String fallback) {
        String v = p.getProperty(key, "").trim();
        return v.isEmpty() || v.contains("${") ? fallback : v;
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/io/github/twimllint/core/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // An unreadable resource means an unknown version, never a failed run.
        }
        return p;
    }
}
