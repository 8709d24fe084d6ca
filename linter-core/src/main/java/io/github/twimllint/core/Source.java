package io.github.twimllint.core;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A document to lint: the path shown to users, the file (null for standard input) and how to open
 * it ({@link #open()}; {@code opener} is null for a file, which is opened by its path).
 * {@code sniffRoot} marks {@code *.xml} files found by walking a directory: they are linted only
 * when their root element is {@code <Response>}.
 *
 * <p>A bulk run holds one source per file for the whole run, so a file is kept as its folder (one
 * {@link Folder}, shared by every file in it) and its name, which is the end of the displayed path
 * in the common case; the {@link Path} is made only when the file is opened or reported.
 */
public final class Source {
    private final String displayPath;
    private final Folder folder;
    // Null when it is the end of displayPath (after its last '/'): nothing more is kept per file.
    private final String name;
    private final Opener opener;
    private final boolean sniffRoot;
    // Seen as a regular file by the walk that found it: opened without asking the file system again.
    private final boolean regular;

    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /** A folder files are read from: its path, shared by the sources in it. */
    public static final class Folder {
        private final Path dir;
        private String text;

        Folder(Path dir) {
            this.dir = dir;
        }

        public Path path() {
            return dir;
        }

        /** The folder as a string, made once for all of its files. */
        public String text() {
            if (text == null) {
                text = dir.toString();
            }
            return text;
        }
    }

    /** Hands out one {@link Folder} per folder, so the sources of one collection share them. */
    public static final class Folders {
        private final Map<Path, Folder> folders = new HashMap<>();

        /** A file in a shared folder. */
        public Source file(Path file, String displayPath, boolean sniffRoot) {
            Path abs = file.toAbsolutePath().normalize();
            Path parent = abs.getParent();
            if (parent == null || abs.getFileName() == null) {
                return new Source(displayPath, null, abs.toString(), null, sniffRoot, false); // the root: kept whole
            }
            return in(folder(parent), abs.getFileName().toString(), displayPath, sniffRoot);
        }

        /** The shared folder of a directory (absolute, normalized), made on first use. */
        public Folder folder(Path dir) {
            return folders.computeIfAbsent(dir, Folder::new);
        }

        /** A file by name in a folder from {@link #folder}: no path is made or normalized per file. */
        public Source in(Folder folder, String name, String displayPath, boolean sniffRoot) {
            return of(folder, name, displayPath, null, sniffRoot, false);
        }

        /**
         * As {@link #in}, for a file a folder walk has just seen to be a regular file: opening it
         * skips the check for pipes and devices (one system call per file of a bulk run).
         */
        public Source regular(Folder folder, String name, String displayPath, boolean sniffRoot) {
            return of(folder, name, displayPath, null, sniffRoot, true);
        }
    }

    private Source(String displayPath, Folder folder, String name, Opener opener, boolean sniffRoot,
                   boolean regular) {
        this.displayPath = displayPath;
        this.folder = folder;
        this.name = name;
        this.opener = opener;
        this.sniffRoot = sniffRoot;
        this.regular = regular;
    }

    private static Source of(Folder folder, String name, String displayPath, Opener opener, boolean sniffRoot,
                             boolean regular) {
        boolean derived = displayPath.endsWith(name) && (displayPath.length() == name.length()
                || displayPath.charAt(displayPath.length() - name.length() - 1) == '/');
        return new Source(displayPath, folder, derived ? null : name, opener, sniffRoot, regular);
    }

    /** A file: opened from its path (no opener is kept: a bulk run holds one Source per file). */
    public static Source ofFile(Path file, String displayPath, boolean sniffRoot) {
        return new Folders().file(file, displayPath, sniffRoot);
    }

    public static Source ofStream(String displayPath, Opener opener) {
        return new Source(displayPath, null, null, opener, false, false);
    }

    /** The same file (or stream), read through another opener (a fixed text in memory). */
    public Source withOpener(Opener other) {
        return new Source(displayPath, folder, name, other, sniffRoot, regular);
    }

    public String displayPath() {
        return displayPath;
    }

    public Opener opener() {
        return opener;
    }

    public boolean sniffRoot() {
        return sniffRoot;
    }

    /** The file (absolute, normalized), made from its folder and name on each call; null for a stream. */
    public Path file() {
        if (folder == null) {
            return name == null ? null : Path.of(name);
        }
        return folder.dir.resolve(fileName());
    }

    /** The folder of the file as a string, shared by the files in it; null for a stream. */
    public String folderText() {
        if (folder == null) {
            Path f = file();
            return f == null || f.getParent() == null ? null : f.getParent().toString();
        }
        return folder.text();
    }

    private String fileName() {
        return name != null ? name : displayPath.substring(displayPath.lastIndexOf('/') + 1);
    }

    /** Opens the document: through its opener, or its file when it has none. */
    public InputStream open() throws IOException {
        return opener != null ? opener.open() : regular ? Files.newInputStream(file()) : open(file());
    }

    /**
     * A regular file through NIO; anything else (a pipe such as {@code /dev/stdin} or
     * {@code <(cmd)}, a device) through {@link FileInputStream}, whose reads never seek: NIO's
     * channel stream asks pipes for their size and position and fails with "Illegal seek".
     */
    private static InputStream open(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            return Files.newInputStream(file);
        }
        return new FileInputStream(file.toFile());
    }

    /** Whether the source can be opened again with the same content (not standard input, not a pipe). */
    public boolean rereadable() {
        Path f = file();
        return f != null && Files.isRegularFile(f);
    }

    /**
     * Same file: the same {@link Folder} object (sources from one {@link Folders}) and name; a
     * stream is only equal to itself.
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Source s && folder != null && s.folder == folder && s.fileName().equals(fileName());
    }

    @Override
    public int hashCode() {
        return folder == null ? System.identityHashCode(this) : System.identityHashCode(folder) * 31 + fileName().hashCode();
    }

    @Override
    public String toString() {
        return displayPath;
    }
}
