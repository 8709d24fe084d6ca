package io.github.twimllint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twimllint.core.CallFlow;
import io.github.twimllint.core.LintReport;
import io.github.twimllint.core.ProjectFixtures;
import io.github.twimllint.core.report.DotReporter;
import io.github.twimllint.core.report.MermaidReporter;
import io.github.twimllint.core.report.Reporter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The call-flow graph and its DOT and Mermaid reports on the cross-document fixture projects
 * ({@code src/test/resources/projects/}): golden files under {@code src/test/resources/call-flow/}
 * (rewrite with {@code -Dtwimllint.writeGolden=true}), and each DOT report parsed by Graphviz when
 * its {@code dot} command is installed.
 */
class CallFlowReportsTest {
    static final Path PROJECTS = Path.of("src/test/resources/projects");
    static final Path GOLDEN = Path.of("src/test/resources/call-flow");

    @TestFactory
    Stream<DynamicTest> goldenDotAndMermaid() throws IOException {
        List<Path> projects;
        try (Stream<Path> s = Files.list(PROJECTS)) {
            projects = s.filter(Files::isDirectory).sorted().collect(Collectors.toList());
        }
        assertThat(projects).isNotEmpty();
        return projects.stream().flatMap(p -> Stream.of(
                DynamicTest.dynamicTest(p.getFileName() + ".dot", () -> golden(p, new DotReporter(), ".dot")),
                DynamicTest.dynamicTest(p.getFileName() + ".mmd", () -> golden(p, new MermaidReporter(), ".mmd"))));
    }

    private static void golden(Path project, Reporter reporter, String extension) throws IOException {
        String actual = render(project, reporter);
        Path file = GOLDEN.resolve(project.getFileName() + extension);
        if (Boolean.getBoolean("twimllint.writeGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file (rewrite with -Dtwimllint.writeGolden=true)").exists();
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    static String render(Path project, Reporter reporter) throws IOException {
        StringWriter w = new StringWriter();
        reporter.write(ProjectFixtures.lint(project), w);
        return w.toString();
    }

    @Test
    void aWhisperThatDialsIsARedEdgeWithItsRuleAndAWhisperNode() throws IOException {
        CallFlow flow = ProjectFixtures.lint(PROJECTS.resolve("whisper-redirect-dial")).callFlow();
        CallFlow.Node caller = flow.document("caller.xml");
        CallFlow.Node whisper = flow.document("screen/whisper.xml");
        assertThat(whisper.kind()).isEqualTo(CallFlow.Kind.WHISPER);
        assertThat(flow.edges()).filteredOn(e -> e.from().equals(caller.id()) && e.to().equals(whisper.id()))
                .singleElement().satisfies(e -> {
                    assertThat(e.label()).isEqualTo("Client url");
                    assertThat(e.rules()).containsExactly("url-document-dial");
                });
        // The redirect from the whisper is an edge too, made by <Redirect>'s text.
        assertThat(flow.edges()).anySatisfy(e -> {
            assertThat(e.from()).isEqualTo(whisper.id());
            assertThat(e.label()).isEqualTo("Redirect");
            assertThat(flow.nodes().get(Integer.parseInt(e.to().substring(1))).label())
                    .isEqualTo("forward/dial-out.twiml");
        });
    }

    @Test
    void missingAndMappedDocumentsAreNodesOfTheirOwnKind() throws IOException {
        CallFlow missing = ProjectFixtures.lint(PROJECTS.resolve("missing-relative")).callFlow();
        assertThat(missing.nodes()).anySatisfy(n -> assertThat(n.kind()).isEqualTo(CallFlow.Kind.MISSING));
        LintReport mapped = ProjectFixtures.lint(PROJECTS.resolve("absolute-mapped"));
        // Only app/ was named: the mapped whisper is reached through its URL, drawn but not linted.
        assertThat(mapped.callFlow().nodes()).filteredOn(n -> n.kind().document() && !n.linted())
                .isNotEmpty().allSatisfy(n -> assertThat(n.label()).doesNotStartWith("app/"));
    }

    @Test
    void aGatherActionIsAnEdgeThatNoCrossDocumentRuleFollows(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("main.xml"), "<Response>\n  <Gather action=\"menu.xml\"/>\n"
                + "  <Gather action=\"gone.xml\"/>\n</Response>\n");
        Files.writeString(dir.resolve("menu.xml"), "<Response><Dial>+14155550100</Dial></Response>\n");
        LintReport report = ProjectFixtures.lint(dir);
        assertThat(report.findings()).isEmpty();
        CallFlow flow = report.callFlow();
        assertThat(flow.edges()).extracting(CallFlow.Edge::label).containsExactly("Gather action", "Gather action");
        assertThat(flow.nodes()).extracting(n -> n.label() + " " + n.kind().label())
                .containsExactly("main.xml voice", "menu.xml voice", "gone.xml missing");
    }

    /** A thousand documents still make one page: every node drawn, the findings' groups collapsed. */
    @Test
    void aThousandDocumentsMakeOnePage(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        int n = 1000;
        for (int i = 0; i < n; i++) {
            // A menu chain with a whisper on every tenth document: one that dials (url-document-dial).
            String next = i + 1 < n ? "<Gather action=\"d" + (i + 1) + ".xml\"/>" : "<Hangup/>";
            String dial = i % 10 == 0 ? "<Dial><Number url=\"w" + i + ".xml\">+14155550100</Number></Dial>" : "";
            Files.writeString(dir.resolve("d" + i + ".xml"), "<Response>" + dial + next + "</Response>\n");
            if (i % 10 == 0) {
                Files.writeString(dir.resolve("w" + i + ".xml"), "<Response><Dial>+14155550101</Dial></Response>\n");
            }
        }
        LintReport report = ProjectFixtures.lint(dir);
        StringWriter w = new StringWriter();
        new io.github.twimllint.core.report.HtmlReporter().write(report, w);
        String page = w.toString();
        assertThat(report.callFlow().nodes()).hasSize(n + n / 10);
        assertThat(page.split("<g class=\"node ", -1)).hasSize(n + n / 10 + 1);
        assertThat(page.split("<g class=\"edge", -1)).hasSize(n - 1 + n / 10 + 1);
        assertThat(page).contains("<details class=\"file\" data-path=").doesNotContain("<details class=\"file\" open");
    }

    @TestFactory
    Stream<DynamicTest> graphvizParsesEveryDotReport() throws IOException {
        List<Path> golden;
        try (Stream<Path> s = Files.list(GOLDEN)) {
            golden = s.filter(p -> p.toString().endsWith(".dot")).sorted().collect(Collectors.toList());
        }
        return golden.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Assumptions.assumeTrue(dotInstalled(), "skipped: Graphviz's dot command is not installed"
                    + " (apt-get install graphviz; .ci/run installs it)");
            Process p = new ProcessBuilder("dot", "-Tsvg", f.toString()).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String text = new String(out, StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as("dot -Tsvg %s:%n%s", f, text).isZero();
            assertThat(text).as("dot's warnings").doesNotContain("Warning:", "Error:").contains("<svg");
        }));
    }

    static boolean dotInstalled() {
        try {
            Process p = new ProcessBuilder("dot", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
