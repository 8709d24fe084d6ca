package io.github.twimllint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20, configuration: --no-config, --print-config, --verbose, discovery that passes over planted files. */
class ConfigurationOptionsTest {
    @TempDir
    Path dir;

    private void project() throws Exception {
        Files.writeString(dir.resolve(".twiml-lint.json"),
                "{\"rules\": {\"root-element\": \"off\", \"unknown-element\": {\"level\": \"warn\", \"options\": {}}},"
                        + " \"exclude\": [\"old/**\"], \"documentKinds\": {\"sms/**\": \"messaging\"}}");
        Files.writeString(dir.resolve("e.twiml"), "<Dial>+14155550100</Dial>\n");
        Files.createDirectories(dir.resolve("old"));
        Files.writeString(dir.resolve("old/x.xml"), "<Response><nope/></Response>\n");
        Files.writeString(dir.resolve("pom.xml"), "<project/>\n");
    }

    @Test
    void noConfigIgnoresTheDiscoveredFileButNotAGivenOne() throws Exception {
        project();
        assertThat(CliRunner.at(dir, "e.twiml").exit()).isZero();
        CliRunner.Result r = CliRunner.at(dir, "--no-config", "e.twiml");
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("root-element");
        assertThat(CliRunner.at(dir, "--no-config", "--config", ".twiml-lint.json", "e.twiml").exit()).isZero();
    }

    @Test
    void printConfigShowsTheEffectiveConfigurationForOneFile() throws Exception {
        project();
        Files.createDirectories(dir.resolve("sms"));
        CliRunner.Result r = CliRunner.at(dir, "--severity", "unknown-attribute=note", "--fail-on", "none",
                "--max-warnings", "3", "--print-config", "sms/a.xml");
        assertThat(r.exit()).as(r.toString()).isZero();
        JsonNode c = new ObjectMapper().readTree(r.out());
        assertThat(c.path("configFile").asText()).isEqualTo(dir.resolve(".twiml-lint.json").toRealPath().toString()
                .replace(dir.toRealPath().toString(), dir.toAbsolutePath().normalize().toString()));
        assertThat(c.path("linted").asBoolean()).isTrue();
        assertThat(c.path("documentKind").asText()).isEqualTo("messaging");
        assertThat(c.path("rules").path("root-element").asText()).isEqualTo("off");
        assertThat(c.path("rules").path("unknown-attribute").asText()).isEqualTo("note");
        assertThat(c.path("rules").path("unknown-element").path("level").asText()).isEqualTo("warning");
        assertThat(c.path("rules").path("invalid-method").asText()).isEqualTo("error");
        assertThat(c.path("failOn").asText()).isEqualTo("none");
        assertThat(c.path("maxWarnings").asInt()).isEqualTo(3);

        JsonNode old = new ObjectMapper().readTree(CliRunner.at(dir, "--print-config", "old/x.xml").out());
        assertThat(old.path("linted").asBoolean()).isFalse();
        JsonNode none = new ObjectMapper().readTree(CliRunner.at(dir, "--no-config", "--print-config", "e.twiml").out());
        assertThat(none.path("configFile").isNull()).isTrue();
        assertThat(none.path("rules").path("root-element").asText()).isEqualTo("error");
    }

    @Test
    void verboseSaysWhichConfigurationEveryFileAndTheTimings() throws Exception {
        project();
        CliRunner.Result r = CliRunner.at(dir, "--verbose", ".");
        assertThat(r.err()).as(r.toString())
                .contains("twiml-lint: configuration: " + dir.toAbsolutePath().normalize().resolve(".twiml-lint.json"))
                .contains("twiml-lint: e.twiml: linted\n")
                .contains("twiml-lint: old/x.xml: skipped, excluded by ")
                .contains("twiml-lint: pom.xml: skipped, not TwiML (the root element is not <Response>)\n")
                .containsPattern("twiml-lint: timings: configuration \\d+ ms, collecting files \\d+ ms,"
                        + " linting \\d+ ms, reports \\d+ ms\n");
        assertThat(CliRunner.at(dir, ".").err()).doesNotContain("configuration:").doesNotContain("linted");
        assertThat(CliRunner.at(dir, "--verbose", "--no-config", ".").err()).contains("configuration: none: discovery turned off");
    }

    /** A .twiml-lint.json planted by another user in a world-writable folder above the project is not obeyed. */
    @Test
    void aPlantedConfigurationInAWorldWritableFolderIsIgnoredWithAWarning() throws Exception {
        assumeTrue(System.getProperty("user.name").equals("root"), "needs root to give files to another user");
        UserPrincipal nobody;
        try {
            nobody = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        } catch (Exception e) {
            assumeTrue(false, "no user nobody");
            return;
        }
        Path shared = dir.resolve("shared");
        Path project = shared.resolve("project");
        Files.createDirectories(project);
        Files.writeString(shared.resolve(".twiml-lint.json"), "{\"rules\": {\"root-element\": \"off\"}}");
        Files.writeString(project.resolve("e.twiml"), "<Dial>+14155550100</Dial>\n");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.setOwner(shared.resolve(".twiml-lint.json"), nobody);
        CliRunner.Result r = CliRunner.at(project, "e.twiml");
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("twiml-lint: ignoring " + shared.toAbsolutePath().normalize().resolve(".twiml-lint.json")
                + ": its folder is writable by every user");
        // Without the world-writable folder the same file is the user's choice... of another owner's file in a private folder.
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(CliRunner.at(project, "e.twiml").exit()).isZero();
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThat(CliRunner.at(project, "--config", "../.twiml-lint.json", "e.twiml").exit()).isZero();
    }
}
