package io.github.twimllint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20 through the Maven goal: a .twiml-lint.jsonc (comments, trailing commas) with overrides; codeclimate. */
class ConfigurationGoalTest {
    @TempDir
    Path project;

    private CheckMojo mojo(String config) throws Exception {
        Files.writeString(project.resolve(".twiml-lint.jsonc"), config);
        for (String f : new String[] {"src/main/twiml/menu.xml", "src/main/twiml/legacy/old.xml"}) {
            Files.createDirectories(project.resolve(f).getParent());
            Files.writeString(project.resolve(f), "<Response>\n  <Nope/>\n</Response>\n");
        }
        CheckMojo mojo = GoalTests.checkMojo(project, "**/*.xml");
        mojo.sarifOutputFile = project.resolve("target/twiml-lint.sarif").toFile();
        mojo.outputFormats = List.of("json", "codeclimate");
        mojo.consoleOutput = false;
        return mojo;
    }

    @Test
    void overridesFromAJsoncFileApplyPerFile() throws Exception {
        CheckMojo mojo = mojo("{\n  // IVR menus\n  \"overrides\": [\n"
                + "    {\"files\": [\"src/main/twiml/**\"], \"rules\": {\"unknown-element\": \"warning\"}},\n"
                + "    {\"files\": [\"src/main/twiml/legacy/**\"], \"rules\": {\"unknown-element\": \"off\"},},\n"
                + "  ],\n}\n");
        mojo.execute();
        JsonNode report = new ObjectMapper().readTree(project.resolve("target/twiml-lint.json").toFile());
        List<String> findings = new ArrayList<>();
        report.path("findings").forEach(f -> findings.add(f.path("path").asText() + " " + f.path("severity").asText()
                + " " + f.path("ruleId").asText()));
        assertThat(findings).containsExactly("src/main/twiml/menu.xml warning unknown-element");
        JsonNode quality = new ObjectMapper().readTree(project.resolve("target/twiml-lint-codeclimate.json").toFile());
        assertThat(quality).hasSize(1);
        assertThat(quality.get(0).path("severity").asText()).isEqualTo("minor");
        assertThat(quality.get(0).path("location").path("path").asText()).isEqualTo("src/main/twiml/menu.xml");
    }

    @Test
    void withoutOverridesTheTopLevelLevelsApply() throws Exception {
        assertThatThrownBy(mojo("{/* nothing */}")::execute).isInstanceOf(MojoFailureException.class);
    }

    @Test
    void aBadOverrideStopsTheBuildWithItsLocation() throws Exception {
        assertThatThrownBy(mojo("{\"overrides\": [{\"rules\": {}}]}")::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining(".twiml-lint.jsonc:1:16: 'overrides.0': \"files\" is missing");
    }
}
