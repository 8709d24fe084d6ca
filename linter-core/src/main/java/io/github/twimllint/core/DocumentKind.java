package io.github.twimllint.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides a document's kind once for all its rules. A kind configured for the path wins.
 * Otherwise the elements directly under the root decide: each that only one kind defines
 * ({@code <Message>}: messaging, {@code <Say>}: voice) is a vote, and the kind whose root accepts
 * the most of the distinct voters wins, the first one revealed on a tie. So a voice document that
 * also sends an SMS ({@code <Say>} and {@code <Message>}, in either order) is voice, because voice
 * accepts {@code <Message>} and messaging does not accept {@code <Say>}.
 *
 * <p>While the document streams, {@link #kind()} is the decision over the elements seen so far;
 * after the root's end tag it is the decision over the whole document.
 */
final class DocumentKind {
    private final Dialect dialect;
    private final String configured;
    private final List<String> revealed = new ArrayList<>(2);
    private final List<String> voters = new ArrayList<>(4);
    // Names asked about that revealed nothing (<Redirect>, <Pause>: verbs of several kinds), so a
    // repeated verb costs no lookup; bounded, so distinct unknown names cannot make it quadratic.
    private final List<String> silent = new ArrayList<>(4);
    private static final int SILENT_KEPT = 16;
    private String kind;

    DocumentKind(Dialect dialect, String configured) {
        this.dialect = dialect;
        this.configured = configured;
        this.kind = configured;
    }

    boolean configured() {
        return configured != null;
    }

    String kind() {
        return kind;
    }

    /** Feeds an element directly under the root. */
    void topLevel(String name) {
        if (configured != null) {
            return;
        }
        // A verb that already voted is the common case (verbs repeat): no lookup for it.
        if (voters.contains(name) || silent.contains(name)) {
            return;
        }
        String k = dialect.kindRevealedBy(name);
        if (k == null) {
            if (silent.size() < SILENT_KEPT) {
                silent.add(name);
            }
            return;
        }
        voters.add(name);
        if (!revealed.contains(k)) {
            revealed.add(k);
        }
        if (revealed.size() == 1) {
            kind = k;
            return;
        }
        int best = -1;
        for (String candidate : revealed) {
            int accepted = 0;
            for (String v : voters) {
                if (dialect.acceptsAtTop(candidate, v)) {
                    accepted++;
                }
            }
            if (accepted > best) {
                best = accepted;
                kind = candidate;
            }
        }
    }
}
