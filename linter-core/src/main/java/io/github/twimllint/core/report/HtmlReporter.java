package io.github.twimllint.core.report;

import io.github.twimllint.core.CallFlow;
import io.github.twimllint.core.Finding;
import io.github.twimllint.core.LintReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One self-contained HTML page: a summary, the call-flow graph drawn as SVG (laid out here, by
 * {@link FlowLayout}) and the findings grouped by file with their source line and a caret. Style
 * and script are inline and a Content-Security-Policy forbids every other source, so the page
 * works offline, as a CI artifact, and makes no request. Clicking a node shows its document's
 * findings; clicking a finding highlights its node and edge.
 */
public final class HtmlReporter implements Reporter {
    /** Above this many files, their findings start collapsed. */
    static final int OPEN_FILES = 40;
    /** The longest source line shown whole; longer ones are cut around the column. */
    static final int SOURCE_WIDTH = 160;

    @Override
    public void write(LintReport report, Writer out) throws IOException {
        write(report, ReportContext.defaults(), out);
    }

    @Override
    public void write(LintReport report, ReportContext context, Writer out) throws IOException {
        CallFlow flow = report.callFlow();
        List<List<String>> edgeLabels = new ArrayList<>();
        for (CallFlow.Edge e : flow.edges()) {
            List<String> lines = new ArrayList<>();
            lines.add(e.label());
            lines.addAll(e.rules());
            edgeLabels.add(lines);
        }
        FlowLayout.Drawing drawing = FlowLayout.layout(flow, edgeLabels);

        // Which edge a finding sits on: the reference at its location in its document.
        Map<String, String> edgeAt = new HashMap<>();
        Map<String, String> pathOf = new HashMap<>();
        for (CallFlow.Node n : flow.nodes()) {
            pathOf.put(n.id(), n.label());
        }
        for (int i = 0; i < flow.edges().size(); i++) {
            CallFlow.Edge e = flow.edges().get(i);
            edgeAt.putIfAbsent(pathOf.get(e.from()) + ":" + e.line() + ":" + e.column(), "e" + i);
        }
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            byFile.computeIfAbsent(f.path(), p -> new ArrayList<>()).add(f);
        }

        StringBuilder b = new StringBuilder(16384);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                        + " style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"color-scheme\" content=\"light dark\">\n")
                .append("<title>twiml-lint report</title>\n<style>\n").append(resource("flow-report.css"))
                .append("</style>\n</head>\n<body>\n<header>\n<h1>twiml-lint</h1>\n<p id=\"summary\">")
                .append(h(TextReporter.summary(report))).append("; ").append(documents(flow))
                .append("</p>\n</header>\n<main>\n");
        graph(b, flow, drawing, edgeLabels);
        findings(b, flow, byFile, edgeAt, context);
        b.append("</main>\n<script>\n").append(resource("flow-report.js")).append("</script>\n</body>\n</html>\n");
        out.write(b.toString());
    }

    private static String documents(CallFlow flow) {
        int docs = 0;
        int nowhere = 0;
        for (CallFlow.Node n : flow.nodes()) {
            if (n.kind().document()) {
                docs++;
            } else {
                nowhere++;
            }
        }
        return docs + (docs == 1 ? " document, " : " documents, ") + flow.edges().size()
                + (flow.edges().size() == 1 ? " link" : " links") + ", " + nowhere
                + (nowhere == 1 ? " URL" : " URLs") + " leading to no document of the project";
    }

    private static void graph(StringBuilder b, CallFlow flow, FlowLayout.Drawing d, List<List<String>> edgeLabels) {
        double pad = 12;
        long w = Math.round(d.width() + 2 * pad);
        long ht = Math.round(d.height() + 2 * pad);
        b.append("<section id=\"flow\">\n<h2>Call flow</h2>\n<div class=\"toolbar\">")
                .append("<input id=\"filter\" type=\"search\" placeholder=\"Filter documents and findings\""
                        + " aria-label=\"Filter documents and findings\">")
                .append("<button type=\"button\" id=\"zoom-out\" title=\"Zoom out\">&#8722;</button>")
                .append("<button type=\"button\" id=\"zoom-in\" title=\"Zoom in\">+</button>")
                .append("<button type=\"button\" id=\"show-all\">Show all findings</button>")
                .append("<span class=\"legend\"><i class=\"sw level-error\"></i>error <i class=\"sw level-warning\">"
                        + "</i>warning <i class=\"sw level-note\"></i>note <i class=\"sw level-clean\"></i>clean"
                        + " <i class=\"sw level-unlinted\"></i>not linted</span>")
                .append("</div>\n<div id=\"graph\">\n");
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"flow-svg\" width=\"").append(w)
                .append("\" height=\"").append(ht).append("\" viewBox=\"0 0 ").append(w).append(' ').append(ht)
                .append("\" role=\"img\" aria-label=\"Call-flow graph\">\n")
                .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"9\""
                        + " markerHeight=\"9\" markerUnits=\"userSpaceOnUse\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\"/></marker>"
                        + "</defs>\n")
                .append("<g transform=\"translate(").append(pad).append(',').append(pad).append(")\">\n");
        for (int i = 0; i < flow.edges().size(); i++) {
            CallFlow.Edge e = flow.edges().get(i);
            FlowLayout.Route r = d.edges().get(i);
            b.append("<g class=\"edge").append(e.worst() == null ? "" : " level-" + e.worst().label())
                    .append("\" id=\"e").append(i).append("\" data-from=\"").append(e.from()).append("\" data-to=\"")
                    .append(e.to()).append("\"><title>").append(h(e.label() + " " + e.url()))
                    .append("</title><path marker-end=\"url(#arrow)\" d=\"");
            for (int p = 0; p < r.points().size(); p++) {
                double[] pt = r.points().get(p);
                b.append(p == 0 ? "M" : "L").append(num(pt[0])).append(',').append(num(pt[1]));
            }
            b.append("\"/>");
            if (r.label() != null) {
                List<String> lines = edgeLabels.get(i);
                b.append("<text x=\"").append(num(r.label().x() + 3)).append("\" y=\"").append(num(r.label().y()))
                        .append("\">");
                for (int l = 0; l < lines.size(); l++) {
                    b.append("<tspan x=\"").append(num(r.label().x() + 3)).append("\" dy=\"")
                            .append(num(FlowLayout.LABEL_LINE_HEIGHT)).append('"')
                            .append(l > 0 ? " class=\"rule\"" : "").append('>').append(h(lines.get(l)))
                            .append("</tspan>");
                }
                b.append("</text>");
            }
            b.append("</g>\n");
        }
        for (int i = 0; i < flow.nodes().size(); i++) {
            CallFlow.Node n = flow.nodes().get(i);
            FlowLayout.Box box = d.nodes().get(i);
            String level = n.worst() != null ? n.worst().label() : n.linted() ? "clean" : "unlinted";
            b.append("<g class=\"node kind-").append(n.kind().label()).append(" level-")
                    .append(n.kind().document() ? level : "nowhere").append("\" id=\"").append(n.id())
                    .append("\" data-path=\"").append(h(n.label())).append("\" tabindex=\"0\" role=\"button\">")
                    .append("<title>").append(h(n.label() + ": " + FlowStyle.describe(n))).append("</title>");
            shape(b, n.kind(), box);
            b.append("<text x=\"").append(num(box.x() + box.width() / 2)).append("\" y=\"")
                    .append(num(box.y() + box.height() / 2 + 4)).append("\">").append(h(n.label())).append("</text>");
            if (n.findings() > 0) {
                b.append("<text class=\"badge\" x=\"").append(num(box.x() + box.width() - 4)).append("\" y=\"")
                        .append(num(box.y() - 3)).append("\">").append(n.findings()).append("</text>");
            }
            b.append("</g>\n");
        }
        b.append("</g>\n</svg>\n</div>\n</section>\n");
    }

    /** The node's outline: box (voice), slanted (messaging), pill (whisper), hexagon (wait), dashed (no document). */
    private static void shape(StringBuilder b, CallFlow.Kind kind, FlowLayout.Box r) {
        double x = r.x();
        double y = r.y();
        double w = r.width();
        double ht = r.height();
        switch (kind) {
            case MESSAGING:
                polygon(b, x + 8, y, x + w, y, x + w - 8, y + ht, x, y + ht);
                break;
            case WAIT:
                polygon(b, x + 10, y, x + w - 10, y, x + w, y + ht / 2, x + w - 10, y + ht, x + 10, y + ht, x, y + ht / 2);
                break;
            default:
                double radius = kind == CallFlow.Kind.WHISPER ? ht / 2 : kind == CallFlow.Kind.VOICE ? 2 : 8;
                b.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                        .append(num(w)).append("\" height=\"").append(num(ht)).append("\" rx=\"").append(num(radius))
                        .append("\"/>");
        }
    }

    private static void polygon(StringBuilder b, double... xy) {
        b.append("<polygon points=\"");
        for (int i = 0; i < xy.length; i += 2) {
            b.append(i == 0 ? "" : " ").append(num(xy[i])).append(',').append(num(xy[i + 1]));
        }
        b.append("\"/>");
    }

    private static void findings(StringBuilder b, CallFlow flow, Map<String, List<Finding>> byFile,
                                 Map<String, String> edgeAt, ReportContext context) {
        b.append("<section id=\"findings\">\n<h2>Findings</h2>\n<p id=\"selection\" hidden></p>\n");
        if (byFile.isEmpty()) {
            b.append("<p class=\"none\">No findings.</p>\n");
        }
        boolean open = byFile.size() <= OPEN_FILES;
        int number = 0;
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            CallFlow.Node node = flow.document(file.getKey());
            List<String> lines = sourceLines(context, file.getKey());
            b.append("<details class=\"file\"").append(open ? " open" : "").append(" data-path=\"")
                    .append(h(file.getKey())).append('"');
            if (node != null) {
                b.append(" data-node=\"").append(node.id()).append('"');
            }
            b.append("><summary><span class=\"path\">").append(h(file.getKey())).append("</span> <span class=\"count\">")
                    .append(file.getValue().size()).append("</span></summary>\n<ol>\n");
            for (Finding f : file.getValue()) {
                String edge = edgeAt.get(f.path() + ":" + f.line() + ":" + f.column());
                b.append("<li class=\"finding level-").append(f.severity().label()).append("\" id=\"f").append(number++)
                        .append("\" tabindex=\"0\" data-rule=\"").append(h(f.ruleId())).append('"');
                if (node != null) {
                    b.append(" data-node=\"").append(node.id()).append('"');
                }
                if (edge != null) {
                    b.append(" data-edge=\"").append(edge).append('"');
                }
                b.append("><span class=\"loc\">").append(h(f.path())).append(':').append(f.line()).append(':')
                        .append(f.column()).append("</span> <span class=\"level\">").append(f.severity().label())
                        .append("</span> <span class=\"msg\">").append(h(f.message())).append("</span> <code class=\"rule\">")
                        .append(h(f.ruleId())).append("</code>");
                snippet(b, lines, f);
                b.append("</li>\n");
            }
            b.append("</ol>\n</details>\n");
        }
        b.append("</section>\n");
    }

    /** The finding's source line with a caret under its column (cut around the column when long). */
    private static void snippet(StringBuilder b, List<String> lines, Finding f) {
        if (lines == null || f.line() < 1 || f.line() > lines.size()) {
            return;
        }
        String line = lines.get(f.line() - 1);
        int col = Math.max(0, Math.min(f.column() - 1, line.length()));
        int from = 0;
        String lead = "";
        if (line.length() > SOURCE_WIDTH) {
            from = Math.max(0, col - SOURCE_WIDTH / 2);
            lead = from > 0 ? "\u2026" : "";
            line = line.substring(from, Math.min(line.length(), from + SOURCE_WIDTH));
            col -= from;
        }
        String gutter = String.format(Locale.ROOT, "%5d | ", f.line());
        StringBuilder pad = new StringBuilder();
        for (int i = 0; i < col && i < line.length(); i++) {
            pad.append(line.charAt(i) == '\t' ? '\t' : ' ');
        }
        b.append("<pre class=\"src\">").append(h(gutter + lead + Printable.escape(line.replace('\t', ' '))))
                .append('\n').append(" ".repeat(gutter.length() + lead.length()))
                .append(pad.toString().replace('\t', ' ')).append("<span class=\"caret\">^</span></pre>");
    }

    /** The lines of a reported file, or null when it cannot be read (standard input, gone). */
    private static List<String> sourceLines(ReportContext context, String path) {
        try {
            Path file = context.workingDirectory().resolve(path);
            if (!Files.isRegularFile(file)) {
                return null;
            }
            return List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\r\n|\r|\n", -1));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReporter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String h(String s) {
        return XmlText.escape(s);
    }

    /** A coordinate to one decimal, without trailing zeros. */
    private static String num(double d) {
        return java.math.BigDecimal.valueOf(Math.round(d * 10) / 10.0).stripTrailingZeros().toPlainString();
    }
}
