package io.github.twimllint.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Records a document's {@link DocumentFacts} during the engine's single pass. It sees every
 * element the rules see; it keeps only top-level verbs and the references the project phase
 * follows, so its cost per element is a depth check and a lookup by name. Which attributes name
 * documents and which verb hands the call over comes from the {@link Dialect}.
 */
final class FactsCollector {
    private final Dialect dialect;
    private String root;
    private boolean rootMatches;
    private final List<DocumentFacts.Verb> verbs = new ArrayList<>();
    private final Set<String> verbNames = new HashSet<>();
    private int handOver = -1;
    private final DocumentFacts.Table references = new DocumentFacts.Table();
    // Made on the first reference: most documents name none.
    private java.util.Map<String, String> values;

    FactsCollector(Dialect dialect) {
        this.dialect = dialect;
    }

    void startElement(Element element) {
        Element parent = element.parent();
        if (parent == null) {
            root = element.name();
            rootMatches = dialect.root() == null || dialect.root().equals(root);
            return;
        }
        // The cross-document rules ask which verbs run and where each kind first appears: the first
        // of each name up to the first verb that hands the call over (nothing after it runs)
        // answers that, and keeps the facts small however long the document is.
        if (parent.parent() == null && rootMatches && handOver < 0 && verbNames.add(element.name())) {
            verbs.add(new DocumentFacts.Verb(element.name(), element.line(), element.column()));
            if (dialect.handsOver(element.name())) {
                handOver = verbs.size() - 1;
            }
        }
        if (element.attributes().isEmpty()) {
            return; // references are attribute values
        }
        reference(element, dialect.documentAttribute(element.name()));
        List<String> next = dialect.continuesWith(element.name());
        for (int i = 0, n = next.size(); i < n; i++) {
            reference(element, next.get(i));
        }
    }

    private void reference(Element element, String name) {
        if (name != null) {
            Attribute a = element.attribute(name);
            // An empty value is not a reference: waitUrl="" means no hold music.
            if (a != null && !a.value().isBlank()) {
                references.add(element, name, shared(a.value().strip()),
                        a.isTemplated(), a.line(), a.column(), a.endLine(), a.endColumn());
            }
        }
    }

    void endElement(Element element) {
        // Only a top-level hand-over verb runs; its text is complete at its end tag.
        if (element.depth() == 1 && rootMatches && element.hasText() && dialect.handsOver(element.name())) {
            references.add(element, null, shared(element.text()),
                    element.isTextTemplated(), element.textLine(), element.textColumn(),
                    element.textEndLine(), element.textEndColumn());
        }
    }

    /**
     * One string per distinct URL of the document: a long document names the same few documents
     * again and again. The table stops growing at {@link #SHARED_VALUES} (then it would cost more
     * than it saves on all-distinct values); values already in it are still shared.
     */
    private String shared(String value) {
        if (values == null) {
            values = new java.util.HashMap<>();
        }
        String known = values.get(value);
        if (known != null) {
            return known;
        }
        if (values.size() < SHARED_VALUES) {
            values.put(value, value);
        }
        return value;
    }

    static final int SHARED_VALUES = 4096;

    DocumentFacts build(Source source, String kind) {
        references.done();
        // No reference: the shared empty list, not an empty table per document.
        return new DocumentFacts(source.displayPath(), null, source, root, verbs,
                references.isEmpty() ? List.of() : references, handOver, kind);
    }
}
