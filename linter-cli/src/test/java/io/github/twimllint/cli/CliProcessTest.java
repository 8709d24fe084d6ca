package io.github.twimllint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command as users run it: output lines, summary, exit codes, SARIF, standard input. */
class CliProcessTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void project() throws IOException {
        Files.createDirectories(dir.resolve("twiml/sub"));
        Files.writeString(dir.resolve("twiml/clean.xml"),
                "<?xml version=\"1.0\"?>\n<Response>\n  <Say>Hello</Say>\n</Response>\n");
        Files.writeString(dir.resolve("twiml/sub/broken.twiml"),
                "<Response>\n  <Say voice=\"alice\", loop=\"2\">Hi</Say>\n</Response>\n");
        Files.writeString(dir.resolve("twiml/fragment.xml"), "<Dial>\n  <Number>+14155550100</Number>\n</Dial>\n");
        Files.writeString(dir.resolve("twiml/pom.xml"), "<project><modelVersion>4.0.0</modelVersion></project>\n");
        Files.writeString(dir.resolve("twiml/notes.txt"), "<Response><Say/></Response>\n");
    }

    @Test
    void textLinesAreClickableAndSortedWithASummary() {
        Cli.Run r = Cli.run(dir, "twiml");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.FINDINGS);
        // fragment.xml is not reported as a root-element error: in a directory only <Response> *.xml count.
        assertThat(r.out()).isEqualTo(
                "twiml/sub/broken.twiml:2:21: error: attributes are separated by white space, not commas: remove the ','"
                        + " [xml-syntax]\n"
                        + "2 files linted: 1 error, 0 warnings, 0 notes\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aFileNamedExplicitlyIsAlwaysLinted() {
        Cli.Run r = Cli.run(dir, "twiml/fragment.xml", "twiml/clean.xml");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).startsWith("twiml/fragment.xml:1:1: error: the root element is <Dial>")
                .endsWith("[root-element]\n2 files linted: 1 error, 0 warnings, 0 notes\n");
    }

    @Test
    void cleanFilesExitZero() {
        Cli.Run r = Cli.run(dir, "twiml/clean.xml");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).isEqualTo("1 file linted: 0 errors, 0 warnings, 0 notes\n");
    }

    @Test
    void missingPathIsAnInputErrorButOtherFilesAreStillReported() {
        Cli.Run r = Cli.run(dir, "twiml/clean.xml", "nope.xml");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("nope.xml: no such file or directory");
        assertThat(r.out()).contains("1 file linted");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Cli.Run r = Cli.run(dir, "--no-such-option", "twiml");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--no-such-option").contains("--help");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void helpDocumentsTheExitCodes() {
        Cli.Run r = Cli.run(dir, "--help");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("Exit codes:").contains("usage or input error").contains("internal error");
    }

    @Test
    void standardInput() {
        byte[] doc = "<Response>\n<Say>ok</Say>\n</Response".getBytes(StandardCharsets.UTF_8);
        Cli.Run r = Cli.run(dir, doc, "-");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).startsWith("<stdin>:3:").contains("[xml-syntax]");
    }

    @Test
    void sarifToAFileHasRelativePathsAndExactRegions() throws IOException {
        Path sarif = dir.resolve("out.sarif");
        Cli.Run r = Cli.run(dir, "--format", "sarif", "--output", "out.sarif", "twiml");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).isEmpty();
        JsonNode log = new ObjectMapper().readTree(sarif.toFile());
        assertThat(log.path("version").asText()).isEqualTo("2.1.0");
        JsonNode result = log.path("runs").get(0).path("results").get(0);
        assertThat(result.path("ruleId").asText()).isEqualTo("xml-syntax");
        assertThat(result.path("level").asText()).isEqualTo("error");
        assertThat(result.path("message").path("text").asText()).isNotBlank();
        JsonNode physical = result.path("locations").get(0).path("physicalLocation");
        assertThat(physical.path("artifactLocation").path("uri").asText()).isEqualTo("twiml/sub/broken.twiml");
        assertThat(physical.path("region").path("startLine").asInt()).isEqualTo(2);
        assertThat(physical.path("region").path("startColumn").asInt()).isEqualTo(21);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void twoRunsGiveIdenticalOutput() {
        Cli.Run a = Cli.run(dir, "twiml", "twiml/fragment.xml");
        Cli.Run b = Cli.run(dir, "twiml/fragment.xml", "twiml");
        assertThat(a.out()).isEqualTo(b.out());
    }
}
