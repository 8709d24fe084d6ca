package io.github.twimllint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twimllint.core.CallFlow;
import io.github.twimllint.core.Dialect;
import io.github.twimllint.core.DocumentFacts;
import io.github.twimllint.core.FileCollector;
import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.Finding;
import io.github.twimllint.core.LintReport;
import io.github.twimllint.core.Linter;
import io.github.twimllint.core.Project;
import io.github.twimllint.core.ProjectContext;
import io.github.twimllint.core.ProjectRule;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.RuleSet;
import io.github.twimllint.core.Severity;
import io.github.twimllint.core.TestDialect;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The call-flow formats (Mermaid, DOT, the HTML page and its layout) on one small project that has
 * a node of every kind and level and edges with and without findings. The engine's tests have no
 * TwiML vocabulary: a test dialect says which references run a whisper or a wait document, and
 * test project rules put findings of each level on references.
 */
class CallFlowReportersTest {

    /** The test dialect, with {@code <Number url>} run as a whisper and {@code <Conference waitUrl>} as hold music. */
    static final class RolesDialect implements Dialect {
        @Override
        public String root() {
            return TestDialect.INSTANCE.root();
        }

        @Override
        public String kindRevealedBy(String topLevelName) {
            return TestDialect.INSTANCE.kindRevealedBy(topLevelName);
        }

        @Override
        public boolean acceptsAtTop(String kind, String topLevelName) {
            return TestDialect.INSTANCE.acceptsAtTop(kind, topLevelName);
        }

        @Override
        public String documentAttribute(String element) {
            return TestDialect.INSTANCE.documentAttribute(element);
        }

        @Override
        public boolean handsOver(String element) {
            return TestDialect.INSTANCE.handsOver(element);
        }

        @Override
        public String runsAs(String element, String attribute) {
            return element.equals("Number") ? "whisper" : element.equals("Conference") ? "wait" : null;
        }
    }

    /** Reports at every reference the predicate picks, at the rule's level. */
    record AtReferences(String id, Severity level, BiPredicate<DocumentFacts.Reference, Project.Resolution> picks)
            implements ProjectRule {
        @Override
        public RuleMeta meta() {
            return RuleMeta.of(id, level, "test rule " + id).build();
        }

        @Override
        public void check(Project project, ProjectContext ctx) {
            for (DocumentFacts d : project.documents()) {
                for (DocumentFacts.Reference r : d.references()) {
                    if (picks.test(r, project.resolve(d, r))) {
                        ctx.report(d, r, id + " at " + r.value(), List.of());
                    }
                }
            }
        }
    }

    @TempDir
    static Path dir;
    static LintReport report;

    @BeforeAll
    static void lintTheProject() throws IOException {
        write("main.xml", "<Response>\n<Dial>\n<Number url=\"whisper.xml\">1</Number>\n"
                + "<Conference waitUrl=\"hold.xml\">room</Conference>\n<Number url=\"gone.xml\">2</Number>\n"
                + "<Number url=\"https://x.example/w.xml\">3</Number>\n</Dial>\n<Redirect>sms.xml</Redirect>\n"
                + "</Response>\n");
        write("side.xml", "<Response>\n<Dial><Number url=\"whisper.xml\">9</Number></Dial>\n</Response>\n");
        write("plain.xml", "<Response>\n<Redirect>https://x.example/w.xml</Redirect>\n</Response>\n");
        write("sms.xml", "<Response>\n<Message>hi</Message>\n</Response>\n");
        write("whisper.xml", "<Response><Say>hello</Say></Response>\n");
        write("hold.xml", "<Response><Play>m.mp3</Play></Response>\n");
        RuleSet rules = RuleSet.of().withProjectRules(
                () -> new AtReferences("test-missing", Severity.ERROR,
                        (r, res) -> res.status() == Project.Resolution.Status.MISSING),
                () -> new AtReferences("test-a-missing", Severity.NOTE,
                        (r, res) -> res.status() == Project.Resolution.Status.MISSING),
                () -> new AtReferences("test-whisper", Severity.WARNING,
                        (r, res) -> res.resolved() && res.target().path().equals("whisper.xml")),
                () -> new AtReferences("test-wait", Severity.NOTE, (r, res) -> "waitUrl".equals(r.attribute())),
                () -> new AtReferences("test-external", Severity.NOTE,
                        (r, res) -> res.status() == Project.Resolution.Status.LEFT_ALONE));
        Linter linter = Linter.builder(rules).dialect(new RolesDialect()).jobs(1).build();
        report = linter.lint(new FileCollector(dir).collect(
                List.of(Path.of("main.xml"), Path.of("side.xml"), Path.of("plain.xml"), Path.of("sms.xml"))).sources());
    }

    private static void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String render(Reporter reporter, LintReport r) throws IOException {
        StringWriter out = new StringWriter();
        reporter.write(r, new ReportContext(dir, null, null, null, List.of(), Instant.EPOCH, null), out);
        return out.toString();
    }

    @Test
    void theGraphHasANodePerDocumentAndURLAndAnEdgePerReference() {
        CallFlow flow = report.callFlow();
        assertThat(flow.nodes()).extracting(n -> n.id() + " " + n.label() + " " + n.kind().label() + " "
                        + n.worst() + " " + n.linted() + " " + n.findings())
                .containsExactly(
                        "n0 hold.xml wait null false 0",
                        "n1 main.xml voice ERROR true 5",
                        "n2 plain.xml document NOTE true 1",
                        "n3 side.xml voice WARNING true 1",
                        "n4 sms.xml messaging null true 0",
                        "n5 whisper.xml whisper null false 0",
                        "n6 gone.xml missing null false 0",
                        "n7 https://x.example/w.xml external null false 0");
        assertThat(flow.edges()).extracting(e -> e.from() + "->" + e.to() + " " + e.label() + " " + e.url() + " "
                        + e.line() + ":" + e.column() + " " + e.rules() + " " + e.worst())
                .containsExactly(
                        "n1->n5 Number url whisper.xml 3:14 [test-whisper] WARNING",
                        "n1->n0 Conference waitUrl hold.xml 4:22 [test-wait] NOTE",
                        "n1->n6 Number url gone.xml 5:14 [test-a-missing, test-missing] ERROR",
                        "n1->n7 Number url https://x.example/w.xml 6:14 [test-external] NOTE",
                        "n1->n4 Redirect sms.xml 8:11 [] null",
                        "n2->n7 Redirect https://x.example/w.xml 2:11 [test-external] NOTE",
                        "n3->n5 Number url whisper.xml 2:20 [test-whisper] WARNING");
        assertThat(flow.document("main.xml").id()).isEqualTo("n1");
        assertThat(flow.document("gone.xml")).as("a missing document is no document").isNull();
        assertThat(flow.document("nowhere.xml")).isNull();
    }

    @Test
    void mermaidDrawsShapesByKindClassesByLevelAndColoursEdgesWithFindings() throws IOException {
        assertThat(render(new MermaidReporter(), report)).isEqualTo("flowchart LR\n"
                + "  n0{{\"hold.xml\"}}:::unlinted\n"
                + "  n1[\"main.xml\"]:::error\n"
                + "  n2(\"plain.xml\"):::note\n"
                + "  n3[\"side.xml\"]:::warning\n"
                + "  n4[/\"sms.xml\"/]:::clean\n"
                + "  n5([\"whisper.xml\"]):::unlinted\n"
                + "  n6>\"gone.xml\"]:::nowhere\n"
                + "  n7>\"https://x.example/w.xml\"]:::nowhere\n"
                + "  n1 -->|\"Number url: test-whisper\"| n5\n"
                + "  n1 -->|\"Conference waitUrl: test-wait\"| n0\n"
                + "  n1 -.->|\"Number url: test-a-missing, test-missing\"| n6\n"
                + "  n1 -.->|\"Number url: test-external\"| n7\n"
                + "  n1 -->|\"Redirect\"| n4\n"
                + "  n2 -.->|\"Redirect: test-external\"| n7\n"
                + "  n3 -->|\"Number url: test-whisper\"| n5\n"
                + "  linkStyle 0 stroke:#bf8700,stroke-width:2px,color:#bf8700\n"
                + "  linkStyle 1 stroke:#0969da,stroke-width:2px,color:#0969da\n"
                + "  linkStyle 2 stroke:red,stroke-width:2px,color:red\n"
                + "  linkStyle 3 stroke:#0969da,stroke-width:2px,color:#0969da\n"
                + "  linkStyle 5 stroke:#0969da,stroke-width:2px,color:#0969da\n"
                + "  linkStyle 6 stroke:#bf8700,stroke-width:2px,color:#bf8700\n"
                + "  classDef error stroke:#cf222e,stroke-width:2px\n"
                + "  classDef warning stroke:#bf8700,stroke-width:2px\n"
                + "  classDef note stroke:#0969da,stroke-width:2px\n"
                + "  classDef clean stroke:#1a7f37\n"
                + "  classDef unlinted stroke:#6e7781\n"
                + "  classDef nowhere stroke:#6e7781,stroke-dasharray:4 3\n");
    }

    @Test
    void mermaidLabelsCannotBreakOutOfTheirQuotes() {
        assertThat(MermaidReporter.text("a\"b#c<d>e|f\u0007g\nh\u202ei"))
                .isEqualTo("\"a#quot;b#35;c#lt;d#gt;e#124;f\\x07g\\nh\\u202ei\"");
    }

    @Test
    void dotDrawsShapesByKindColoursByLevelAndDashesURLsThatNameNoDocument() throws IOException {
        String grey = "color=\"#6e7781\"";
        assertThat(render(new DotReporter(), report)).isEqualTo("digraph \"twiml-lint\" {\n"
                + "  rankdir=LR;\n"
                + "  node [fontname=\"Helvetica\", fontsize=11, style=\"filled\", fillcolor=\"white\"];\n"
                + "  edge [fontname=\"Helvetica\", fontsize=9];\n"
                + "  n0 [label=\"hold.xml\", shape=hexagon, " + grey
                + ", tooltip=\"wait, not linted (reached through a reference)\"];\n"
                + "  n1 [label=\"main.xml\", shape=box, color=\"#cf222e\", penwidth=2,"
                + " tooltip=\"voice, 5 findings (worst: error)\"];\n"
                + "  n2 [label=\"plain.xml\", shape=box, style=\"rounded,filled\", color=\"#0969da\", penwidth=2,"
                + " tooltip=\"document, 1 finding (worst: note)\"];\n"
                + "  n3 [label=\"side.xml\", shape=box, color=\"#bf8700\", penwidth=2,"
                + " tooltip=\"voice, 1 finding (worst: warning)\"];\n"
                + "  n4 [label=\"sms.xml\", shape=parallelogram, color=\"#1a7f37\", tooltip=\"messaging, no findings\"];\n"
                + "  n5 [label=\"whisper.xml\", shape=ellipse, " + grey
                + ", tooltip=\"whisper, not linted (reached through a reference)\"];\n"
                + "  n6 [label=\"gone.xml\", shape=note, " + grey + ", style=\"dashed\","
                + " tooltip=\"missing: no such document\"];\n"
                + "  n7 [label=\"https://x.example/w.xml\", shape=box, " + grey + ", style=\"dashed\","
                + " tooltip=\"external URL: not followed\"];\n"
                + "  n1 -> n5 [label=\"Number url\\ntest-whisper\", color=\"#bf8700\", fontcolor=\"#bf8700\", penwidth=2];\n"
                + "  n1 -> n0 [label=\"Conference waitUrl\\ntest-wait\", color=\"#0969da\", fontcolor=\"#0969da\","
                + " penwidth=2];\n"
                + "  n1 -> n6 [label=\"Number url\\ntest-a-missing\\ntest-missing\", color=\"red\", fontcolor=\"red\","
                + " penwidth=2];\n"
                + "  n1 -> n7 [label=\"Number url\\ntest-external\", color=\"#0969da\", fontcolor=\"#0969da\","
                + " penwidth=2];\n"
                + "  n1 -> n4 [label=\"Redirect\"];\n"
                + "  n2 -> n7 [label=\"Redirect\\ntest-external\", color=\"#0969da\", fontcolor=\"#0969da\","
                + " penwidth=2];\n"
                + "  n3 -> n5 [label=\"Number url\\ntest-whisper\", color=\"#bf8700\", fontcolor=\"#bf8700\", penwidth=2];\n"
                + "}\n");
    }

    @Test
    void dotStringsEscapeQuotesBackslashesLineBreaksAndControlCharacters() {
        assertThat(DotReporter.quote("a\"b\\c\nd\u0007e\u202ef\tg"))
                .isEqualTo("\"a\\\"b\\\\c\\nd\\\\x07e\\\\u202ef\\\\tg\"");
    }

    @Test
    void anEmptyReportIsAnEmptyGraphInEveryFormat() throws IOException {
        LintReport empty = new LintReport(List.of(), List.of());
        assertThat(render(new MermaidReporter(), empty)).startsWith("flowchart LR\n  classDef error ");
        assertThat(render(new DotReporter(), empty)).endsWith("  edge [fontname=\"Helvetica\", fontsize=9];\n}\n");
        StringWriter out = new StringWriter();
        new HtmlReporter().write(empty, out); // without a context: the working directory's defaults
        String page = out.toString();
        assertThat(page).contains("<p id=\"summary\">0 files linted: 0 errors, 0 warnings, 0 notes; 0 documents,"
                        + " 0 links, 0 URLs leading to no document of the project</p>")
                .contains("<p class=\"none\">No findings.</p>")
                .doesNotContain("<g class=\"node", "<g class=\"edge", "<details");
    }

    @Test
    void describeSaysWhatANodeIs() {
        assertThat(FlowStyle.describe(new CallFlow.Node("n0", "a.xml", CallFlow.Kind.VOICE, Severity.ERROR, true, 2)))
                .isEqualTo("voice, 2 findings (worst: error)");
        assertThat(FlowStyle.describe(new CallFlow.Node("n0", "a.xml", CallFlow.Kind.MESSAGING, Severity.NOTE, true, 1)))
                .isEqualTo("messaging, 1 finding (worst: note)");
        assertThat(FlowStyle.describe(new CallFlow.Node("n0", "a.xml", CallFlow.Kind.WAIT, null, true, 0)))
                .isEqualTo("wait, no findings");
        assertThat(FlowStyle.colour(null, true)).isEqualTo("#1a7f37");
        assertThat(FlowStyle.colour(null, false)).isEqualTo("#6e7781");
        assertThat(FlowStyle.colour(Severity.NOTE, false)).isEqualTo("#0969da");
    }

    // --- Layout ---

    /** Each edge's label lines as the page draws them: the reference, then the rule ids on it. */
    private static List<List<String>> edgeLabels(CallFlow flow) {
        List<List<String>> labels = new ArrayList<>();
        for (CallFlow.Edge e : flow.edges()) {
            List<String> lines = new ArrayList<>(List.of(e.label()));
            lines.addAll(e.rules());
            labels.add(lines);
        }
        return labels;
    }

    private static final org.assertj.core.data.Offset<Double> OFF = org.assertj.core.data.Offset.offset(0.01);

    @Test
    void nodesAreAsWideAsTheirLabelsAndEdgesRunLeftToRightBetweenThem() {
        CallFlow flow = report.callFlow();
        List<List<String>> labels = edgeLabels(flow);
        FlowLayout.Drawing d = FlowLayout.layout(flow, labels);
        assertThat(FlowLayout.nodeWidth("ab")).as("the narrowest node").isEqualTo(60);
        assertThat(FlowLayout.nodeWidth("a.xml")).isEqualTo(5 * 7.2 + 28);
        assertThat(FlowLayout.nodeWidth("0123456789")).isEqualTo(10 * 7.2 + 28);
        assertThat(d.nodes()).hasSize(8);
        for (int i = 0; i < d.nodes().size(); i++) {
            FlowLayout.Box b = d.nodes().get(i);
            assertThat(b.width()).isEqualTo(FlowLayout.nodeWidth(flow.nodes().get(i).label()));
            assertThat(b.height()).isEqualTo(32);
            assertThat(b.x()).isGreaterThanOrEqualTo(0);
            assertThat(b.y()).isGreaterThanOrEqualTo(0);
            assertThat(b.x() + b.width()).isLessThanOrEqualTo(d.width());
            assertThat(b.y() + b.height()).isLessThanOrEqualTo(d.height());
            for (int j = 0; j < i; j++) {
                FlowLayout.Box o = d.nodes().get(j);
                boolean apart = b.x() + b.width() <= o.x() || o.x() + o.width() <= b.x()
                        || b.y() + b.height() <= o.y() || o.y() + o.height() <= b.y();
                assertThat(apart).as("%s and %s overlap", flow.nodes().get(i).label(), flow.nodes().get(j).label())
                        .isTrue();
            }
        }
        assertThat(d.edges()).hasSize(7);
        for (int i = 0; i < d.edges().size(); i++) {
            FlowLayout.Route r = d.edges().get(i);
            FlowLayout.Box from = d.nodes().get(Integer.parseInt(flow.edges().get(i).from().substring(1)));
            FlowLayout.Box to = d.nodes().get(Integer.parseInt(flow.edges().get(i).to().substring(1)));
            assertThat(r.points().size()).isGreaterThanOrEqualTo(2);
            double[] start = r.points().get(0);
            double[] end = r.points().get(r.points().size() - 1);
            assertThat(start[0]).as("edge %d leaves its source's right side", i).isCloseTo(from.x() + from.width(), OFF);
            assertThat(start[1]).isBetween(from.y(), from.y() + from.height());
            assertThat(end[0]).as("edge %d enters its target's left side", i).isCloseTo(to.x(), OFF);
            assertThat(end[1]).isBetween(to.y(), to.y() + to.height());
            List<String> lines = labels.get(i);
            int longest = lines.stream().mapToInt(String::length).max().orElseThrow();
            assertThat(r.label().width()).isEqualTo(longest * 6.0 + 6);
            assertThat(r.label().height()).isEqualTo(lines.size() * 13.0 + 2);
        }
    }

    // --- HTML ---

    /** The page's form of a coordinate: one decimal, no trailing zeros. */
    private static String num(double d) {
        return BigDecimal.valueOf(Math.round(d * 10) / 10.0).stripTrailingZeros().toPlainString();
    }

    @Test
    void thePageSummarisesDrawsEveryNodeWhereTheLayoutPutsIt() throws IOException {
        String page = render(new HtmlReporter(), report);
        assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                        + " style-src 'unsafe-inline'; script-src 'unsafe-inline'\">")
                .contains("<p id=\"summary\">4 files linted: 1 error, 2 warnings, 4 notes; 6 documents, 7 links,"
                        + " 2 URLs leading to no document of the project</p>")
                .endsWith("</script>\n</body>\n</html>\n")
                .as("the style and the script are inline").doesNotContain("<style>\n</style>", "<script>\n</script>");

        CallFlow flow = report.callFlow();
        List<List<String>> labels = edgeLabels(flow);
        FlowLayout.Drawing d = FlowLayout.layout(flow, labels);
        long w = Math.round(d.width() + 24);
        long h = Math.round(d.height() + 24);
        assertThat(page).contains("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"flow-svg\" width=\"" + w
                + "\" height=\"" + h + "\" viewBox=\"0 0 " + w + " " + h + "\"");
        assertThat(page).contains("<g transform=\"translate(12.0,12.0)\">");

        String[] classes = {"kind-wait level-unlinted", "kind-voice level-error", "kind-document level-note",
            "kind-voice level-warning", "kind-messaging level-clean", "kind-whisper level-unlinted",
            "kind-missing level-nowhere", "kind-external level-nowhere"};
        for (int i = 0; i < flow.nodes().size(); i++) {
            CallFlow.Node n = flow.nodes().get(i);
            FlowLayout.Box b = d.nodes().get(i);
            String head = "<g class=\"node " + classes[i] + "\" id=\"n" + i + "\" data-path=\"" + n.label()
                    + "\" tabindex=\"0\" role=\"button\"><title>" + n.label() + ": " + FlowStyle.describe(n) + "</title>";
            String label = "<text x=\"" + num(b.x() + b.width() / 2) + "\" y=\"" + num(b.y() + 20) + "\">"
                    + n.label() + "</text>";
            String badge = n.findings() == 0 ? "" : "<text class=\"badge\" x=\"" + num(b.x() + b.width() - 4)
                    + "\" y=\"" + num(b.y() - 3) + "\">" + n.findings() + "</text>";
            assertThat(page).contains(head + shape(n.kind(), b) + label + badge + "</g>\n");
        }
    }

    /** What the page should draw for a node of that kind in that box. */
    private static String shape(CallFlow.Kind kind, FlowLayout.Box b) {
        double x = b.x();
        double y = b.y();
        double r = b.x() + b.width();
        double bottom = b.y() + b.height();
        switch (kind) {
            case MESSAGING:
                return "<polygon points=\"" + num(x + 8) + "," + num(y) + " " + num(r) + "," + num(y) + " "
                        + num(r - 8) + "," + num(bottom) + " " + num(x) + "," + num(bottom) + "\"/>";
            case WAIT:
                return "<polygon points=\"" + num(x + 10) + "," + num(y) + " " + num(r - 10) + "," + num(y) + " "
                        + num(r) + "," + num(y + 16) + " " + num(r - 10) + "," + num(bottom) + " " + num(x + 10) + ","
                        + num(bottom) + " " + num(x) + "," + num(y + 16) + "\"/>";
            default:
                String radius = kind == CallFlow.Kind.WHISPER ? "16" : kind == CallFlow.Kind.VOICE ? "2" : "8";
                return "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(b.width()) + "\" height=\"32\""
                        + " rx=\"" + radius + "\"/>";
        }
    }

    @Test
    void thePageDrawsEveryEdgeAlongItsRouteWithItsLabelLines() throws IOException {
        String page = render(new HtmlReporter(), report);
        CallFlow flow = report.callFlow();
        List<List<String>> labels = edgeLabels(flow);
        FlowLayout.Drawing d = FlowLayout.layout(flow, labels);
        for (int i = 0; i < flow.edges().size(); i++) {
            CallFlow.Edge e = flow.edges().get(i);
            FlowLayout.Route r = d.edges().get(i);
            StringBuilder path = new StringBuilder();
            for (int p = 0; p < r.points().size(); p++) {
                path.append(p == 0 ? "M" : "L").append(num(r.points().get(p)[0])).append(',')
                        .append(num(r.points().get(p)[1]));
            }
            StringBuilder text = new StringBuilder("<text x=\"" + num(r.label().x() + 3) + "\" y=\""
                    + num(r.label().y()) + "\">");
            for (int l = 0; l < labels.get(i).size(); l++) {
                text.append("<tspan x=\"").append(num(r.label().x() + 3)).append("\" dy=\"13\"")
                        .append(l > 0 ? " class=\"rule\"" : "").append('>').append(labels.get(i).get(l)).append("</tspan>");
            }
            String level = e.worst() == null ? "" : " level-" + e.worst().label();
            assertThat(page).contains("<g class=\"edge" + level + "\" id=\"e" + i + "\" data-from=\"" + e.from()
                    + "\" data-to=\"" + e.to() + "\"><title>" + e.label() + " " + e.url()
                    + "</title><path marker-end=\"url(#arrow)\" d=\"" + path + "\"/>" + text + "</text></g>\n");
        }
    }

    @Test
    void findingsAreListedByFileWithTheirNodeEdgeAndSourceLine() throws IOException {
        String page = render(new HtmlReporter(), report);
        String findings = page.substring(page.indexOf("<section id=\"findings\">"), page.indexOf("</main>"));
        assertThat(findings).isEqualTo("<section id=\"findings\">\n<h2>Findings</h2>\n<p id=\"selection\" hidden></p>\n"
                + "<details class=\"file\" open data-path=\"main.xml\" data-node=\"n1\"><summary><span class=\"path\">"
                + "main.xml</span> <span class=\"count\">5</span></summary>\n<ol>\n"
                + item(0, "main.xml", 3, 14, "warning", "test-whisper", "whisper.xml", "n1", "e0",
                        "<Number url=\"whisper.xml\">1</Number>")
                + item(1, "main.xml", 4, 22, "note", "test-wait", "hold.xml", "n1", "e1",
                        "<Conference waitUrl=\"hold.xml\">room</Conference>")
                + item(2, "main.xml", 5, 14, "note", "test-a-missing", "gone.xml", "n1", "e2",
                        "<Number url=\"gone.xml\">2</Number>")
                + item(3, "main.xml", 5, 14, "error", "test-missing", "gone.xml", "n1", "e2",
                        "<Number url=\"gone.xml\">2</Number>")
                + item(4, "main.xml", 6, 14, "note", "test-external", "https://x.example/w.xml", "n1", "e3",
                        "<Number url=\"https://x.example/w.xml\">3</Number>")
                + "</ol>\n</details>\n"
                + "<details class=\"file\" open data-path=\"plain.xml\" data-node=\"n2\"><summary><span class=\"path\">"
                + "plain.xml</span> <span class=\"count\">1</span></summary>\n<ol>\n"
                + item(5, "plain.xml", 2, 11, "note", "test-external", "https://x.example/w.xml", "n2", "e5",
                        "<Redirect>https://x.example/w.xml</Redirect>")
                + "</ol>\n</details>\n"
                + "<details class=\"file\" open data-path=\"side.xml\" data-node=\"n3\"><summary><span class=\"path\">"
                + "side.xml</span> <span class=\"count\">1</span></summary>\n<ol>\n"
                + item(6, "side.xml", 2, 20, "warning", "test-whisper", "whisper.xml", "n3", "e6",
                        "<Dial><Number url=\"whisper.xml\">9</Number></Dial>")
                + "</ol>\n</details>\n</section>\n");
    }

    /** A finding's list item as the page writes it, with the caret under the column. */
    private static String item(int number, String path, int line, int column, String level, String rule, String value,
                               String node, String edge, String source) {
        return "<li class=\"finding level-" + level + "\" id=\"f" + number + "\" tabindex=\"0\" data-rule=\"" + rule
                + "\" data-node=\"" + node + "\"" + (edge == null ? "" : " data-edge=\"" + edge + "\"")
                + "><span class=\"loc\">" + path + ":" + line + ":" + column + "</span> <span class=\"level\">" + level
                + "</span> <span class=\"msg\">" + rule + " at " + value + "</span> <code class=\"rule\">" + rule
                + "</code><pre class=\"src\">" + String.format("%5d | ", line) + XmlText.escape(source) + "\n"
                + " ".repeat(8 + column - 1) + "<span class=\"caret\">^</span></pre></li>\n";
    }

    @Test
    void aLongSourceLineIsCutAroundTheColumnAndTabsKeepTheCaretInPlace() throws IOException {
        String longLine = "<Response>" + "x".repeat(300);
        write("long.xml", longLine + "\n\tab<b>\n");
        List<Finding> found = List.of(
                finding("long.xml", 0, 1),
                finding("long.xml", 1, 5),
                finding("long.xml", 1, 200),
                finding("long.xml", 2, 4),
                finding("long.xml", 2, 99),
                finding("long.xml", 3, 1),
                finding("long.xml", 4, 1));
        LintReport r = new LintReport(List.of(new FileResult("long.xml", found, false, null, null)), List.of());
        String page = render(new HtmlReporter(), r);
        List<String> snippets = new ArrayList<>();
        Matcher m = Pattern.compile("<li [^>]*>.*?</code>(.*?)</li>", Pattern.DOTALL).matcher(page);
        while (m.find()) {
            snippets.add(m.group(1));
        }
        String caret = "<span class=\"caret\">^</span></pre>";
        // Column 200 of a 310-character line: 80 characters before it (from 120), an ellipsis for the cut.
        String cut = longLine.substring(119, 279);
        assertThat(snippets).containsExactly(
                "",
                "<pre class=\"src\">    1 | " + XmlText.escape(longLine.substring(0, 160)) + "\n" + " ".repeat(8 + 4) + caret,
                "<pre class=\"src\">    1 | \u2026" + cut + "\n" + " ".repeat(8 + 1 + 80) + caret,
                "<pre class=\"src\">    2 |  ab&lt;b&gt;\n" + " ".repeat(8 + 3) + caret,
                "<pre class=\"src\">    2 |  ab&lt;b&gt;\n" + " ".repeat(8 + 6) + caret,
                "<pre class=\"src\">    3 | \n" + " ".repeat(8) + caret,
                "");
        String exactly = "<Say>" + "y".repeat(SOURCE_WIDTH - 5);
        write("exact.xml", exactly + "\n");
        String whole = render(new HtmlReporter(), new LintReport(List.of(new FileResult("exact.xml",
                List.of(finding("exact.xml", 1, 100)), false, null, null)), List.of()));
        assertThat(whole).as("a line of exactly %d characters is shown whole", SOURCE_WIDTH)
                .contains("<pre class=\"src\">    1 | " + XmlText.escape(exactly) + "\n" + " ".repeat(8 + 99) + caret);
        assertThat(page).contains("<details class=\"file\" open data-path=\"long.xml\"><summary>")
                .doesNotContain("data-node=", "data-edge=");
    }

    private static final int SOURCE_WIDTH = HtmlReporter.SOURCE_WIDTH;

    private static Finding finding(String path, int line, int column) {
        return new Finding("test-rule", Severity.WARNING, "m", path, line, column, line, column + 1, "/", List.of());
    }

    @Test
    void findingsOfManyFilesStartCollapsedAndUnreadableSourcesShowNoLine() throws IOException {
        List<FileResult> files = new ArrayList<>();
        for (int i = 0; i <= HtmlReporter.OPEN_FILES; i++) {
            String name = String.format("f%02d.xml", i);
            files.add(new FileResult(name, List.of(finding(name, 1, 1)), false, null, null));
        }
        String many = render(new HtmlReporter(), new LintReport(files, List.of()));
        assertThat(many.split("<details class=\"file\" data-path=", -1)).hasSize(HtmlReporter.OPEN_FILES + 2);
        assertThat(many).doesNotContain("<details class=\"file\" open", "<pre class=\"src\">");

        String few = render(new HtmlReporter(), new LintReport(files.subList(0, HtmlReporter.OPEN_FILES), List.of()));
        assertThat(few.split("<details class=\"file\" open data-path=", -1)).hasSize(HtmlReporter.OPEN_FILES + 1);
    }
}
