package io.github.twimllint.core;

import static io.github.twimllint.core.TempFile.readString;
import static io.github.twimllint.core.TempFile.writeString;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * One document's findings in report order ({@link Finding#ORDER}), built so that memory does not
 * grow with their number: up to {@link #inMemory()} findings are kept as a list; past that, the
 * builder sorts what it holds and writes it as a sorted run to a temporary file, and the list it
 * builds reads the runs back merged, in the order a stable sort of all of them would give.
 *
 * <p>The temporary file is private to the user (mode 0600), holds each string as UTF-16 code
 * units (any text survives, lone surrogates included), and is deleted when its list is no
 * longer used or, at the latest, when the JVM exits. A spilled list is read sequentially
 * (iterate it); {@code get(i)} works but reads from the start.
 */
public final class Findings {
    private Findings() {
    }

    /**
     * Findings kept in memory per list before they go to a temporary file. Small enough that a
     * buffer usually dies young (a long-lived one would be promoted and fill the old generation).
     */
    static final int DEFAULT_IN_MEMORY = 2048;
    /** Runs merged at once; more are first merged into one run. */
    static final int MAX_RUNS = 64;

    /** Read once: a builder is made for every document, and the property does not change during a run. */
    private static final int IN_MEMORY = inMemory();

    /** The threshold, {@code -Dtwiml.findings.inMemory=N} to change it (tests use a small one). */
    static int inMemory() {
        Integer n = Integer.getInteger("twiml.findings.inMemory");
        return n == null || n < 1 ? DEFAULT_IN_MEMORY : n;
    }

    public static Builder builder() {
        return new Builder(IN_MEMORY);
    }

    /** Collects findings in any order; {@link #build()} returns them in report order. */
    public static final class Builder {
        private final int limit;
        private final List<Finding> buffer = new ArrayList<>();
        private Spill spill;

        Builder(int limit) {
            this.limit = limit;
        }

        public Builder add(Finding f) {
            buffer.add(f);
            if (buffer.size() >= limit) {
                flush();
            }
            return this;
        }

        public Builder addAll(Iterable<Finding> findings) {
            for (Finding f : findings) {
                add(f);
            }
            return this;
        }

        private void flush() {
            buffer.sort(Finding.ORDER);
            try {
                if (spill == null) {
                    spill = new Spill();
                }
                spill.write(buffer.iterator(), buffer.size());
                buffer.clear();
                if (spill.runs.size() >= MAX_RUNS) {
                    spill = spill.merged();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write findings to a temporary file: " + Messages.of(e), e);
            }
        }

        /** The findings in report order (a stable sort: equal findings keep the order they came in). */
        public List<Finding> build() {
            if (spill == null) {
                buffer.sort(Finding.ORDER);
                return List.copyOf(buffer);
            }
            if (!buffer.isEmpty()) {
                flush();
            }
            Spill s = spill;
            spill = null;
            return new Spilled(s);
        }
    }

    /** Whether the list is read from a temporary file (then it is iterated, not indexed). */
    static boolean isSpilled(List<Finding> findings) {
        return findings instanceof Spilled;
    }

    /** A temporary file of sorted runs: each run's offset and size. */
    private static final class Spill {
        final TempFile temp;
        final List<long[]> runs = new ArrayList<>(); // {offset, count}
        long size;

        Spill() throws IOException {
            temp = new TempFile("twiml-lint-findings-");
        }

        void write(Iterator<Finding> findings, long count) throws IOException {
            long[] n = {0};
            long at = temp.append(out -> {
                while (findings.hasNext()) {
                    Codec.write(out, findings.next());
                    n[0]++;
                }
            });
            if (n[0] != count) {
                throw new IllegalStateException("findings changed while written");
            }
            runs.add(new long[] {at, n[0]});
            size += n[0];
        }

        /** All runs merged into one, in a new file (this one is deleted when unreachable). */
        Spill merged() throws IOException {
            Spill one = new Spill();
            Merge m = new Merge(this);
            one.write(m, size);
            return one;
        }
    }

    /** A list read back from a spill, merged in report order. */
    private static final class Spilled extends AbstractList<Finding> {
        private final Spill spill;

        Spilled(Spill spill) {
            this.spill = spill;
        }

        @Override
        public Iterator<Finding> iterator() {
            return new Merge(spill);
        }

        @Override
        public int size() {
            return (int) Math.min(Integer.MAX_VALUE, spill.size);
        }

        @Override
        public Finding get(int index) {
            if (index < 0 || index >= size()) {
                throw new IndexOutOfBoundsException(index);
            }
            Iterator<Finding> it = iterator();
            for (int i = 0; i < index; i++) {
                it.next();
            }
            return it.next();
        }
    }

    /** A k-way merge of sorted runs; a tie goes to the earlier run, so the merge is stable. */
    private static final class Merge implements Iterator<Finding> {
        private final PriorityQueue<Run> heads = new PriorityQueue<>((a, b) -> {
            int c = Finding.ORDER.compare(a.head, b.head);
            return c != 0 ? c : Integer.compare(a.index, b.index);
        });

        Merge(Spill spill) {
            try {
                for (int i = 0; i < spill.runs.size(); i++) {
                    long[] r = spill.runs.get(i);
                    Run run = new Run(spill.temp, r[0], r[1], i);
                    if (run.advance()) {
                        heads.add(run);
                    }
                }
            } catch (IOException e) {
                heads.forEach(Run::close);
                throw new UncheckedIOException("cannot read findings back from a temporary file: "
                        + Messages.of(e), e);
            }
        }

        @Override
        public boolean hasNext() {
            return !heads.isEmpty();
        }

        @Override
        public Finding next() {
            Run r = heads.poll();
            if (r == null) {
                throw new NoSuchElementException();
            }
            Finding f = r.head;
            try {
                if (r.advance()) {
                    heads.add(r);
                }
            } catch (IOException e) {
                r.close();
                heads.forEach(Run::close);
                throw new UncheckedIOException("cannot read findings back from a temporary file: "
                        + Messages.of(e), e);
            }
            return f;
        }
    }

    /** One sorted run being read. */
    private static final class Run {
        final int index;
        private final DataInputStream in;
        private long left;
        Finding head;

        Run(TempFile file, long offset, long count, int index) throws IOException {
            this.index = index;
            this.left = count;
            this.in = file.readFrom(offset, 8192);
        }

        boolean advance() throws IOException {
            if (left == 0) {
                close();
                head = null;
                return false;
            }
            left--;
            head = Codec.read(in);
            return true;
        }

        void close() {
            try {
                in.close();
            } catch (IOException e) {
                // Read only: nothing is lost.
            }
        }
    }

    /** Findings as bytes and back, every field kept. */
    private static final class Codec {
        private static final Severity[] SEVERITIES = Severity.values();
        private static final Finding.Suppression.Kind[] KINDS = Finding.Suppression.Kind.values();

        static void write(DataOutputStream out, Finding f) throws IOException {
            writeString(out, f.ruleId());
            out.writeByte(f.severity().ordinal());
            writeString(out, f.message());
            writeString(out, f.path());
            out.writeInt(f.line());
            out.writeInt(f.column());
            out.writeInt(f.endLine());
            out.writeInt(f.endColumn());
            writeString(out, f.anchor());
            out.writeInt(f.related().size());
            for (Finding.RelatedLocation r : f.related()) {
                writeString(out, r.path());
                out.writeInt(r.line());
                out.writeInt(r.column());
                writeString(out, r.message());
            }
            Finding.Suppression s = f.suppression();
            out.writeByte(s == null ? -1 : s.kind().ordinal());
            if (s != null) {
                writeString(out, s.justification());
            }
            Fix fix = f.fix();
            out.writeInt(fix == null ? -1 : fix.edits().size());
            if (fix != null) {
                for (Fix.Edit e : fix.edits()) {
                    out.writeInt(e.offset());
                    writeString(out, e.original());
                    writeString(out, e.replacement());
                    out.writeInt(e.line());
                    out.writeInt(e.column());
                    out.writeInt(e.endLine());
                    out.writeInt(e.endColumn());
                }
            }
        }

        static Finding read(DataInputStream in) throws IOException {
            String ruleId = readString(in);
            Severity severity = SEVERITIES[in.readByte()];
            String message = readString(in);
            String path = readString(in);
            int line = in.readInt();
            int column = in.readInt();
            int endLine = in.readInt();
            int endColumn = in.readInt();
            String anchor = readString(in);
            int n = in.readInt();
            List<Finding.RelatedLocation> related = n == 0 ? List.of() : new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                related.add(new Finding.RelatedLocation(readString(in), in.readInt(), in.readInt(), readString(in)));
            }
            byte kind = in.readByte();
            Finding.Suppression suppression = kind < 0 ? null : new Finding.Suppression(KINDS[kind], readString(in));
            int edits = in.readInt();
            Fix fix = null;
            if (edits >= 0) {
                List<Fix.Edit> list = new ArrayList<>(edits);
                for (int i = 0; i < edits; i++) {
                    list.add(new Fix.Edit(in.readInt(), readString(in), readString(in), in.readInt(), in.readInt(),
                            in.readInt(), in.readInt()));
                }
                fix = new Fix(list);
            }
            return new Finding(ruleId, severity, message, path, line, column, endLine, endColumn, anchor, related,
                    suppression, fix);
        }

    }
}
