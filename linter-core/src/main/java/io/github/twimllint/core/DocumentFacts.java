package io.github.twimllint.core;

import java.nio.file.Path;
import java.util.List;

/**
 * What the project phase needs to know about one document, recorded while it streamed through the
 * engine: the verbs directly under its {@code <Response>} and the references to other documents it
 * makes. Small by design: memory holds facts, not documents.
 *
 * <p>Immutable as seen from outside. The project phase (single-threaded) keeps a dense number and
 * the resolutions of the references in each document it uses, reset when a phase starts, so one
 * list of results must not be checked by two project phases at the same time.
 *
 * <ul>
 * <li>{@code path}: the document's path as shown to the user
 * <li>{@code file}: the file it was read from, absolute and normalized (null for standard input)
 * <li>{@code root}: the name of its root element (null when there was none)
 * <li>{@code verbs}: the elements directly under {@code <Response>}, in document order (the engine
 *     records the first of each name, up to the first {@code <Redirect>})
 * <li>{@code references}: URL references to other documents, in document order
 * </ul>
 */
public final class DocumentFacts {
    private final String path;
    // The file is kept as given (facts built by hand) or as the source's folder and name, and made
    // into a Path when asked: a bulk run keeps one DocumentFacts per file.
    private final Path file;
    private final Source source;
    private final String root;
    private final List<Verb> verbs;
    private final List<Reference> references;
    private final Reference firstRedirect;
    private final int handOver;
    private final String kind;
    // Set by the project phase that uses these facts (it runs in one thread): a dense number and
    // the resolutions of the references, so rules and resolution need no hash lookups per document.
    private int id = -1;
    private Project.Resolution[] resolutions;
    private Project.Resolution asTarget;

    /**
     * Facts built by hand (tests, benchmarks): a verb hands the call over when a reference made by
     * its text ({@code attribute} null) comes from an element of the same name.
     */
    public DocumentFacts(String path, Path file, String root, List<Verb> verbs, List<Reference> references) {
        this(path, file, null, root, verbs, references, handOverIndex(verbs, references), null);
    }

    /**
     * @param handOver the index in {@code verbs} of the verb that hands the call over to another
     *                 document (nothing after it runs), or -1
     * @param kind     the document's kind as the engine decided it ({@code "voice"}), or null
     */
    DocumentFacts(String path, Path file, Source source, String root, List<Verb> verbs, List<Reference> references,
                  int handOver, String kind) {
        this.kind = kind;
        this.path = path;
        this.file = file;
        this.source = source;
        this.root = root;
        this.verbs = List.copyOf(verbs);
        this.references = references instanceof Table ? references : List.copyOf(references);
        this.firstRedirect = findFirstRedirect(this.references);
        this.handOver = handOver;
    }

    public String path() {
        return path;
    }

    public Path file() {
        if (file != null || source == null) {
            return file;
        }
        Path f = source.file();
        return f == null ? null : f.toAbsolutePath().normalize();
    }

    public String root() {
        return root;
    }

    public List<Verb> verbs() {
        return verbs;
    }

    public List<Reference> references() {
        return references;
    }

    /** The document's kind as the engine decided it ({@code "voice"}, {@code "messaging"}), or null. */
    public String kind() {
        return kind;
    }

    /**
     * The document's number in the running project phase, from 0 to {@link Project#size()} - 1,
     * so project rules can keep per-document state in arrays; -1 outside a project phase.
     */
    public int id() {
        return id;
    }

    /** Joins a project phase: a fresh number and an empty resolution cache. */
    void join(int number) {
        this.id = number;
        // Made when the first resolution is cached: a reference read back from a long document's
        // table is a new object each time, so the phase cannot find its index, and a cache of a
        // slot per reference (four bytes each, half a million in a 200 MB document) would stay empty.
        this.resolutions = null;
    }

    /** A resolution that leads here (one per document, shared by every reference to it). */
    Project.Resolution asTarget() {
        if (asTarget == null) {
            asTarget = new Project.Resolution(Project.Resolution.Status.RESOLVED, this, null);
        }
        return asTarget;
    }

    /** The folder of the file, for relative references (null for standard input). */
    String folder() {
        if (file == null && source != null) {
            return source.folderText(); // one string per folder, shared by its files
        }
        return file == null || file.getParent() == null ? null : file.getParent().toString();
    }

    /** The cached resolution of a reference of this document, or null. */
    Project.Resolution cached(int index) {
        return resolutions == null ? null : resolutions[index];
    }

    /** Caches a resolution in the running project phase (outside one, nothing is kept). */
    void cache(int index, Project.Resolution resolution) {
        if (id < 0) {
            return;
        }
        if (resolutions == null) {
            resolutions = new Project.Resolution[references.size()];
        }
        resolutions[index] = resolution;
    }

    @Override
    public String toString() {
        return path + " " + verbs + " " + references;
    }

    /** A top-level verb: its name and the location of its {@code <}. */
    public record Verb(String name, int line, int column) {
    }

    /**
     * A URL that names another document: the {@code attribute} of {@code element}, or the element's
     * text when {@code attribute} is null ({@code <Redirect>}). The location is the value's first
     * character (the attribute value, or the first non-blank character of the text).
     *
     * <p>A long document keeps hundreds of thousands of these (in a {@link Table}), so nothing in one
     * is unique to it but its numbers: the anchor is made when asked, from {@code anchorBase}, the
     * parent element's path (shared by the siblings; null at the root), and {@code index}, the
     * element's index among its same-name siblings. With {@code index} -1, {@code anchorBase} is
     * the whole anchor.
     */
    public record Reference(String element, String attribute, String value, boolean templated, int line, int column,
                            int endLine, int endColumn, String anchorBase, int index) {

        /** A reference with its anchor given whole (tests, benchmarks): {@code index} -1. */
        public Reference(String element, String attribute, String value, boolean templated,
                         int line, int column, int endLine, int endColumn, String anchor) {
            this(element, attribute, value, templated, line, column, endLine, endColumn, anchor, -1);
        }

        /** The location-free anchor, as {@link Element#path()} plus {@code /@name} or {@code /text()}. */
        public String anchor() {
            if (index < 0) {
                return anchorBase;
            }
            String at = anchorBase == null ? "/" + element : anchorBase + "/" + element + "[" + index + "]";
            return attribute == null ? at + "/text()" : at + "/@" + attribute;
        }

        /** {@code Number@url}, {@code Redirect} (text): how messages name where the reference is. */
        public String where() {
            return attribute == null ? "<" + element + ">" : "<" + element + " " + attribute + ">";
        }
    }

    /**
     * The references of one document, column by column in pages of {@link #PAGE}: a long document
     * makes hundreds of thousands, and columns cost no object per reference; only the first page
     * grows by copying (up to {@link #PAGE}), later ones are added whole, so no large array is
     * ever copied (a doubled array needs the old one beside it). The element and attribute names are a
     * number into a small table of the pairs seen. {@link #get} makes the {@link Reference} when
     * asked. Filled by the engine, then read only.
     *
     * <p>Past {@link #MEMORY_PAGES} pages, references are written to a temporary file (a
     * {@link TempFile}) as they come and read back a page at a time when asked, so a very long
     * document's references do not grow the heap with its length (a 200 MB document makes about
     * 525,000). They go out one by one, not a page at a time: a page filled in memory would live
     * through young collections and be promoted, filling the old generation with garbage.
     */
    static final class Table extends java.util.AbstractList<Reference> implements java.util.RandomAccess {
        static final int PAGE = 4096;
        /** Pages kept in memory: a document with fewer references than this many pages never spills. */
        static final int MEMORY_PAGES = 4;
        private static final int NUMBERS = 5; // line, column, endLine, endColumn, index (negative: templated)
        private final int memoryPages;
        private TempFile file;
        private java.nio.channels.FileChannel channel; // open while references are added
        private java.io.DataOutputStream out;
        private long[] offsets; // where each page starts in the file, by page number
        private Page cached;    // the page read back last
        // Made with the first reference: most documents have none, and a bulk run keeps them all.
        private List<String[]> names; // {element, attribute}
        private List<short[]> kinds;
        private List<String[]> values;
        private List<String[]> parents;
        private List<int[]> numbers;
        private int size;

        Table() {
            this(MEMORY_PAGES);
        }

        /** With another number of pages kept in memory (tests). */
        Table(int memoryPages) {
            this.memoryPages = memoryPages;
        }

        void add(Element e, String name, String v, boolean templated, int line, int column, int endLine,
                 int endColumn) {
            int page = size / PAGE;
            int at = size % PAGE;
            if (size == 0) {
                names = new java.util.ArrayList<>(4);
                kinds = new java.util.ArrayList<>(1);
                values = new java.util.ArrayList<>(1);
                parents = new java.util.ArrayList<>(1);
                numbers = new java.util.ArrayList<>(1);
            }
            if (page >= memoryPages) {
                write(page, at, kind(e.name(), name), v, e.parent() == null ? null : e.parent().path(),
                        line, column, endLine, endColumn, templated ? -e.indexAmongSameName() - 1
                                : e.indexAmongSameName());
                return;
            }
            if (at == 0) {
                // The first page starts small (most documents make a few references) and grows to
                // a full page; later pages are full from the start.
                int length = page == 0 ? 4 : PAGE;
                kinds.add(new short[length]);
                values.add(new String[length]);
                parents.add(new String[length]);
                numbers.add(new int[length * NUMBERS]);
            } else if (at == kinds.get(page).length) {
                int length = Math.min(PAGE, at * 2);
                kinds.set(page, java.util.Arrays.copyOf(kinds.get(page), length));
                values.set(page, java.util.Arrays.copyOf(values.get(page), length));
                parents.set(page, java.util.Arrays.copyOf(parents.get(page), length));
                numbers.set(page, java.util.Arrays.copyOf(numbers.get(page), length * NUMBERS));
            }
            kinds.get(page)[at] = kind(e.name(), name);
            values.get(page)[at] = v;
            parents.get(page)[at] = e.parent() == null ? null : e.parent().path();
            int[] n = numbers.get(page);
            int k = at * NUMBERS;
            n[k] = line;
            n[k + 1] = column;
            n[k + 2] = endLine;
            n[k + 3] = endColumn;
            n[k + 4] = templated ? -e.indexAmongSameName() - 1 : e.indexAmongSameName();
            size++;
        }

        /** The number of an element and attribute pair (a dialect names a handful). */
        private short kind(String element, String attribute) {
            for (int i = 0; i < names.size(); i++) {
                String[] p = names.get(i);
                if (p[0].equals(element) && java.util.Objects.equals(p[1], attribute)) {
                    return (short) i;
                }
            }
            if (names.size() == Short.MAX_VALUE) {
                throw new IllegalStateException("too many kinds of references");
            }
            names.add(new String[] {element, attribute});
            return (short) (names.size() - 1);
        }

        @Override
        public Reference get(int i) {
            java.util.Objects.checkIndex(i, size);
            int page = i / PAGE;
            int at = i % PAGE;
            Page p = page < memoryPages
                    ? new Page(page, kinds.get(page), values.get(page), parents.get(page), numbers.get(page))
                    : read(page);
            String[] pair = names.get(p.kinds[at]);
            int[] n = p.numbers;
            int k = at * NUMBERS;
            int index = n[k + 4];
            boolean templated = index < 0;
            return new Reference(pair[0], pair[1], p.values[at], templated, n[k], n[k + 1], n[k + 2],
                    n[k + 3], p.parents[at], templated ? -index - 1 : index);
        }

        /** The number of pages in the temporary file. */
        int spilledPages() {
            return Math.max(0, (size + PAGE - 1) / PAGE - memoryPages);
        }

        private record Page(int number, short[] kinds, String[] values, String[] parents, int[] numbers) {
        }

        /** One reference to the file; each page's start is noted (flushed first, so the channel knows it). */
        private void write(int page, int at, short kind, String value, String parent, int line, int column,
                           int endLine, int endColumn, int index) {
            try {
                if (out == null) {
                    file = new TempFile("twiml-lint-references-");
                    channel = java.nio.channels.FileChannel.open(file.path, java.nio.file.StandardOpenOption.WRITE);
                    out = new java.io.DataOutputStream(new java.io.BufferedOutputStream(
                            java.nio.channels.Channels.newOutputStream(channel), 1 << 15));
                    offsets = new long[8];
                }
                if (at == 0) {
                    out.flush();
                    if (page >= offsets.length) {
                        offsets = java.util.Arrays.copyOf(offsets, offsets.length * 2);
                    }
                    offsets[page] = channel.position();
                }
                out.writeShort(kind);
                TempFile.writeString(out, value);
                TempFile.writeString(out, parent);
                out.writeInt(line);
                out.writeInt(column);
                out.writeInt(endLine);
                out.writeInt(endColumn);
                out.writeInt(index);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot write references to a temporary file: "
                        + Messages.of(e), e);
            }
            size++;
        }

        /** Ends the writing: called when the document ends, and before anything is read back. */
        synchronized void done() {
            if (out == null) {
                return;
            }
            try (java.io.Closeable c = channel) {
                out.flush();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot write references to a temporary file: "
                        + Messages.of(e), e);
            } finally {
                out = null;
                channel = null;
            }
        }

        /** A page from the file (the last one read is kept: the project phase reads in order). */
        private synchronized Page read(int page) {
            Page p = cached;
            if (p != null && p.number == page) {
                return p;
            }
            done();
            int count = Math.min(PAGE, size - page * PAGE);
            short[] k = new short[count];
            String[] v = new String[count];
            String[] parent = new String[count];
            int[] n = new int[count * NUMBERS];
            try (java.io.DataInputStream in = file.readFrom(offsets[page], 1 << 16)) {
                for (int i = 0; i < count; i++) {
                    k[i] = in.readShort();
                    v[i] = TempFile.readString(in);
                    parent[i] = TempFile.readString(in);
                    for (int j = 0; j < NUMBERS; j++) {
                        n[i * NUMBERS + j] = in.readInt();
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read references back from a temporary file: "
                        + Messages.of(e), e);
            }
            cached = new Page(page, k, v, parent, n);
            return cached;
        }

        @Override
        public int size() {
            return size;
        }
    }

    /**
     * The first reference that hands the call over ({@code <Redirect>}'s text), or null: the one
     * that runs.
     */
    public Reference firstRedirect() {
        return firstRedirect;
    }

    private static Reference findFirstRedirect(List<Reference> references) {
        for (Reference r : references) {
            if (r.attribute() == null) {
                return r;
            }
        }
        return null;
    }

    /**
     * The verbs that run: those before the first top-level verb that hands the call over to another
     * document ({@code <Redirect>}: later verbs never run). That verb itself is not included.
     */
    public List<Verb> verbsThatRun() {
        return handOver < 0 ? verbs : verbs.subList(0, handOver);
    }

    private static int handOverIndex(List<Verb> verbs, List<Reference> references) {
        for (int i = 0; i < verbs.size(); i++) {
            for (Reference r : references) {
                if (r.attribute() == null && r.element().equals(verbs.get(i).name())) {
                    return i;
                }
            }
        }
        return -1;
    }
}
