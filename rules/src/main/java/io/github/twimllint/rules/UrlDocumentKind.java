package io.github.twimllint.rules;

import io.github.twimllint.core.DocumentFacts;
import io.github.twimllint.core.Project;
import io.github.twimllint.rules.vocabulary.DocumentKind;
import io.github.twimllint.rules.vocabulary.Vocabulary;
import io.github.twimllint.rules.vocabulary.model.AttributeSpec;
import java.util.List;
import java.util.Set;

/**
 * The documents Twilio runs through a URL attribute during a {@code <Dial>} or a queue, and the
 * verbs each may hold (C040, C048, C073; C063, C066; C129). {@code <Redirect>} is allowed in all
 * of them: the rules follow it and check the document it leads to the same way. Which attribute
 * runs which kind of document is vocabulary data ({@code runsDocument}).
 */
enum UrlDocumentKind {
    /** {@code <Number>}, {@code <Client>} or {@code <Sip>} {@code url}: run on the called party. */
    WHISPER("run on the called party before the call is connected",
            List.of("Play", "Say", "Pause", "Gather", "Hangup")),
    /** {@code <Conference waitUrl>} and {@code <Queue url>}. */
    WAIT("played while waiting", List.of("Play", "Say", "Pause")),
    /** {@code <Enqueue waitUrl>}: the caller's hold document may also leave the queue or hang up. */
    ENQUEUE_WAIT("played to the caller waiting in the queue",
            List.of("Play", "Say", "Pause", "Hangup", "Leave", "Gather"));

    private final String role;
    private final List<String> allowed;
    private final Set<String> allowedSet;

    UrlDocumentKind(String role, List<String> allowed) {
        this.role = role;
        this.allowed = allowed;
        this.allowedSet = Set.copyOf(allowed);
    }

    /** What the document is for, for messages. */
    String role() {
        return role;
    }

    /** "<Play>, <Say>, <Pause> and <Redirect>" for messages. */
    String allowedList() {
        StringBuilder b = new StringBuilder();
        for (String v : allowed) {
            b.append('<').append(v).append(">, ");
        }
        return b.append("and <Redirect>").toString();
    }

    boolean allows(String verb) {
        return verb.equals("Redirect") || allowedSet.contains(verb);
    }

    /** Whether a voice document can hold the verb directly under {@code <Response>} (and defines it). */
    static boolean isVoiceVerb(String name) {
        Vocabulary vocab = Vocabulary.get();
        return vocab.acceptsAtTop(DocumentKind.VOICE, name) && vocab.element(DocumentKind.VOICE, name) != null;
    }

    /** The kind of document a reference runs, or null when it is not one of these (e.g. a redirect). */
    static UrlDocumentKind of(DocumentFacts.Reference r) {
        AttributeSpec.RunsDocument runs = Vocabulary.get().runsDocument(r.element(), r.attribute());
        if (runs == null) {
            return null;
        }
        switch (runs) {
            case WHISPER:
                return WHISPER;
            case WAIT:
                return WAIT;
            case ENQUEUE_WAIT:
                return ENQUEUE_WAIT;
            default:
                return null;
        }
    }

    /** What a loop over the project's document references sees at each one. */
    interface ReferenceVisitor {
        void visit(DocumentFacts document, DocumentFacts.Reference reference, UrlDocumentKind kind,
                   Project.Resolution resolution);
    }

    /**
     * Visits every reference in the project's documents that runs one of these documents, with
     * where it leads, in document order.
     */
    static void forEachReference(Project project, ReferenceVisitor visitor) {
        forEachReference(project, java.util.EnumSet.allOf(UrlDocumentKind.class), visitor);
    }

    /** As {@link #forEachReference(Project, ReferenceVisitor)}, for these kinds only (the others are not resolved). */
    static void forEachReference(Project project, Set<UrlDocumentKind> kinds, ReferenceVisitor visitor) {
        List<DocumentFacts> docs = project.documents();
        for (int d = 0; d < docs.size(); d++) {
            DocumentFacts doc = docs.get(d);
            List<DocumentFacts.Reference> refs = doc.references();
            for (int r = 0; r < refs.size(); r++) {
                DocumentFacts.Reference ref = refs.get(r);
                UrlDocumentKind kind = of(ref);
                if (kind != null && kinds.contains(kind)) {
                    visitor.visit(doc, ref, kind, project.resolve(doc, ref));
                }
            }
        }
    }
}
