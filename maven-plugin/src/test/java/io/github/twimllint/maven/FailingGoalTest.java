package io.github.twimllint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20 through the Maven goal: failOn none, maxWarnings (parameter and key), JUnit tied to the failing level. */
class FailingGoalTest {
    @TempDir
    Path project;

    private CheckMojo mojo() throws Exception {
        Path src = project.resolve("src/main/twiml");
        Files.createDirectories(src);
        Files.writeString(src.resolve("e.twiml"), "<Dial>+14155550100</Dial>\n");
        Files.writeString(src.resolve("w.xml"), "<Response>\n  <say>a</say>\n  <say>b</say>\n</Response>\n");
        CheckMojo mojo = GoalTests.checkMojo(project, "**/*.twiml", "**/*.xml");
        mojo.sarifOutputFile = project.resolve("target/twiml-lint.sarif").toFile();
        mojo.outputFormats = List.of("junit");
        mojo.consoleOutput = false;
        return mojo;
    }

    @Test
    void failOnNoneDoesNotFailTheBuild() throws Exception {
        CheckMojo mojo = mojo();
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        mojo = mojo();
        mojo.failOn = "none";
        assertThatCode(mojo::execute).doesNotThrowAnyException();
        assertThat(Files.readString(project.resolve("target/twiml-lint-junit.xml"))).contains("failures=\"0\"");
    }

    @Test
    void maxWarningsFailsTheBuildAsAParameterAndAsAKey() throws Exception {
        Files.writeString(project.resolve(".twiml-lint.json"),
                "{\"rules\": {\"unknown-element\": \"warning\", \"root-element\": \"off\"}, \"maxWarnings\": 1}");
        CheckMojo mojo = mojo();
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("2 warnings, more than maxWarnings 1 allows");
        String junit = Files.readString(project.resolve("target/twiml-lint-junit.xml"));
        assertThat(junit).contains("failures=\"0\"").contains("<system-out>");
        mojo = mojo();
        mojo.maxWarnings = 2;
        assertThatCode(mojo::execute).doesNotThrowAnyException();
    }
}
