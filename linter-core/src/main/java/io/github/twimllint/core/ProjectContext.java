package io.github.twimllint.core;

import java.util.List;

/**
 * What a {@link ProjectRule} reports through. The engine fills in the rule id, its configured
 * level, the document's path and the reference's exact location.
 */
public interface ProjectContext {

    /**
     * Report at a reference's value in a document, with the places that explain the finding (for
     * a chain of documents: the reference, each redirect, the offending verb), in order.
     */
    void report(DocumentFacts document, DocumentFacts.Reference at, String message,
                List<Finding.RelatedLocation> related);
}
