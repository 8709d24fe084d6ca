package io.github.twimllint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twimllint.core.report.SarifSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar, as users run it, writes every report: catches a dependency (Jackson for SARIF and
 * JSON) that the test class path has but the jar lacks.
 */
class ShadedJarIT {
    static final Path JAR = Path.of("target/twiml-lint.jar").toAbsolutePath();

    @TempDir
    Path tmp;

    @Test
    void jarWritesEveryFormat() throws Exception {
        assertThat(JAR).as("the shaded jar (built in package)").exists();
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString(), "--format", "text", "--format", "sarif=" + tmp.resolve("r.sarif"),
                "--format", "json=" + tmp.resolve("r.json"), "--format", "github=" + tmp.resolve("r.github"),
                "--format", "checkstyle=" + tmp.resolve("r.xml"), "--format", "junit=" + tmp.resolve("r.junit.xml"),
                "--format", "html=" + tmp.resolve("r.html"), "--format", "dot=" + tmp.resolve("r.dot"),
                "--format", "mermaid=" + tmp.resolve("r.mmd"),
                "--source-root", InProcessCli.REPO.toString(), InProcessCli.REPO.resolve("examples").toString());
        Path log = tmp.resolve("log.txt");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("exit code; output:%n%s", output).isIn(0, 1);
        assertThat(output).contains("files linted").doesNotContain("internal error")
                .as("no stack trace").doesNotContainPattern("(?m)^\\s+at ");
        String sarif = Files.readString(tmp.resolve("r.sarif"), StandardCharsets.UTF_8);
        assertThat(SarifSchema.violations(sarif)).isEmpty();
        // The rule pages travel inside the jar: the help is the page, helpUri its address.
        assertThat(sarif).contains("\"helpUri\" : \"https://github.com/twimllint/twiml-lint/blob/main/docs/rules/xml-syntax.md\"")
                .contains("\"markdown\" : \"## Why\\n\\nTwilio parses the TwiML");
        assertThat(Files.readString(tmp.resolve("r.json"), StandardCharsets.UTF_8)).contains("\"formatVersion\" : 1");
        // The HTML report's layout library (ELK, EMF) works from the shaded jar.
        assertThat(Files.readString(tmp.resolve("r.html"), StandardCharsets.UTF_8)).contains("<svg", "<path");
        for (String f : List.of("r.github", "r.xml", "r.junit.xml", "r.dot", "r.mmd")) {
            assertThat(tmp.resolve(f)).isNotEmptyFile();
        }
    }

    /**
     * The HTML report's layout library (ELK, and EMF under it) loads only for that report: a run
     * writing every other format, the call-flow DOT and Mermaid included, loads no class of it.
     */
    @Test
    void onlyTheHtmlReportLoadsTheLayoutLibrary() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String others = classesLoaded(java, "--format", "text", "--format", "sarif=" + tmp.resolve("r.sarif"),
                "--format", "json=" + tmp.resolve("r.json"), "--format", "dot=" + tmp.resolve("r.dot"),
                "--format", "mermaid=" + tmp.resolve("r.mmd"), InProcessCli.REPO.resolve("examples").toString());
        assertThat(others).contains("io.github.twimllint.core.report.DotReporter")
                .doesNotContain("org.eclipse.", "com.google.common.");
        String html = classesLoaded(java, "--format", "html=" + tmp.resolve("r.html"),
                InProcessCli.REPO.resolve("examples").toString());
        assertThat(html).contains("org.eclipse.elk.alg.layered.");
    }

    /**
     * The class-data archive written at package time holds every class a typical small run loads
     * (text on standard output; SARIF with a configuration file), picocli's included: none is read
     * from the jar and verified at start-up. picocli's published class files are Java 5, which the
     * archive refuses, so the jar carries picocli compiled from its sources for Java 17.
     */
    @Test
    void typicalRunsLoadNoClassFromTheJarItself() throws Exception {
        Path archive = JAR.resolveSibling("twiml-lint.jsa");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(archive), "no archive (-Dtwimllint.cds.skip)");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> shared = List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto");
        Path example = InProcessCli.REPO.resolve("examples/whisper.twiml");
        Path config = InProcessCli.REPO.resolve("linter-cli/src/cds/.twiml-lint.json");
        String text = classesLoaded(java, shared, example.toString());
        String sarif = classesLoaded(java, shared, "--config", config.toString(), "-f", "sarif", example.toString());
        for (String loaded : List.of(text, sarif)) {
            assertThat(loaded).contains("picocli.CommandLine source: shared objects file");
            assertThat(loaded.lines().filter(l -> l.contains("source: file:")))
                    .as("classes read from the jar instead of the archive").isEmpty();
            // picocli's converters for java.sql and java.time types are left out (no option has one).
            assertThat(loaded).doesNotContain("java.sql.");
        }
        // SARIF's rule help was rendered at build time: no page is parsed or rendered in the run.
        assertThat(sarif).contains("io.github.twimllint.core.RuleHelp ").doesNotContain("io.github.twimllint.core.RuleDoc ");
        // The vocabulary comes from Java code generated at build time, not from parsing its JSON.
        assertThat(text).contains("io.github.twimllint.rules.vocabulary.CompiledVocabulary source: shared objects file")
                .doesNotContain("io.github.twimllint.rules.vocabulary.ModelReader");
    }

    private String classesLoaded(String java, String... args) throws Exception {
        return classesLoaded(java, List.of("-Xshare:off"), args);
    }

    private String classesLoaded(String java, List<String> sharing, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(java));
        cmd.addAll(sharing);
        cmd.addAll(List.of("-Xlog:class+load=info:file=" + tmp.resolve("classes.txt"), "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("out.txt").toFile())
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(tmp.resolve("out.txt"))).isIn(0, 1);
        return Files.readString(tmp.resolve("classes.txt"), StandardCharsets.UTF_8);
    }
}
