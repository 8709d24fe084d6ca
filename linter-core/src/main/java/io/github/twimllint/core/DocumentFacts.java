package io.github.twimllint.core;

import java.nio.file.Path;
import java.util.List;

/**
 * What the project phase needs to know about one document, recorded while it streamed through the
 * engine: the verbs directly under its {@code <Response>} and the references to other documents it
 * makes. Small by design: memory holds facts, not documents.
 *
 * @param path       the document's path as shown to the user
 * @param file       the file it was read from, absolute and normalized (null for standard input)
 * @param root       the name of its root element (null when there was none)
 * @param verbs      the elements directly under {@code <Response>}, in document order
 * @param references URL references to other documents, in document order
 */
public record DocumentFacts(String path, Path file, String root, List<Verb> verbs, List<Reference> references) {

    public DocumentFacts {
        verbs = List.copyOf(verbs);
        references = List.copyOf(references);
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

    /** The first top-level {@code <Redirect>} reference, or null: the one that runs. */
    public Reference firstRedirect() {
        for (Reference r : references) {
            if (r.attribute() == null && r.element().equals("Redirect")) {
                return r;
            }
        }
        return null;
    }

    /**
     * The verbs that run: those before the first top-level {@code <Redirect>} (which hands the
     * call to another document, so later verbs never run). The redirect itself is not included.
     */
    public List<Verb> verbsThatRun() {
        for (int i = 0; i < verbs.size(); i++) {
            if (verbs.get(i).name().equals("Redirect")) {
                return verbs.subList(0, i);
            }
        }
        return verbs;
    }
}
