package io.github.twimllint.core.report;

import io.github.twimllint.core.CallFlow;
import io.github.twimllint.core.Severity;

/** What the graph formats share: the colour of a level and a node's one-line description. */
final class FlowStyle {
    private FlowStyle() {
    }

    /** The colour of a node or an edge whose worst finding is at that level (null: none). */
    static String colour(Severity worst, boolean linted) {
        if (worst == null) {
            return linted ? "#1a7f37" : "#6e7781";
        }
        switch (worst) {
            case ERROR: return "#cf222e";
            case WARNING: return "#bf8700";
            default: return "#0969da";
        }
    }

    /** {@code voice, 2 findings (worst: error)}, {@code missing}, {@code whisper, not linted}. */
    static String describe(CallFlow.Node n) {
        if (!n.kind().document()) {
            return n.kind() == CallFlow.Kind.MISSING ? "missing: no such document" : "external URL: not followed";
        }
        if (!n.linted()) {
            return n.kind().label() + ", not linted (reached through a reference)";
        }
        if (n.findings() == 0) {
            return n.kind().label() + ", no findings";
        }
        return n.kind().label() + ", " + n.findings() + (n.findings() == 1 ? " finding" : " findings")
                + " (worst: " + n.worst().label() + ")";
    }
}
