package io.github.twimllint.core.run;

import io.github.twimllint.core.Messages;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes every report and baseline, for every front end. A regular file is written to a temporary
 * file beside it and moved into place, so a reader sees it whole or not at all; it keeps the mode
 * of the file it replaces, and a new file gets the mode the umask gives. Anything else is written
 * through, never replaced: a device ({@code /dev/null}), a FIFO, {@code /dev/stdout},
 * {@code /dev/fd/N}, {@code /proc/self/fd/N}. A symbolic link stays a link: its target is written.
 * Temporary files still present when the JVM is stopped (SIGINT, SIGTERM) are deleted.
 */
public final class ReportWriter {
    /** What goes into the file. */
    public interface Content {
        void writeTo(Writer w) throws IOException;
    }

    /** Temporary files being written; the shutdown hook deletes what is left of them. */
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    private ReportWriter() {
    }

    /** What goes into the file, as bytes (a fixed document keeps its own encoding). */
    private interface Output {
        void writeTo(OutputStream os) throws IOException;
    }

    /** Writes {@code file} as described above; any failure is an exception (nothing is swallowed). */
    public static void write(Path file, Content content) throws IOException {
        write(file, (Output) os -> {
            try (Writer w = writer(os)) {
                content.writeTo(w);
            }
        });
    }

    /** Writes these bytes to {@code file} as described above (how {@code --fix} rewrites a document). */
    public static void write(Path file, byte[] bytes) throws IOException {
        write(file, (Output) os -> {
            try (os) {
                os.write(bytes);
            }
        });
    }

    private static void write(Path file, Output content) throws IOException {
        Path given = file.toAbsolutePath().normalize();
        if (isProcessView(given)) {
            // /dev/stdout, /dev/fd/N, /proc/self/fd/N: opened as named (the link may read "pipe:[N]"),
            // and appended to when it is the shell's redirect to a file.
            writeThrough(given, content, Files.isRegularFile(given)
                    ? new OpenOption[] {StandardOpenOption.WRITE, StandardOpenOption.APPEND}
                    : new OpenOption[] {StandardOpenOption.WRITE});
            return;
        }
        Path target = followLinks(given);
        if (Files.isDirectory(target)) {
            throw new FileSystemException(file.toString(), null, "is a directory");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            // A device or FIFO: opening it for writing is all a reader expects; replacing it would
            // destroy it (as root, /dev/null) or lose the FIFO's reader.
            writeThrough(target, content, StandardOpenOption.WRITE);
        } else {
            replace(target, content);
        }
    }

    /**
     * Writes to an already open stream (standard output) and checks it afterwards: a
     * {@link PrintWriter} swallows errors such as a full disk, which must not pass for success.
     */
    public static void write(PrintWriter out, Content content) throws IOException {
        Writer w = new BufferedWriter(out);
        content.writeTo(w);
        w.flush();
        if (out.checkError()) {
            throw new IOException("write error");
        }
    }

    /**
     * A short reason for a failed write: "the folder does not exist" where the target's folder is
     * missing, otherwise the wording every other I/O failure gets ({@link Messages#of}).
     */
    public static String reason(IOException e) {
        return e instanceof NoSuchFileException ? "the folder does not exist" : Messages.of(e);
    }

    /** Paths under /dev and /proc name what a process has open; they are never replaced. */
    private static boolean isProcessView(Path p) {
        return p.startsWith("/dev") || p.startsWith("/proc");
    }

    /** The file a chain of symbolic links ends at (the path itself when it is not a link). */
    private static Path followLinks(Path p) throws IOException {
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops == 40) {
                throw new FileSystemException(p.toString(), null, "too many levels of symbolic links");
            }
            p = p.toAbsolutePath().getParent().resolve(Files.readSymbolicLink(p)).normalize();
        }
        return p;
    }

    private static void writeThrough(Path target, Output content, OpenOption... options) throws IOException {
        content.writeTo(Files.newOutputStream(target, options));
    }

    private static void replace(Path target, Output content) throws IOException {
        Set<PosixFilePermission> mode = mode(target);
        Path tmp = null;
        try {
            OutputStream os = null;
            while (os == null) {
                tmp = target.resolveSibling("." + target.getFileName()
                        + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + ".tmp");
                try {
                    LIVE.add(tmp);
                    Hook.install();
                    // Created without explicit permissions, so the umask decides, as for any new file.
                    os = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                } catch (FileAlreadyExistsException e) {
                    LIVE.remove(tmp);
                }
            }
            content.writeTo(os);
            if (mode != null) {
                Files.setPosixFilePermissions(tmp, mode);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
                LIVE.remove(tmp);
            }
        }
    }

    /** The permissions of an existing regular file, or null (new file, or no POSIX permissions). */
    private static Set<PosixFilePermission> mode(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Files.getPosixFilePermissions(file);
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    private static Writer writer(OutputStream os) {
        return new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
    }

    /** Deletes the temporary files still being written; what the shutdown hook runs. */
    static void deleteLeftovers() {
        for (Path p : LIVE) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // Exiting anyway; the file is hidden and named after its report.
            }
        }
    }

    /** Installed on first use, once per class loader. */
    private static final class Hook {
        static {
            Runtime.getRuntime().addShutdownHook(new Thread(ReportWriter::deleteLeftovers, "twiml-lint-cleanup"));
        }

        static void install() {
            // Loading the class installs the hook.
        }
    }
}
