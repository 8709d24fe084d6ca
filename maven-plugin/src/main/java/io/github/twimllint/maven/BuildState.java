package io.github.twimllint.maven;

import io.github.twimllint.core.run.ReportWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What the last successful check saw, kept in {@code target/} so an unchanged project is not
 * linted again: a digest of the inputs (each file's path, size and modification time, the
 * configuration and the plugin's own jars) and a digest of the report files it wrote (so a
 * deleted or edited report is written again).
 */
final class BuildState {

    /** Accumulates named values into a SHA-256 digest. */
    static final class Fingerprint {
        private final MessageDigest digest;

        Fingerprint() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
            }
        }

        Fingerprint add(String name, Object value) {
            digest.update((name + '=' + value + '\n').getBytes(StandardCharsets.UTF_8));
            return this;
        }

        /** Adds a file's path, size and modification time, or that it is absent. */
        Fingerprint addFile(String name, Path file) {
            try {
                return add(name, file + " " + Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis());
            } catch (IOException e) {
                return add(name, file + " absent");
            }
        }

        String hex() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }

    private final Path file;

    BuildState(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** The digest of the report files as they are now. */
    static String outputs(List<Path> outputs) {
        Fingerprint f = new Fingerprint();
        for (Path p : outputs) {
            f.addFile("output", p);
        }
        return f.hex();
    }

    /** True when the last successful run saw the same inputs and its reports are untouched. */
    boolean upToDate(String inputs, List<Path> outputs) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.size() >= 2 && lines.get(0).equals(inputs) && lines.get(1).equals(outputs(outputs));
        } catch (IOException e) {
            return false;
        }
    }

    void record(String inputs, List<Path> outputs) throws IOException {
        String text = inputs + "\n" + outputs(outputs) + "\n";
        Files.createDirectories(file.toAbsolutePath().getParent());
        ReportWriter.write(file, w -> w.write(text));
    }

    void forget() throws IOException {
        Files.deleteIfExists(file);
    }
}
