package io.github.twimllint.core;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns command-line paths into sources. A file named explicitly is always linted. Inside a
 * directory, {@code *.twiml} files are linted, and {@code *.xml} files only when their root is
 * {@code <Response>} (so {@code pom.xml} is not reported); templates with a double extension
 * ({@code *.twiml.erb}, {@code *.xml.php}) likewise (see {@link #recognise}). Hidden directories and
 * the usual build output and dependency folders ({@link #SKIPPED_FOLDERS}) are not entered; symbolic-link loops are detected and
 * skipped. A symbolic link found in a walk is not followed when its target lies outside the folder
 * walked (a link to {@code /proc/self/environ} must not be printed); it is listed in
 * {@link Result#outside()}.
 */
public final class FileCollector {

    /**
     * What was found, the problems with paths that could not be used, the files and folders found
     * in a walk but unreadable (reports count them as unreadable files), and the links in a walk
     * that lead outside it (not read).
     */
    public record Result(List<Source> sources, List<String> errors, List<FileResult> unreadable,
                         List<String> outside) {
    }

    private final Path base;
    private final Source.Folders folders = new Source.Folders();

    /** @param base the directory that displayed paths are relative to (the working directory) */
    public FileCollector(Path base) {
        this.base = base.toAbsolutePath().normalize();
    }

    public Result collect(List<Path> paths) {
        // Keyed by the sources themselves (folder + name): no Path is kept per file while collecting.
        Map<Source, Source> found = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        List<FileResult> unreadable = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        for (Path p : paths) {
            Path abs = base.resolve(p).normalize();
            if (Files.isDirectory(abs)) {
                walk(abs, found, unreadable, outside);
            } else if (Files.exists(abs)) {
                // Named explicitly: always linted, even when a directory walk found it first.
                Source s = folders.file(abs, display(abs), false);
                found.put(s, s);
            } else {
                errors.add(p + ": no such file or directory");
            }
        }
        return new Result(new ArrayList<>(found.values()), errors, unreadable, outside);
    }

    private void walk(Path dir, Map<Source, Source> found, List<FileResult> unreadable, List<String> outside) {
        Path realRoot;
        try {
            realRoot = dir.toRealPath();
        } catch (IOException e) {
            unreadable.add(FileResult.unreadable(display(dir), "cannot read directory (" + Messages.of(e) + ")"));
            return;
        }
        // The folder being listed, its displayed path and shared Folder: a file's displayed path is
        // its folder's plus its name, so no path is relativized or normalized per file.
        java.util.ArrayDeque<Listing> open = new java.util.ArrayDeque<>();
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                            if (!d.equals(dir) && skipDirectory(d)) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            if (!d.equals(dir) && leavesTree(d, realRoot)) {
                                outside.add(display(d));
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            open.push(new Listing(display(d), folders.folder(d)));
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                            open.pop();
                            return super.postVisitDirectory(d, e);
                        }

                        @Override
                        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                            if (!attrs.isRegularFile()) {
                                return FileVisitResult.CONTINUE;
                            }
                            String name = f.getFileName().toString();
                            Found kind = recognise(name);
                            if (kind == Found.NO) {
                                return FileVisitResult.CONTINUE;
                            }
                            Listing in = open.peek();
                            String shown = in.display(name);
                            if (leavesTree(f, realRoot)) {
                                outside.add(shown);
                                return FileVisitResult.CONTINUE;
                            }
                            Source s = folders.regular(in.folder(), name, shown, kind == Found.IF_RESPONSE);
                            found.putIfAbsent(s, s);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path f, IOException e) {
                            if (!(e instanceof FileSystemLoopException)) {
                                unreadable.add(FileResult.unreadable(display(f), "cannot read (" + Messages.of(e) + ")"));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            unreadable.add(FileResult.unreadable(display(dir), "cannot read directory (" + Messages.of(e) + ")"));
        }
    }

    /** A folder of the walk: its displayed path ("" for the base itself) and its shared {@link Source.Folder}. */
    private record Listing(String shown, Source.Folder folder) {
        /** What {@link #display} gives for a file in this folder. */
        String display(String name) {
            return shown.isEmpty() ? name : shown.endsWith("/") ? shown + name : shown + '/' + name;
        }
    }

    /** A symbolic link (itself or as the last step) whose real target is not under the walked root. */
    public static boolean leavesTree(Path p, Path realRoot) {
        if (!Files.isSymbolicLink(p)) {
            return false;
        }
        try {
            return !p.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return true;
        }
    }

    /** What a folder walk does with a file: lint it, lint it when its root is {@code <Response>}, skip it. */
    public enum Found { YES, IF_RESPONSE, NO }

    /** Second extensions that are copies or archives, not templates: {@code twiml.xml.bak}. */
    private static final java.util.Set<String> NOT_TEMPLATES = java.util.Set.of("bak", "orig", "old", "swp", "tmp",
            "gz", "bz2", "xz", "zip", "zst", "lock", "md5", "sha1", "sha256", "asc", "sig", "rej");

    /**
     * {@code *.twiml} and TwiML templates ({@code call.twiml.erb}, {@code voice.twiml.hbs}) are
     * linted; {@code *.xml} and XML templates ({@code call.xml.erb}, {@code call.xml.php},
     * {@code call.xml.j2}: any {@code *.xml.*} but backups and archives) when their root is
     * {@code <Response>}.
     */
    public static Found recognise(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".twiml")) {
            return Found.YES;
        }
        if (name.endsWith(".xml")) {
            return Found.IF_RESPONSE;
        }
        int last = name.lastIndexOf('.');
        if (last <= 0 || NOT_TEMPLATES.contains(name.substring(last + 1))) {
            return Found.NO;
        }
        String inner = name.substring(0, last);
        if (inner.endsWith(".twiml")) {
            return Found.YES;
        }
        return inner.endsWith(".xml") ? Found.IF_RESPONSE : Found.NO;
    }

    private static boolean skipDirectory(Path d) {
        Path name = d.getFileName();
        if (name == null) {
            return false;
        }
        String n = name.toString();
        return n.startsWith(".") || SKIPPED_FOLDERS.contains(n);
    }

    /** Build output and dependency folders a walk does not enter: their documents are copies or not ours. */
    public static final java.util.Set<String> SKIPPED_FOLDERS =
            java.util.Set.of("node_modules", "target", "build", "vendor", "dist");

    /**
     * The path relative to the base with {@code /} separators when under it, else absolute. Only
     * where {@code \\} is the separator is it turned into {@code /}: elsewhere it is part of a name.
     */
    public String display(Path abs) {
        Path a = abs.toAbsolutePath().normalize();
        String s = a.startsWith(base) ? base.relativize(a).toString() : a.toString();
        return slashes(s);
    }

    /** A platform path with {@code /} separators; a {@code \\} is a separator only on Windows. */
    public static String slashes(String path) {
        return java.io.File.separatorChar == '\\' ? path.replace('\\', '/') : path;
    }
}
