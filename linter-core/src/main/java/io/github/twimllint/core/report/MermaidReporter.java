package io.github.twimllint.core.report;

import io.github.twimllint.core.CallFlow;
import io.github.twimllint.core.LintReport;
import java.io.IOException;
import java.io.Writer;

/**
 * The call flow as a Mermaid {@code flowchart LR}, which GitHub draws in Markdown (a job summary,
 * a pull-request comment): the same nodes and edges as the DOT report, shapes by kind, classes by
 * worst level, dotted edges to URLs that name no document of the project, and edges carrying a
 * finding coloured with its rule ids in the label.
 */
public final class MermaidReporter implements Reporter {

    @Override
    public void write(LintReport report, Writer out) throws IOException {
        CallFlow flow = report.callFlow();
        StringBuilder b = new StringBuilder("flowchart LR\n");
        for (CallFlow.Node n : flow.nodes()) {
            String[] shape = shape(n.kind());
            b.append("  ").append(n.id()).append(shape[0]).append(text(n.label())).append(shape[1])
                    .append(":::").append(cls(n)).append('\n');
        }
        StringBuilder styles = new StringBuilder();
        for (int i = 0; i < flow.edges().size(); i++) {
            CallFlow.Edge e = flow.edges().get(i);
            boolean nowhere = !flow.nodes().get(Integer.parseInt(e.to().substring(1))).kind().document();
            String label = e.rules().isEmpty() ? e.label() : e.label() + ": " + String.join(", ", e.rules());
            b.append("  ").append(e.from()).append(nowhere ? " -.->|" : " -->|").append(text(label)).append("| ")
                    .append(e.to()).append('\n');
            if (!e.rules().isEmpty()) {
                String colour = e.worst() == io.github.twimllint.core.Severity.ERROR ? "red"
                        : FlowStyle.colour(e.worst(), true);
                styles.append("  linkStyle ").append(i).append(" stroke:").append(colour)
                        .append(",stroke-width:2px,color:").append(colour).append('\n');
            }
        }
        b.append(styles);
        b.append("  classDef error stroke:#cf222e,stroke-width:2px\n")
                .append("  classDef warning stroke:#bf8700,stroke-width:2px\n")
                .append("  classDef note stroke:#0969da,stroke-width:2px\n")
                .append("  classDef clean stroke:#1a7f37\n")
                .append("  classDef unlinted stroke:#6e7781\n")
                .append("  classDef nowhere stroke:#6e7781,stroke-dasharray:4 3\n");
        out.write(b.toString());
    }

    private static String cls(CallFlow.Node n) {
        if (!n.kind().document()) {
            return "nowhere";
        }
        return n.worst() != null ? n.worst().label() : n.linted() ? "clean" : "unlinted";
    }

    /** Opening and closing brackets: box, parallelogram, stadium, hexagon, rounded, flag. */
    private static String[] shape(CallFlow.Kind kind) {
        switch (kind) {
            case VOICE: return new String[] {"[", "]"};
            case MESSAGING: return new String[] {"[/", "/]"};
            case WHISPER: return new String[] {"([", "])"};
            case WAIT: return new String[] {"{{", "}}"};
            case MISSING:
            case EXTERNAL: return new String[] {">", "]"};
            default: return new String[] {"(", ")"};
        }
    }

    /** A quoted Mermaid label: quotes and markup characters as entity codes, control characters shown. */
    static String text(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"': b.append("#quot;"); break;
                case '#': b.append("#35;"); break;
                case '<': b.append("#lt;"); break;
                case '>': b.append("#gt;"); break;
                case '|': b.append("#124;"); break;
                default:
                    String shown = Printable.escaped(c, false);
                    b.append(shown == null ? String.valueOf(c) : shown);
            }
        }
        return b.append('"').toString();
    }
}
