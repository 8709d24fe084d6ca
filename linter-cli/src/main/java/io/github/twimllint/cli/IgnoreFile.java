package io.github.twimllint.cli;

import io.github.twimllint.core.config.Glob;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One ignore file in gitignore syntax ({@code .twiml-lintignore}, a work tree's {@code .gitignore}):
 * {@code #} comments, {@code !} re-includes, a pattern without an inner {@code /} matches at any
 * depth, one with a {@code /} is anchored at the file's folder, a trailing {@code /} names folders
 * (a glob matching a folder matches what is inside). The last matching line wins, as in git. The
 * patterns are the configuration's {@link Glob}s.
 */
final class IgnoreFile {
    private record Line(Glob glob, boolean negated) {
    }

    private final Path folder;
    private final Path file;
    private final List<Line> lines;

    private IgnoreFile(Path folder, Path file, List<Line> lines) {
        this.folder = folder;
        this.file = file;
        this.lines = lines;
    }

    /** The ignore file, or null when there is none; unreadable lines or bad patterns are left out. */
    static IgnoreFile read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        List<String> text;
        try {
            text = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        List<Line> lines = new ArrayList<>();
        for (String raw : text) {
            String t = raw.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            boolean negated = t.startsWith("!");
            if (negated) {
                t = t.substring(1);
            }
            String body = t.endsWith("/") ? t.substring(0, t.length() - 1) : t;
            String glob = body.startsWith("/") ? body.substring(1) : body.contains("/") ? body : "**/" + body;
            try {
                lines.add(new Line(new Glob(glob), negated));
            } catch (IllegalArgumentException e) {
                // git ignores a pattern it cannot use; so do we.
            }
        }
        return new IgnoreFile(file.toAbsolutePath().normalize().getParent(), file, lines);
    }

    Path file() {
        return file;
    }

    /** Whether the file (absolute) is ignored: the last line matching it is not a {@code !} line. */
    boolean ignores(Path abs) {
        if (!abs.startsWith(folder)) {
            return false;
        }
        String rel = folder.relativize(abs).toString().replace('\\', '/');
        boolean ignored = false;
        for (Line l : lines) {
            if (l.glob().matches(rel)) {
                ignored = !l.negated();
            }
        }
        return ignored;
    }

    /** The root of the git work tree holding {@code dir} (a folder with {@code .git}), or null. */
    static Path workTree(Path dir) {
        for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(".git"))) {
                return d;
            }
        }
        return null;
    }
}
