package io.github.twimllint.core.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;

/**
 * A glob over {@code /}-separated paths relative to the configuration file's folder, with the
 * usual meaning of {@code *}, {@code **}, {@code ?}, {@code [..]} and {@code {a,b}}. A leading
 * {@code **}{@code /} also matches at the top level, and a glob matching a folder matches
 * everything inside it.
 */
public final class Glob {
    private final String text;
    private final PathMatcher matcher;
    private final PathMatcher topLevel;

    public Glob(String text) {
        this.text = text;
        String g = text.startsWith("./") ? text.substring(2) : text;
        if (g.endsWith("/")) {
            g = g.substring(0, g.length() - 1);
        }
        this.matcher = FileSystems.getDefault().getPathMatcher("glob:" + g);
        this.topLevel = g.startsWith("**/") ? FileSystems.getDefault().getPathMatcher("glob:" + g.substring(3)) : null;
    }

    public String text() {
        return text;
    }

    /** Whether the relative path, or a folder containing it, matches. */
    public boolean matches(String relativePath) {
        Path p = Path.of(relativePath);
        for (Path q = p; q != null; q = q.getParent()) {
            if (matcher.matches(q) || (topLevel != null && topLevel.matches(q))) {
                return true;
            }
        }
        return false;
    }
}
