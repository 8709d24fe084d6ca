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
import java.util.concurrent.TimeUnit;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: the same project through the command line (a child JVM, as users run it) and through
 * the Maven goal (in process) gives the same findings, suppressed findings, summary and verdict.
 * The project uses every configuration key and the options both front ends share: rule levels
 * (with level aliases), unused-suppression asked for by level (reported only by the command line
 * before the run layer), exclude, documentKinds, urlMappings, templates, failOn, a baseline, and
 * the failing level, URL mappings, configuration file and baseline given as options.
 */
class ParityTest {
    @TempDir
    Path project;

    private void write(String path, String text) throws Exception {
        Path f = project.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    private void project() throws Exception {
        write("config/lint.json", "{\n"
                + "  \"rules\": {\"unused-suppression\": \"warning\", \"root-element\": \"warn\",\n"
                + "            \"unknown-attribute\": \"off\", \"url-document-unresolved\": {\"level\": \"warning\"}},\n"
                + "  \"exclude\": [\"**/skip-*.xml\"],\n"
                + "  \"documentKinds\": {\"**/sms/**\": \"messaging\"},\n"
                + "  \"urlMappings\": {\"https://example.com/twiml/\": \"../src/main/twiml\"},\n"
                + "  \"templates\": true,\n"
                + "  \"failOn\": \"error\"\n"
                + "}\n");
        write("src/main/twiml/a.xml", "<Response>\n"
                + "  <say>one</say>\n"
                + "  <say>two</say>\n"
                + "  <Play bogus=\"1\">https://example.com/a.mp3</Play>\n"
                + "  <!-- twiml-lint-disable-next-line invalid-method -->\n"
                + "  <Pause length=\"1\"/>\n"
                + "  <Dial><Number url=\"https://example.com/twiml/missing.xml\">+14155550100</Number></Dial>\n"
                + "</Response>\n");
        write("src/main/twiml/b.twiml", "<Dial>+14155550100</Dial>\n");
        write("src/main/twiml/c.xml", "<Response>\n"
                + "  <Dial><Number url=\"https://example.org/other/gone.xml\">+14155550100</Number></Dial>\n"
                + "</Response>\n");
        write("src/main/twiml/t.xml", "<Response><Say>Hello {{ name }}</Say><Pause length=\"{{ n }}\"/></Response>\n");
        write("src/main/twiml/sms/reply.xml", "<Response><Say>not for messaging</Say></Response>\n");
        write("src/main/twiml/skip-me.xml", "<Response><nope/></Response>\n");
        write("baseline.json", "{\"version\": 1, \"files\": {\"src/main/twiml/a.xml\": {\"unknown-element\": 1}}}\n");
    }

    private JsonNode cli() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.github.twimllint.cli.Main",
                "--config", "config/lint.json", "--fail-on", "warn", "--baseline", "baseline.json",
                "--url-mapping", "https://example.org/other/=src/main/twiml",
                "-f", "json=cli.json", "src/main/twiml"));
        Process p = new ProcessBuilder(cmd).directory(project.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isEqualTo(1);
        return new ObjectMapper().readTree(project.resolve("cli.json").toFile());
    }

    private JsonNode maven() throws Exception {
        CheckMojo mojo = GoalTests.checkMojo(project, "**/*.twiml", "**/*.xml");
        mojo.failOn = "warn";
        mojo.configFile = new File("config/lint.json");
        mojo.baselineFile = new File("baseline.json");
        mojo.urlMappings = List.of("https://example.org/other/=src/main/twiml");
        mojo.sarifOutputFile = project.resolve("target/twiml-lint.sarif").toFile();
        mojo.outputFormats = List.of("json");
        mojo.consoleOutput = false;
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("at level warning or above");
        return new ObjectMapper().readTree(project.resolve("target/twiml-lint.json").toFile());
    }

    @Test
    void theCommandLineAndTheMavenGoalFindTheSame() throws Exception {
        project();
        JsonNode cli = cli();
        JsonNode maven = maven();
        assertThat(maven.path("findings")).isEqualTo(cli.path("findings"));
        assertThat(maven.path("summary")).isEqualTo(cli.path("summary"));
        assertThat(maven.path("files")).isEqualTo(cli.path("files"));

        // Guard that the project exercises what it claims (each key changes the result).
        List<String> rules = new ArrayList<>();
        List<String> suppressed = new ArrayList<>();
        for (JsonNode f : cli.path("findings")) {
            (f.has("suppression") ? suppressed : rules).add(f.path("ruleId").asText() + " " + f.path("path").asText()
                    + ":" + f.path("line").asInt());
        }
        assertThat(rules).contains("unused-suppression src/main/twiml/a.xml:5", "root-element src/main/twiml/b.twiml:1",
                "unknown-element src/main/twiml/a.xml:3", "url-document-unresolved src/main/twiml/a.xml:7",
                "url-document-unresolved src/main/twiml/c.xml:2");
        assertThat(rules).noneMatch(r -> r.startsWith("unknown-attribute") || r.contains("skip-me")
                || r.contains("t.xml"));
        assertThat(rules).anyMatch(r -> r.endsWith("sms/reply.xml:1"));
        assertThat(suppressed).containsExactly("unknown-element src/main/twiml/a.xml:2");
    }
}
