package io.github.twimllint.core;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.ref.Cleaner;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A temporary file that holds what a run would otherwise keep in memory: private to the user
 * (created with mode 0600), written by appending blocks, deleted when this object is no longer
 * used or, at the latest, when the JVM exits. Strings are stored as UTF-16 code units, so any
 * text survives (lone surrogates included).
 */
final class TempFile {
    private static final Cleaner CLEANER = Cleaner.create();

    /** Writes one block. */
    @FunctionalInterface
    interface Block {
        void write(DataOutputStream out) throws IOException;
    }

    final Path path;
    private long end;

    TempFile(String prefix) throws IOException {
        path = Files.createTempFile(prefix, ".bin");
        path.toFile().deleteOnExit();
        Path f = path;
        CLEANER.register(this, () -> {
            try {
                Files.deleteIfExists(f);
            } catch (IOException e) {
                // deleteOnExit tries again.
            }
        });
    }

    /** Appends a block; returns its offset. */
    long append(Block block) throws IOException {
        long at = end;
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(ch),
                     1 << 16))) {
            block.write(out);
            out.flush();
            end = ch.size();
        }
        return at;
    }

    /** What was written, read from an offset on; the caller closes the stream. */
    DataInputStream readFrom(long offset, int bufferSize) throws IOException {
        FileChannel ch = FileChannel.open(path, StandardOpenOption.READ);
        try {
            ch.position(offset);
        } catch (IOException e) {
            ch.close();
            throw e;
        }
        return new DataInputStream(new BufferedInputStream(Channels.newInputStream(ch), bufferSize));
    }

    // UTF-16 code units as they are: no encoding can lose or replace a character.
    static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(s.length());
        out.writeChars(s);
    }

    static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        char[] c = new char[n];
        for (int i = 0; i < n; i++) {
            c[i] = in.readChar();
        }
        return new String(c);
    }
}
