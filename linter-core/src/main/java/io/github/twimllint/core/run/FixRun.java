package io.github.twimllint.core.run;

import io.github.twimllint.core.Fixer;
import io.github.twimllint.core.Source;
import io.github.twimllint.core.parse.Decoding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code --fix} and {@code --diff} did ({@link LintSession#fix}): the documents as fixed, in
 * memory, and the outcome of linting them. Nothing is written until {@link #write} is called.
 */
public final class FixRun {
    /** Fixes that unblock others (a raw '&' hides every other finding) are applied in passes. */
    public static final int MAX_PASSES = 10;

    /** One document that changed: its bytes before and after, and how many findings were fixed. */
    public record Fixed(Source source, byte[] before, byte[] after, int findings) {
    }

    private final RunOutcome outcome;
    private final Map<String, Fixed> fixed;

    FixRun(RunOutcome outcome, Map<String, Fixed> fixed) {
        this.outcome = outcome;
        this.fixed = fixed;
    }

    /** Lints, fixes in memory and lints again until nothing more is fixed (at most {@link #MAX_PASSES} times). */
    static FixRun run(List<Source> sources, Pass lint) throws RunException {
        Map<String, Source> byPath = new LinkedHashMap<>();
        sources.forEach(s -> byPath.put(s.displayPath(), s));
        Map<String, Fixed> fixed = new LinkedHashMap<>();
        RunOutcome outcome = lint.run(sources, true);
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            boolean changed = false;
            for (var file : outcome.report().files()) {
                Source source = byPath.get(file.path());
                if (source == null || file.findings().stream().noneMatch(f -> f.fix() != null)) {
                    continue;
                }
                Fixed before = fixed.get(file.path());
                byte[] bytes = before != null ? before.after() : read(source);
                Fixer.Result r = Fixer.apply(bytes, file.findings());
                if (r.changed()) {
                    fixed.put(file.path(), new Fixed(source, before != null ? before.before() : bytes, r.bytes(),
                            (before == null ? 0 : before.findings()) + r.fixed().size()));
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
            List<Source> now = new ArrayList<>(sources.size());
            for (Source s : sources) {
                Fixed f = fixed.get(s.displayPath());
                byte[] bytes = f == null ? null : f.after();
                now.add(f == null ? s : s.withOpener(() -> new ByteArrayInputStream(bytes)));
            }
            outcome = lint.run(now, false);
        }
        return new FixRun(outcome, fixed);
    }

    /** One lint of the documents as they stand ({@code first}: the run the user's progress counts). */
    interface Pass {
        RunOutcome run(List<Source> sources, boolean first) throws RunException;
    }

    private static byte[] read(Source s) throws RunException {
        try (InputStream in = s.open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new RunException("cannot read " + s.displayPath() + " again to fix it: " + ReportWriter.reason(e));
        }
    }

    /** The findings left in the fixed documents. */
    public RunOutcome outcome() {
        return outcome;
    }

    /** The documents that changed, in input order. */
    public List<Fixed> fixed() {
        return List.copyOf(fixed.values());
    }

    public int findingsFixed() {
        return fixed.values().stream().mapToInt(Fixed::findings).sum();
    }

    /** "N findings fixed in M files". */
    public String summary() {
        int n = findingsFixed();
        int m = fixed.size();
        return n + (n == 1 ? " finding" : " findings") + " fixed in " + m + (m == 1 ? " file" : " files");
    }

    /** The document as fixed (as read when nothing changed), e.g. standard input's, to print. */
    public byte[] document(Source s) throws RunException {
        Fixed f = fixed.get(s.displayPath());
        return f != null ? f.after() : read(s);
    }

    /**
     * Writes each fixed file in place through {@link ReportWriter} (temporary file and rename, mode
     * kept); a document without a file (standard input) is the caller's to print. Returns a line per
     * file that could not be written.
     */
    public List<String> write() {
        List<String> problems = new ArrayList<>();
        for (Fixed f : fixed.values()) {
            if (f.source().file() == null) {
                continue;
            }
            try {
                ReportWriter.write(f.source().file(), f.after());
            } catch (IOException e) {
                problems.add("cannot write the fixed " + f.source().displayPath() + ": " + ReportWriter.reason(e));
            }
        }
        return problems;
    }

    /** The fixes as one unified diff ({@code git apply}-able), in input order; "" when nothing changed. */
    public String diff() {
        StringBuilder out = new StringBuilder();
        for (Fixed f : fixed.values()) {
            try {
                Decoding.Detected d = Decoding.detect(f.before(), Math.min(f.before().length, 512));
                out.append(UnifiedDiff.of(f.source().displayPath().replace('\\', '/'),
                        Fixer.decode(d.charset(), f.before(), d.bomLength()),
                        Fixer.decode(d.charset(), f.after(), d.bomLength())));
            } catch (Decoding.UnsupportedEncodingDeclared | CharacterCodingException e) {
                throw new IllegalStateException("a fixed document no longer decodes", e); // Fixer checked it did
            }
        }
        return out.toString();
    }
}
