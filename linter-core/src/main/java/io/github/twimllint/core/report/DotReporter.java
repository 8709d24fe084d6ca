package io.github.twimllint.core.report;

import io.github.twimllint.core.CallFlow;
import io.github.twimllint.core.LintReport;
import java.io.IOException;
import java.io.Writer;

/**
 * The call flow as a Graphviz {@code digraph}: a node per document (shape by kind, colour by worst
 * finding), dashed nodes for URLs that lead to no document of the project, edges labelled by the
 * element and attribute that make them, red (or the level's colour) with the rule ids when a
 * finding sits on the reference.
 */
public final class DotReporter implements Reporter {

    @Override
    public void write(LintReport report, Writer out) throws IOException {
        CallFlow flow = report.callFlow();
        StringBuilder b = new StringBuilder("digraph \"twiml-lint\" {\n")
                .append("  rankdir=LR;\n")
                .append("  node [fontname=\"Helvetica\", fontsize=11, style=\"filled\", fillcolor=\"white\"];\n")
                .append("  edge [fontname=\"Helvetica\", fontsize=9];\n");
        for (CallFlow.Node n : flow.nodes()) {
            String colour = FlowStyle.colour(n.worst(), n.linted());
            b.append("  ").append(n.id()).append(" [label=").append(quote(n.label()))
                    .append(", shape=").append(shape(n.kind()))
                    .append(", color=\"").append(colour).append('"');
            if (!n.kind().document()) {
                b.append(", style=\"dashed\"");
            } else if (n.worst() != null) {
                b.append(", penwidth=2");
            }
            b.append(", tooltip=").append(quote(FlowStyle.describe(n))).append("];\n");
        }
        for (CallFlow.Edge e : flow.edges()) {
            b.append("  ").append(e.from()).append(" -> ").append(e.to()).append(" [label=");
            if (e.rules().isEmpty()) {
                b.append(quote(e.label()));
            } else {
                String colour = e.worst() == io.github.twimllint.core.Severity.ERROR ? "red"
                        : FlowStyle.colour(e.worst(), true);
                b.append(quote(e.label() + "\n" + String.join("\n", e.rules())))
                        .append(", color=\"").append(colour).append("\", fontcolor=\"").append(colour)
                        .append("\", penwidth=2");
            }
            b.append("];\n");
        }
        out.write(b.append("}\n").toString());
    }

    private static String shape(CallFlow.Kind kind) {
        switch (kind) {
            case VOICE: return "box";
            case MESSAGING: return "parallelogram";
            case WHISPER: return "ellipse";
            case WAIT: return "hexagon";
            case MISSING: return "note";
            case EXTERNAL: return "box";
            default: return "box, style=\"rounded,filled\"";
        }
    }

    /** A DOT string: quotes and backslashes escaped, line breaks as {@code \n}, control characters shown. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else {
                String shown = Printable.escaped(c, false);
                b.append(shown == null ? String.valueOf(c) : shown.replace("\\", "\\\\"));
            }
        }
        return b.append('"').toString();
    }
}
