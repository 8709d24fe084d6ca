package io.github.twimllint.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Records a document's {@link DocumentFacts} during the engine's single pass. It sees every
 * element the rules see; it keeps only top-level verbs and the references the project phase
 * follows, so its cost per element is a depth check and a switch on the name.
 */
final class FactsCollector {
    private String root;
    private final List<DocumentFacts.Verb> verbs = new ArrayList<>();
    private final java.util.Set<String> verbNames = new java.util.HashSet<>();
    private boolean redirected;
    private final List<DocumentFacts.Reference> references = new ArrayList<>();

    /**
     * The attribute of an element that names a TwiML document the call runs (as opposed to a
     * webhook or an audio file), or null. {@code <Redirect>} names one by its text instead.
     */
    static String documentAttribute(String element) {
        switch (element) {
            case "Number":
            case "Client":
            case "Sip":
            case "Queue":
                return "url";
            case "Conference":
            case "Enqueue":
                return "waitUrl";
            default:
                return null;
        }
    }

    void startElement(Element element) {
        Element parent = element.parent();
        if (parent == null) {
            root = element.name();
            return;
        }
        // The cross-document rules ask which verbs run and where each kind first appears: the first
        // of each name up to the first <Redirect> (nothing after it runs) answers that, and keeps
        // the facts small however long the document is.
        if (parent.parent() == null && "Response".equals(root) && !redirected && verbNames.add(element.name())) {
            verbs.add(new DocumentFacts.Verb(element.name(), element.line(), element.column()));
            redirected = element.name().equals("Redirect");
        }
        String name = documentAttribute(element.name());
        if (name != null) {
            Attribute a = element.attribute(name);
            // An empty value is not a reference: waitUrl="" means no hold music.
            if (a != null && !a.value().isBlank()) {
                references.add(new DocumentFacts.Reference(element.name(), name, a.value().strip(),
                        a.isTemplated(), a.line(), a.column(), a.endLine(), a.endColumn(),
                        element.path() + "/@" + name));
            }
        }
    }

    void endElement(Element element) {
        // Only a top-level <Redirect> runs; its text is complete at its end tag.
        if (element.name().equals("Redirect") && element.depth() == 1 && "Response".equals(root)
                && element.hasText()) {
            references.add(new DocumentFacts.Reference("Redirect", null, element.text(),
                    element.isTextTemplated(), element.textLine(), element.textColumn(),
                    element.textEndLine(), element.textEndColumn(), element.path() + "/text()"));
        }
    }

    DocumentFacts build(Source source) {
        return new DocumentFacts(source.displayPath(),
                source.file() == null ? null : source.file().toAbsolutePath().normalize(),
                root, verbs, references);
    }
}
