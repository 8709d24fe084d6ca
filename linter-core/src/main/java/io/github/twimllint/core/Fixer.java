package io.github.twimllint.core;

import io.github.twimllint.core.parse.Decoding;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Applies the fixes of a document's findings to its bytes, so that every byte outside the edited
 * spans stays as it was: the encoding and byte-order mark are detected as {@link Decoding} does,
 * the edits are made on the characters and the result is encoded the same way. It changes nothing
 * when that cannot be guaranteed: bytes that do not decode, or do not encode back to themselves.
 *
 * <p>An edit is applied only when the document holds exactly the characters it replaces (so a
 * span of template code or an entity reference, which the finding saw decoded or masked, is never
 * edited). Suppressed findings are not fixed. Fixes are taken in document order; a fix overlapping
 * one already taken waits for the next pass (an identical edit counts as done).
 */
public final class Fixer {

    private Fixer() {
    }

    /** The fixed bytes (the same array when nothing was applied) and the findings whose fix was applied. */
    public record Result(byte[] bytes, List<Finding> fixed) {
        public boolean changed() {
            return !fixed.isEmpty();
        }
    }

    public static Result apply(byte[] raw, List<Finding> findings) {
        List<Finding> candidates = new ArrayList<>();
        for (Finding f : findings) {
            if (f.fix() != null && !f.isSuppressed() && !f.fix().edits().isEmpty()) {
                candidates.add(f);
            }
        }
        Result none = new Result(raw, List.of());
        if (candidates.isEmpty()) {
            return none;
        }
        Decoding.Detected detected;
        try {
            detected = Decoding.detect(raw, Math.min(raw.length, 512));
        } catch (Decoding.UnsupportedEncodingDeclared e) {
            return none;
        }
        Charset charset = detected.charset();
        int bom = detected.bomLength();
        String text;
        try {
            text = decode(charset, raw, bom);
            if (!Arrays.equals(encode(charset, text), 0, raw.length - bom, raw, bom, raw.length)) {
                return none; // the encoding does not round-trip: a fix could change other bytes
            }
        } catch (CharacterCodingException e) {
            return none;
        }
        candidates.sort(Comparator.comparingInt((Finding f) -> f.fix().edits().get(0).offset())
                .thenComparing(Finding.ORDER));
        List<Fix.Edit> taken = new ArrayList<>();
        List<Finding> fixed = new ArrayList<>();
        for (Finding f : candidates) {
            if (take(f.fix(), text, taken)) {
                fixed.add(f);
            }
        }
        if (fixed.isEmpty()) {
            return none;
        }
        taken.sort(Comparator.comparingInt(Fix.Edit::offset));
        StringBuilder out = new StringBuilder(text.length() + 16 * taken.size());
        int at = 0;
        for (Fix.Edit e : taken) {
            out.append(text, at, e.offset()).append(e.replacement());
            at = e.end();
        }
        out.append(text, at, text.length());
        byte[] body;
        try {
            body = encode(charset, out.toString());
        } catch (CharacterCodingException e) {
            return none; // a replacement the encoding cannot hold
        }
        byte[] result = Arrays.copyOf(raw, bom + body.length);
        System.arraycopy(body, 0, result, bom, body.length);
        return new Result(result, List.copyOf(fixed));
    }

    /** Takes a fix whose edits all match the text and overlap nothing taken; identical edits are shared. */
    private static boolean take(Fix fix, String text, List<Fix.Edit> taken) {
        List<Fix.Edit> fresh = new ArrayList<>();
        for (Fix.Edit e : fix.edits()) {
            if (e.offset() < 0 || e.end() > text.length()
                    || !text.regionMatches(e.offset(), e.original(), 0, e.length())) {
                return false;
            }
            boolean same = false;
            for (Fix.Edit t : taken) {
                if (t.equals(e)) {
                    same = true;
                } else if (overlaps(t, e)) {
                    return false;
                }
            }
            for (Fix.Edit t : fresh) {
                if (overlaps(t, e)) {
                    return false;
                }
            }
            if (!same) {
                fresh.add(e);
            }
        }
        taken.addAll(fresh);
        return true;
    }

    /** Spans overlap, or two insertions (or an insertion at a replaced span's edge) meet at one place. */
    private static boolean overlaps(Fix.Edit a, Fix.Edit b) {
        return a.offset() < b.end() && b.offset() < a.end() || a.offset() == b.offset();
    }

    /** The document's characters after the byte-order mark (the offsets fixes use). */
    public static String decode(Charset charset, byte[] raw, int from) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(raw, from, raw.length - from)).toString();
    }

    private static byte[] encode(Charset charset, String text) throws CharacterCodingException {
        ByteBuffer b = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
        return Arrays.copyOfRange(b.array(), b.arrayOffset() + b.position(), b.arrayOffset() + b.limit());
    }
}
