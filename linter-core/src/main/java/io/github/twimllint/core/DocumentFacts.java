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
    private final Path file;
    private final String root;
    private final List<Verb> verbs;
    private final List<Reference> references;
    // Set by the project phase that uses these facts (it runs in one thread): a dense number and
    // the resolutions of the references, so rules and resolution need no hash lookups per document.
    private final Reference firstRedirect;
    private final List<Verb> verbsThatRun;
    private final String kind;
    private int id = -1;
    private static final Project.Resolution[] NO_RESOLUTIONS = new Project.Resolution[0];
    private Project.Resolution[] resolutions;
    private Project.Resolution asTarget;
    private String folder;

    /**
     * Facts built by hand (tests, benchmarks): a verb hands the call over when a reference made by
     * its text ({@code attribute} null) comes from an element of the same name.
     */
    public DocumentFacts(String path, Path file, String root, List<Verb> verbs, List<Reference> references) {
        this(path, file, root, verbs, references, handOverIndex(verbs, references), null);
    }

    /**
     * @param handOver the index in {@code verbs} of the verb that hands the call over to another
     *                 document (nothing after it runs), or -1
     * @param kind     the document's kind as the engine decided it ({@code "voice"}), or null
     */
    DocumentFacts(String path, Path file, String root, List<Verb> verbs, List<Reference> references, int handOver,
                  String kind) {
        this.kind = kind;
        this.path = path;
        this.file = file;
        this.root = root;
        this.verbs = List.copyOf(verbs);
        this.references = List.copyOf(references);
        this.firstRedirect = findFirstRedirect(this.references);
        this.verbsThatRun = handOver < 0 ? this.verbs : this.verbs.subList(0, handOver);
    }

    public String path() {
        return path;
    }

    public Path file() {
        return file;
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
        // Most documents reference nothing: one shared empty array, not one per document.
        this.resolutions = references.isEmpty() ? NO_RESOLUTIONS : new Project.Resolution[references.size()];
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
        if (folder == null && file != null && file.getParent() != null) {
            folder = file.getParent().toString();
        }
        return folder;
    }

    /** The cached resolution of a reference of this document, or null. */
    Project.Resolution cached(int index) {
        return resolutions == null ? null : resolutions[index];
    }

    void cache(int index, Project.Resolution resolution) {
        if (resolutions != null) {
            resolutions[index] = resolution;
        }
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
     */
    public record Reference(String element, String attribute, String value, boolean templated,
                            int line, int column, int endLine, int endColumn, String anchor) {

        /** {@code Number@url}, {@code Redirect} (text): how messages name where the reference is. */
        public String where() {
            return attribute == null ? "<" + element + ">" : "<" + element + " " + attribute + ">";
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
        return verbsThatRun;
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
