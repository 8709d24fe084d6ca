package io.github.twimllint.core;

import java.util.List;

/** The documents of one run, as facts, and how the references between them resolve. */
public interface Project {

    /** The documents named for linting (read, with facts), in the order they were given. */
    List<DocumentFacts> documents();

    /**
     * How many documents the project knows so far: the named ones plus those read because a
     * reference reached them. Every {@link DocumentFacts#id()} is below it; it grows as
     * {@link #resolve} reads more documents.
     */
    int size();

    /**
     * Where a reference made by a document leads. Documents that exist on disk but were not named
     * are read for their facts on first use (never for their own findings). Never touches the network.
     */
    Resolution resolve(DocumentFacts from, DocumentFacts.Reference reference);

    /** The outcome of resolving a reference. */
    record Resolution(Status status, DocumentFacts target, String tried) {

        public static final Resolution LEFT_ALONE = new Resolution(Status.LEFT_ALONE, null, null);
        public static final Resolution OUTSIDE = new Resolution(Status.OUTSIDE, null, null);

        public enum Status {
            /** The reference names a document of the project: {@code target}. */
            RESOLVED,
            /** The reference should name a document of the project, but none exists at {@code tried}. */
            MISSING,
            /** Nothing to say: templated, unmapped absolute URL, no site root, standard input... */
            LEFT_ALONE,
            /** Decoded and normalized, the URL leaves its mapped folder or the site root: not followed. */
            OUTSIDE
        }

        public boolean resolved() {
            return status == Status.RESOLVED;
        }
    }
}
