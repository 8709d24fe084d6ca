package io.github.twimllint.core;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A document to lint: the path shown to users, the file (null for standard input) and how to open
 * it ({@link #open()}; {@code opener} is null for a file, which is opened by its path). {@code sniffRoot} marks {@code *.xml} files found by walking a directory: they are linted
 * only when their root element is {@code <Response>}.
 */
public record Source(String displayPath, Path file, Opener opener, boolean sniffRoot) {

    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /** A file: opened from its path (no opener is kept: a bulk run holds one Source per file). */
    public static Source ofFile(Path file, String displayPath, boolean sniffRoot) {
        return new Source(displayPath, file, null, sniffRoot);
    }

    /** Opens the document: through its opener, or its file when it has none. */
    public InputStream open() throws IOException {
        return opener != null ? opener.open() : open(file);
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
        return file != null && Files.isRegularFile(file);
    }

    public static Source ofStream(String displayPath, Opener opener) {
        return new Source(displayPath, null, opener, false);
    }
}
