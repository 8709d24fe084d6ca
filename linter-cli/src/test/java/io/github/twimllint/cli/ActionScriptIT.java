package io.github.twimllint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.twimllint.core.Version;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub Action's logic (.github/action/run.sh) run as the composite action runs it, with
 * simulated GITHUB_* variables: workspace, output file, step summary, action path.
 */
class ActionScriptIT {
    static final Path SCRIPT = InProcessCli.REPO.resolve(".github/action/run.sh");
    static final String BASE = "twiml-lint-" + Version.VERSION;
    static final Path ARCHIVE = Path.of("target", BASE + ".tar.gz").toAbsolutePath();

    @TempDir
    Path tmp;
    Path workspace;
    Path output;
    Path summary;
    Map<String, String> env;

    @BeforeEach
    void simulatedRunner() throws IOException {
        assumeTrue(Exec.onPath("bash"), "bash is not installed");
        workspace = Files.createDirectories(tmp.resolve("work space"));
        output = tmp.resolve("github_output");
        summary = tmp.resolve("step_summary");
        Files.createFile(output);
        Files.createFile(summary);
        env = new HashMap<>();
        env.put("PATH", Exec.java().getParent() + java.io.File.pathSeparator + System.getenv("PATH"));
        env.put("GITHUB_WORKSPACE", workspace.toString());
        env.put("GITHUB_OUTPUT", output.toString());
        env.put("GITHUB_STEP_SUMMARY", summary.toString());
        env.put("GITHUB_ACTION_PATH", InProcessCli.REPO.toString());
        env.put("RUNNER_TEMP", Files.createDirectories(tmp.resolve("runner temp")).toString());
    }

    private Exec script(String command) throws Exception {
        return Exec.run(workspace, env, 180, List.of("bash", SCRIPT.toString(), command));
    }

    private Map<String, String> outputs() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(output)) {
            int eq = line.indexOf('=');
            out.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return out;
    }

    /** The release archive unpacked, as the install step leaves it. */
    private Path installed() throws Exception {
        Path into = Files.createDirectories(tmp.resolve("installed"));
        assertThat(Exec.run(into, env, 60, List.of("tar", "xzf", ARCHIVE.toString())).exitCode()).isZero();
        return into.resolve(BASE);
    }

    @Test
    void lintWritesOutputsSummaryTableAndSarifAndFailsOnFindings() throws Exception {
        Files.createDirectories(workspace.resolve("twiml"));
        Files.writeString(workspace.resolve("twiml/bad.twiml"), ReleaseArchiveIT.BAD);
        Files.writeString(workspace.resolve("twiml/clean.xml"), ReleaseArchiveIT.CLEAN);
        Files.createDirectories(workspace.resolve("more docs"));
        Files.writeString(workspace.resolve("more docs/pipe.twiml"),
                "<Response>\n  <Play loop=\"-1\">https://example.com/a|b.mp3</Play>\n</Response>\n");
        Files.writeString(workspace.resolve("not-linted.twiml"), ReleaseArchiveIT.BAD);
        env.put("TWIML_LINT_HOME", installed().toString());
        env.put("INPUT_PATH", "twiml\n  more docs  \n");
        Exec lint = script("lint");

        assertThat(lint.exitCode()).as(lint.output()).isEqualTo(1);
        assertThat(lint.output()).as("the text report in the log").contains("twiml/bad.twiml:2:17: error:", "[invalid-method]");
        Map<String, String> out = outputs();
        assertThat(out).containsEntry("sarif-file", "twiml-lint.sarif").containsEntry("exit-code", "1");
        int findings = Integer.parseInt(out.get("findings"));
        assertThat(findings).isEqualTo(lint.output().lines().filter(l -> l.matches(".+:\\d+:\\d+: (error|warning|note): .*\\]")).count());
        String table = Files.readString(summary);
        assertThat(table).startsWith("### twiml-lint\n").contains("3 files linted",
                "| Level | Rule | Location | Message |\n|---|---|---|---|\n",
                "| error | `invalid-method` | twiml/bad.twiml:2:17 | method=\"PUT\" on <Dial>:")
                .as("only the paths given").doesNotContain("not-linted");
        assertThat(table.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| Level")).count()).isEqualTo(findings);
        String sarif = Files.readString(workspace.resolve("twiml-lint.sarif"), StandardCharsets.UTF_8);
        assertThat(sarif).as("paths relative to the workspace").contains("\"uri\" : \"twiml/bad.twiml\"");
    }

    @Test
    void cleanWorkspacePassesWithNoFindings() throws Exception {
        Files.writeString(workspace.resolve("ok.twiml"), ReleaseArchiveIT.CLEAN);
        env.put("TWIML_LINT_HOME", installed().toString());
        env.put("INPUT_SARIF_FILE", "reports/out.sarif");
        Files.createDirectories(workspace.resolve("reports"));
        Exec lint = script("lint");
        assertThat(lint.exitCode()).as(lint.output()).isZero();
        assertThat(outputs()).containsEntry("findings", "0").containsEntry("exit-code", "0")
                .containsEntry("sarif-file", "reports/out.sarif");
        assertThat(workspace.resolve("reports/out.sarif")).isNotEmptyFile();
        assertThat(Files.readString(summary)).contains("1 file linted", "No findings.");
    }

    @Test
    void usageErrorIsReportedNotHidden() throws Exception {
        Files.writeString(workspace.resolve("ok.twiml"), ReleaseArchiveIT.CLEAN);
        env.put("TWIML_LINT_HOME", installed().toString());
        env.put("INPUT_CONFIG", "missing.json");
        Exec lint = script("lint");
        assertThat(lint.exitCode()).as(lint.output()).isEqualTo(2);
        assertThat(outputs()).containsEntry("exit-code", "2").containsEntry("findings", "0");
        assertThat(Files.readString(summary)).contains("stopped with exit code 2");
    }

    @Test
    void installDownloadsTheReleaseAndChecksItsChecksum() throws Exception {
        assumeTrue(Exec.onPath("curl"), "curl is not installed");
        Path dir = Files.createDirectories(tmp.resolve("releases/v" + Version.VERSION));
        Files.copy(ARCHIVE, dir.resolve(ARCHIVE.getFileName()));
        String sum = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(ARCHIVE)));
        Files.writeString(dir.resolve("SHA256SUMS"), sum + "  " + ARCHIVE.getFileName() + "\n");
        env.put("TWIML_LINT_RELEASES", tmp.resolve("releases").toUri().toString());
        env.put("INPUT_VERSION", "v" + Version.VERSION);
        Exec install = script("install");
        assertThat(install.exitCode()).as(install.output()).isZero();
        Path home = Path.of(outputs().get("home"));
        assertThat(home.getFileName().toString()).isEqualTo(BASE);
        assertThat(Files.isExecutable(home.resolve("bin/twiml-lint"))).isTrue();

        Files.writeString(dir.resolve("SHA256SUMS"), "0".repeat(64) + "  " + ARCHIVE.getFileName() + "\n");
        Files.writeString(output, "");
        Exec tampered = script("install");
        assertThat(tampered.exitCode()).as(tampered.output()).isNotZero();
        assertThat(tampered.output()).contains("::error::twiml-lint " + Version.VERSION + ": the archive does not match");
        assertThat(outputs()).doesNotContainKey("home");
    }

    @Test
    void installReusesTheCachedBuild() throws Exception {
        Path action = Files.createDirectories(tmp.resolve("action"));
        Path cached = Files.createDirectories(action.resolve(".twiml-lint-dist"));
        assertThat(Exec.run(cached, env, 60, List.of("tar", "xzf", ARCHIVE.toString())).exitCode()).isZero();
        env.put("GITHUB_ACTION_PATH", action.toString());
        Exec install = script("install");
        assertThat(install.exitCode()).as(install.output()).isZero();
        assertThat(install.output()).doesNotContain("building");
        assertThat(outputs()).containsEntry("home", cached.resolve(BASE).toString());
    }

    @Test
    void cacheKeyFollowsTheSourcesNotTheBuildOutput() throws Exception {
        Path action = Files.createDirectories(tmp.resolve("action"));
        Files.writeString(action.resolve("pom.xml"), "<project/>");
        for (String d : List.of("linter-core/src", "rules/src", "linter-cli/src", "linter-cli/target")) {
            Files.createDirectories(action.resolve(d));
        }
        Files.writeString(action.resolve("linter-core/src/A.java"), "class A {}");
        env.put("GITHUB_ACTION_PATH", action.toString());
        String first = key();
        assertThat(first).matches("twiml-lint-cli-[0-9a-f]{40}");
        Files.writeString(action.resolve("linter-cli/target/twiml-lint.jar"), "built");
        assertThat(key()).as("build output does not change the key").isEqualTo(first);
        Files.writeString(action.resolve("linter-core/src/A.java"), "class A { int x; }");
        assertThat(key()).as("a source change does").isNotEqualTo(first);
    }

    private String key() throws Exception {
        Files.writeString(output, "");
        Exec run = script("cache-key");
        assertThat(run.exitCode()).as(run.output()).isZero();
        return outputs().get("key");
    }
}
