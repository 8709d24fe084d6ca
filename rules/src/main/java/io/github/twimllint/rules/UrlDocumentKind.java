package io.github.twimllint.rules;

import io.github.twimllint.core.DocumentFacts;
import java.util.List;
import java.util.Set;

/**
 * The documents Twilio runs through a URL attribute during a {@code <Dial>} or a queue, and the
 * verbs each may hold (C040, C048, C073; C063, C066; C129). {@code <Redirect>} is allowed in all
 * of them: the rules follow it and check the document it leads to the same way.
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

    /** The verbs a TwiML voice document can hold directly under {@code <Response>}. */
    static final Set<String> VOICE_VERBS = Set.of("Say", "Play", "Dial", "Record", "Gather", "Hangup",
            "Enqueue", "Leave", "Pause", "Redirect", "Refer", "Reject", "Connect", "Pay", "Start", "Stop",
            "Echo", "Queue", "Sms", "Prompt");

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

    /** The kind of document a reference runs, or null when it is not one of these (e.g. a redirect). */
    static UrlDocumentKind of(DocumentFacts.Reference r) {
        if (r.attribute() == null) {
            return null;
        }
        switch (r.element()) {
            case "Number":
            case "Client":
            case "Sip":
                return r.attribute().equals("url") ? WHISPER : null;
            case "Queue":
                return r.attribute().equals("url") ? WAIT : null;
            case "Conference":
                return r.attribute().equals("waitUrl") ? WAIT : null;
            case "Enqueue":
                return r.attribute().equals("waitUrl") ? ENQUEUE_WAIT : null;
            default:
                return null;
        }
    }
}
