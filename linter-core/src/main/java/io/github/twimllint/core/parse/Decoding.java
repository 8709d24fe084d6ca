package io.github.twimllint.core.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnmappableCharacterException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Turns bytes into characters the way an XML parser would: a byte-order mark wins, then the
 * encoding named in the XML declaration, else UTF-8. The BOM is consumed, so the first character
 * of the document is column 1. Malformed bytes raise {@link java.nio.charset.CharacterCodingException}
 * instead of turning silently into U+FFFD.
 */
public final class Decoding {
    private static final int SNIFF = 512;
    static final int BUFFER = 8192;

    private Decoding() {
    }

    /** Thrown when a declared encoding is unknown to the JVM. */
    public static final class UnsupportedEncodingDeclared extends IOException {
        public UnsupportedEncodingDeclared(String name) {
            super("the document declares encoding '" + name + "', which is not supported");
        }
    }

    /**
     * A strict reader of the document's characters. It reads {@code in} in large blocks itself, so
     * {@code in} needs no buffering of its own; the encoding is decided from the first block.
     */
    public static Reader reader(InputStream in) throws IOException {
        return reader(in, new byte[BUFFER]);
    }

    /** {@link #reader(InputStream)} decoding through {@code buffer}, which it owns until the reader is done. */
    static Reader reader(InputStream in, byte[] buffer) throws IOException {
        // One buffer serves to sniff the encoding and then to decode: nothing is pushed back or
        // copied, and a small document is read with one call.
        ByteBuffer bytes = ByteBuffer.wrap(buffer);
        byte[] head = buffer;
        int n = 0;
        boolean eof = false;
        while (n < SNIFF) {
            int r = in.read(head, n, head.length - n);
            if (r < 0) {
                eof = true;
                break;
            }
            n += r;
        }
        Detected detected = detect(head, n);
        bytes.limit(n).position(detected.bomLength());
        CharsetDecoder decoder = detected.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new StrictReader(in, decoder, bytes, eof);
    }

    /** A document's encoding and the length of its byte-order mark (0: none). */
    public record Detected(Charset charset, int bomLength) {
    }

    /**
     * The encoding of a document starting with these {@code n} bytes (at least its first 512 when it
     * has them), decided as {@link #reader} decides it.
     */
    public static Detected detect(byte[] head, int n) throws UnsupportedEncodingDeclared {
        Charset charset;
        int skip = 0;
        if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (n >= 4 && head[0] == 0 && head[1] == '<' && head[2] == 0 && head[3] == '?') {
            charset = StandardCharsets.UTF_16BE;
        } else if (n >= 4 && head[0] == '<' && head[1] == 0 && head[2] == '?' && head[3] == 0) {
            charset = StandardCharsets.UTF_16LE;
        } else {
            charset = declared(declaredName(head, Math.min(n, SNIFF)));
        }
        return new Detected(charset, skip);
    }

    /**
     * Decodes like {@link java.io.InputStreamReader}, except at a malformed byte: every character
     * before it is returned first and the error comes with the next read, so the reader's
     * character count at the error is exactly the error's position (InputStreamReader drops the
     * characters of the failing read). A read with room for one character still makes progress
     * on a supplementary character: its surrogate pair is decoded whole and the low half is held
     * for the next read.
     */
    static final class StrictReader extends Reader {
        private final InputStream in;
        private final CharsetDecoder decoder;
        /** Bytes read and not yet decoded, between position and limit. */
        private final ByteBuffer bytes;
        /** Decodes a surrogate pair when the caller's buffer has room for one char only. */
        private final CharBuffer pair = CharBuffer.allocate(2);
        /** The second char decoded aside (a low surrogate) still to be returned, or -1. */
        private int heldLow = -1;
        private CharacterCodingException pending;
        private boolean eof;
        private boolean flushed;

        StrictReader(InputStream in, CharsetDecoder decoder, ByteBuffer bytes, boolean eof) {
            this.in = in;
            this.decoder = decoder;
            this.bytes = bytes;
            this.eof = eof;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (heldLow >= 0) {
                cbuf[off] = (char) heldLow;
                heldLow = -1;
                return 1;
            }
            CharBuffer out = CharBuffer.wrap(cbuf, off, len);
            while (out.position() == off) {
                if (pending != null) {
                    throw pending;
                }
                if (flushed) {
                    return -1;
                }
                CoderResult r = decoder.decode(bytes, out, eof);
                if (r.isOverflow() && out.position() == off) {
                    // No room for a surrogate pair: decode it aside and hand it out one half at a time.
                    pair.clear();
                    r = decoder.decode(bytes, pair, eof);
                    pair.flip();
                    if (pair.hasRemaining()) {
                        out.put(pair.get());
                        if (pair.hasRemaining()) {
                            heldLow = pair.get();
                        }
                        break;
                    }
                }
                if (r.isError()) {
                    // Characters before the bad bytes go out now; the error with the next read.
                    pending = r.isMalformed()
                            ? new MalformedInputException(r.length())
                            : new UnmappableCharacterException(r.length());
                } else if (r.isUnderflow()) {
                    if (eof) {
                        if (decoder.flush(out).isUnderflow()) {
                            flushed = true;
                        }
                    } else if (out.position() == off) {
                        fill();
                    }
                }
            }
            return out.position() - off;
        }

        /** Reads more bytes after any left undecoded (an incomplete sequence). */
        private void fill() throws IOException {
            bytes.compact();
            try {
                if (!bytes.hasRemaining()) {
                    // A whole buffer that decodes to nothing is not text in this encoding.
                    pending = new MalformedInputException(bytes.position());
                    return;
                }
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
            } finally {
                bytes.flip();
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /**
     * The encoding named in an XML declaration at the start of {@code b} (its first {@code n} bytes),
     * or null: {@code <?xml}, then before any {@code >} the first {@code encoding = "name"} (either
     * quote, white space around {@code =}) whose name is letters, digits and {@code . _ : -}.
     */
    static String declaredName(byte[] b, int n) {
        if (!bytesAt(b, n, 0, "<?xml")) {
            return null;
        }
        for (int k = 5; k < n && b[k] != '>'; k++) {
            if (!bytesAt(b, n, k, "encoding")) {
                continue;
            }
            int q = skipSpace(b, n, k + 8);
            if (q >= n || b[q] != '=') {
                continue;
            }
            q = skipSpace(b, n, q + 1);
            if (q >= n || b[q] != '"' && b[q] != '\'') {
                continue;
            }
            int from = ++q;
            while (q < n && isNameByte(b[q])) {
                q++;
            }
            if (q > from && q < n && (b[q] == '"' || b[q] == '\'')) {
                return new String(b, from, q - from, StandardCharsets.ISO_8859_1);
            }
        }
        return null;
    }

    private static boolean bytesAt(byte[] b, int n, int at, String s) {
        if (at + s.length() > n) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (b[at + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Skips what a regular expression's {@code \s} matches: space, tab, LF, VT, FF, CR. */
    private static int skipSpace(byte[] b, int n, int at) {
        while (at < n && (b[at] == ' ' || b[at] >= '\t' && b[at] <= '\r')) {
            at++;
        }
        return at;
    }

    private static boolean isNameByte(byte c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                || c == '.' || c == '_' || c == ':' || c == '-';
    }

    private static Charset declared(String name) throws UnsupportedEncodingDeclared {
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.equals("UTF-16")) {
            // Without a BOM, UTF-16 in an ASCII-readable declaration is a contradiction; read as UTF-8.
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UnsupportedEncodingDeclared(name);
        }
    }
}
