package io.github.twimllint.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A document to lint: the path shown to users, the file (null for standard input) and how to open
 * it. {@code sniffRoot} marks {@code *.xml} files found by walking a directory: they are linted
 * only when their root element is {@code <Response>}.
 */
public record Source(String displayPath, Path file, Opener opener, boolean sniffRoot) {

    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public static Source ofFile(Path file, String displayPath, boolean sniffRoot) {
        return new Source(displayPath, file, () -> Files.newInputStream(file), sniffRoot);
    }

    public static Source ofStream(String displayPath, Opener opener) {
        return new Source(displayPath, null, opener, false);
    }
}
