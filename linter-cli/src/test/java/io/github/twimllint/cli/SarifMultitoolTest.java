package io.github.twimllint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.twimllint.core.report.ReportSamples;
import io.github.twimllint.core.report.SarifReporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A real consumer checks our SARIF: Microsoft's SARIF Multitool 5.7.0 ({@code validate}, rule kinds
 * {@code Sarif;Ghas}, GitHub's GH1001-GH1007 raised to errors by {@code sarif-multitool-github.config.json}).
 * The tool exits 0 whatever it finds, so the test reads its output SARIF and fails on any error or
 * warning. npm installs it into {@code target/sarif-multitool} once (kept there for later builds); the
 * test is skipped, saying why, when npm is missing or the install fails (offline), except in CI
 * ({@code CI=true}), where it fails with the reason.
 */
class SarifMultitoolTest {
    static final String PACKAGE = "@microsoft/sarif-multitool@5.7.0";
    static final Path TOOL_DIR = Path.of("target/sarif-multitool").toAbsolutePath();
    static final Path EXE = TOOL_DIR.resolve("node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool");
    static final Path WORK = Path.of("target/multitool").toAbsolutePath();

    @Test
    void multitoolFindsNoErrorOrWarningInOurSarif() throws Exception {
        Path exe = install();
        Files.createDirectories(WORK);
        List<Path> inputs = new ArrayList<>();

        Path examples = WORK.resolve("examples.sarif");
        lint(examples, CliReportsTest.EXAMPLES.toString());
        inputs.add(examples);

        Path fixtures = WORK.resolve("fixtures.sarif");
        lint(fixtures, CliReportsTest.fixtureFiles());
        inputs.add(fixtures);

        // Suppressions, related locations, notifications for unreadable and failed files, odd paths.
        Path sample = WORK.resolve("sample.sarif");
        try (Writer w = Files.newBufferedWriter(sample, StandardCharsets.UTF_8)) {
            new SarifReporter().write(ReportSamples.report(), ReportSamples.context(), w);
        }
        inputs.add(sample);

        // A negative control: the same sample broken in two ways the check must catch (a line 0, which is
        // a schema error, and an absolute file: URI without a working directory, which only the GitHub
        // rules enabled by the config report). It proves the rule kinds and the config are in effect.
        Path control = WORK.resolve("control-broken.sarif");
        String broken = Files.readString(sample, StandardCharsets.UTF_8)
                .replaceFirst("\"startLine\" : 4", "\"startLine\" : 0")
                .replaceFirst("\"uri\" : \"src/main/twiml/agent%20queue.xml\",\\s*\"uriBaseId\" : \"%SRCROOT%\"",
                        "\"uri\" : \"file:///elsewhere/a.xml\"");
        Files.writeString(control, broken, StandardCharsets.UTF_8);
        inputs.add(control);

        if (Files.isDirectory(CliReportsTest.CORPUS)) {
            Path corpus = WORK.resolve("corpus.sarif");
            lint(corpus, CliReportsTest.CORPUS.toString());
            inputs.add(corpus);
        } else {
            System.out.println("SarifMultitoolTest: no corpus at " + CliReportsTest.CORPUS + "; checking the others");
        }

        Path config = WORK.resolve("sarif-multitool-github.config.json");
        try (InputStream in = SarifMultitoolTest.class.getResourceAsStream("/sarif-multitool-github.config.json")) {
            Files.copy(in, config, StandardCopyOption.REPLACE_EXISTING);
        }
        Path verdict = WORK.resolve("validation.sarif");
        Files.deleteIfExists(verdict);
        List<String> cmd = new ArrayList<>(List.of(exe.toString(), "validate"));
        for (Path p : inputs) {
            cmd.add(p.toString());
        }
        cmd.addAll(List.of("--output", verdict.toString(), "--log", "ForceOverwrite",
                "--rule-kind", "Sarif;Ghas", "--level", "Error;Warning", "--config", config.toString()));
        Result run = exec(cmd, WORK, 300);
        assertThat(run.code).as("Multitool exit code; output:%n%s", run.output).isZero();
        assertThat(verdict).as("Multitool output file; its console said:%n%s", run.output).exists();

        JsonNode log = new ObjectMapper().readTree(verdict.toFile());
        List<String> problems = new ArrayList<>();
        List<String> caught = new ArrayList<>();
        for (JsonNode r : log.path("runs")) {
            for (JsonNode res : r.path("results")) {
                String level = res.path("level").asText("warning");
                String where = res.path("locations").path(0).path("physicalLocation").path("artifactLocation")
                        .path("uri").asText();
                if (where.endsWith(control.getFileName().toString())) {
                    caught.add(res.path("ruleId").asText());
                } else if (level.equals("error") || level.equals("warning")) {
                    problems.add(level + " " + res.path("ruleId").asText() + " " + res.path("message") + " in " + where);
                }
            }
        }
        assertThat(caught).as("the Multitool catches the broken control file (else the check proves nothing)")
                .contains("JSON1008", "GH1006");
        String summary = "SARIF Multitool 5.7.0 validate (Sarif;Ghas, GH1001-GH1007 as errors) on "
                + inputs.stream().map(p -> p.getFileName().toString()).toList() + ": " + problems.size()
                + " errors or warnings in our files; control file caught: " + caught + "\n" + run.output.strip();
        Files.writeString(WORK.resolve("verdict.txt"), summary + "\n" + String.join("\n", problems) + "\n");
        System.out.println(summary);
        assertThat(problems).as("Multitool errors and warnings").isEmpty();
    }

    private static void lint(Path out, String... paths) {
        List<String> args = new ArrayList<>(List.of("--format", "sarif=" + out, "--sarif-category", "twiml-lint/",
                "--source-root", InProcessCli.REPO.resolve("..").normalize().toString()));
        args.addAll(List.of(paths));
        InProcessCli r = InProcessCli.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as("lint exit code; stderr: %s", r.err()).isIn(0, 1);
        assertThat(out).exists();
    }

    /** The Multitool's executable, installed from npm on first use; aborts the test when impossible. */
    private static synchronized Path install() throws Exception {
        if (Files.isExecutable(EXE)) {
            return EXE;
        }
        unavailableUnless(System.getProperty("os.name", "").toLowerCase().contains("linux"),
                "the Multitool check is set up for Linux (its npm platform package)");
        Result npm;
        try {
            npm = exec(List.of("npm", "--version"), Path.of("."), 60);
        } catch (IOException e) {
            npm = null;
        }
        unavailableUnless(npm != null && npm.code == 0, "npm is not installed");
        Files.createDirectories(TOOL_DIR);
        Result install = exec(List.of("npm", "install", "--prefix", TOOL_DIR.toString(), "--no-save", "--no-audit",
                "--no-fund", "--loglevel", "error", PACKAGE), TOOL_DIR, 600);
        unavailableUnless(install.code == 0 && Files.isExecutable(EXE),
                "could not install " + PACKAGE + " with npm (offline?): " + tail(install.output));
        return EXE;
    }

    /**
     * When the tool cannot be had: a skip on a developer's machine, a failure in CI ({@code CI=true},
     * which {@code .ci/run} sets), where a silent skip would let broken SARIF through.
     */
    static void unavailableUnless(boolean available, String why) {
        unavailableUnless(available, why, System.getenv("CI"));
    }

    static void unavailableUnless(boolean available, String why, String ci) {
        if (available) {
            return;
        }
        if ("true".equalsIgnoreCase(ci)) {
            Assertions.fail("SARIF Multitool check cannot run in CI (CI=true): " + why
                    + "\nCI must have Node.js with npm and access to the npm registry; locally this test is skipped.");
        }
        Assumptions.abort("skipped: " + why);
    }

    private static String tail(String s) {
        return s.length() <= 2000 ? s : s.substring(s.length() - 2000);
    }

    private record Result(int code, String output) {
    }

    private static Result exec(List<String> cmd, Path dir, long timeoutSeconds) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        // The .NET runtime needs no ICU for validation; without this it fails on images lacking libicu.
        pb.environment().putIfAbsent("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1");
        Path log = Files.createTempFile("twiml-lint-exec", ".log");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, "timed out after " + timeoutSeconds + " s: " + String.join(" ", cmd));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        return new Result(p.exitValue(), output);
    }
}
