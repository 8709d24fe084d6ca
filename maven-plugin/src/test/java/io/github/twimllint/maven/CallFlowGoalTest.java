package io.github.twimllint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal writes the call-flow reports to the build directory: target/twiml-lint.html (and .dot, .mmd). */
class CallFlowGoalTest {
    @TempDir
    Path project;

    @Test
    void htmlDotAndMermaidGoToTheBuildDirectory() throws Exception {
        Path src = project.resolve("src/main/twiml");
        Files.createDirectories(src);
        Files.writeString(src.resolve("caller.xml"), "<Response>\n  <Dial>\n"
                + "    <Number url=\"whisper.xml\">+14155550100</Number>\n  </Dial>\n</Response>\n");
        Files.writeString(src.resolve("whisper.xml"), "<Response>\n  <Say>Screening.</Say>\n</Response>\n");
        CheckMojo mojo = GoalTests.checkMojo(project, "**/*.xml");
        mojo.sarifOutputFile = project.resolve("target/twiml-lint.sarif").toFile();
        mojo.outputFormats = List.of("html", "dot", "mermaid");
        mojo.consoleOutput = false;
        assertThatCode(mojo::execute).doesNotThrowAnyException();

        String html = Files.readString(project.resolve("target/twiml-lint.html"));
        assertThat(html).contains("<svg", "data-path=\"src/main/twiml/caller.xml\"",
                "data-path=\"src/main/twiml/whisper.xml\"", "Number url");
        assertThat(Files.readString(project.resolve("target/twiml-lint.dot")))
                .contains("n0 -> n1 [label=\"Number url\"]", "shape=ellipse");
        assertThat(Files.readString(project.resolve("target/twiml-lint.mmd"))).startsWith("flowchart LR\n");
    }
}
