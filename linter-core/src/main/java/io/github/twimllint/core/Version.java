package io.github.twimllint.core;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Properties;

/** The tool's version, filtered in from the build. */
public final class Version {
    public static final String VERSION = load();
    public static final URI INFORMATION_URI = URI.create("https://github.com/twimllint/twiml-lint");

    private Version() {
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("/io/github/twimllint/core/version.properties")) {
            if (in == null) {
                return "0.0.0";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "0.0.0");
        } catch (IOException e) {
            return "0.0.0";
        }
    }
}
