package io.github.twimllint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.twimllint.core.report.SarifSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several reports from one run, through the command line, on the examples and the rule fixtures. */
class CliReportsTest {
    static final Path EXAMPLES = InProcessCli.REPO.resolve("examples");
    static final Path FIXTURES = InProcessCli.REPO.resolve("rules/src/test/resources");
    static final Path CORPUS = InProcessCli.REPO.resolve("../shared/corpus").normalize();
    /** What may differ between two runs on the same input. */
    private static final Pattern RUN_SPECIFIC = Pattern.compile(
            "(?m)^\\s*\"(startTimeUtc|endTimeUtc|commandLine|arguments)\" : .*$");

    @TempDir
    Path tmp;

    /**
     * Every fixture document, named one by one: in a directory walk, *.xml files whose root is not
     * {@code <Response>} are skipped, and the root-element fixtures are exactly those.
     */
    static String[] fixtureFiles() throws IOException {
        try (Stream<Path> s = Files.walk(FIXTURES)) {
            return s.filter(p -> p.toString().endsWith(".xml") || p.toString().endsWith(".twiml"))
                    .map(Path::toString).sorted().toArray(String[]::new);
        }
    }

    static String[] args(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    @Test
    void textOnTheConsoleAndEveryOtherFormatToFilesInOneRun() throws IOException {
        InProcessCli r = InProcessCli.run("--format", "text", "--format", "sarif=" + tmp.resolve("r.sarif"),
                "--format", "github=" + tmp.resolve("r.github"), "--format", "json=" + tmp.resolve("r.json"),
                "--format", "checkstyle=" + tmp.resolve("r.checkstyle.xml"),
                "--format", "junit=" + tmp.resolve("r.junit.xml"),
                "--source-root", InProcessCli.REPO.toString(), "--sarif-category", "twiml-lint", EXAMPLES.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).contains("not-well-formed.xml:3:21: error:").contains("[xml-syntax]");
        assertThat(r.out()).doesNotContain("\"$schema\"");

        String sarif = read(tmp.resolve("r.sarif"));
        assertThat(SarifSchema.violations(sarif)).isEmpty();
        JsonNode run = new ObjectMapper().readTree(sarif).path("runs").get(0);
        assertThat(run.path("automationDetails").path("id").asText()).isEqualTo("twiml-lint/");
        assertThat(run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText())
                .isEqualTo(InProcessCli.REPO.toUri().toString());
        JsonNode result = null;
        for (JsonNode x : run.path("results")) {
            result = x.path("ruleId").asText().equals("xml-syntax") ? x : result;
        }
        assertThat(result).as("the xml-syntax result").isNotNull();
        assertThat(result.path("locations").get(0).path("physicalLocation").path("artifactLocation")
                .path("uri").asText()).isEqualTo("examples/not-well-formed.xml");
        assertThat(run.path("invocations").get(0).path("commandLine").asText()).startsWith("twiml-lint --format text");

        // Other rules may report on the other examples; the broken one gives exactly this everywhere.
        assertThat(read(tmp.resolve("r.github"))).contains(
                "::error file=examples/not-well-formed.xml,line=3,col=21,endLine=3,endColumn=22,title=twiml-lint xml-syntax::");
        JsonNode json = new ObjectMapper().readTree(read(tmp.resolve("r.json")));
        long examples;
        try (var list = Files.list(InProcessCli.REPO.resolve("examples"))) {
            // Every example but pom.xml, which the directory walk skips (its root is not <Response>).
            examples = list.map(p -> p.getFileName().toString())
                    .filter(n -> (n.endsWith(".xml") || n.endsWith(".twiml")) && !n.equals("pom.xml")).count();
        }
        assertThat(json.path("summary").path("files").asInt()).isEqualTo(examples);
        assertThat(json.path("summary").path("errors").asInt()).isEqualTo(run.path("results").size() == 0 ? 0
                : (int) java.util.stream.StreamSupport.stream(run.path("results").spliterator(), false)
                        .filter(x -> x.path("level").asText().equals("error")).count());
        assertThat(read(tmp.resolve("r.checkstyle.xml")))
                .contains("<error line=\"3\" column=\"21\" severity=\"error\"")
                .contains("source=\"twiml-lint.xml-syntax\"");
        assertThat(read(tmp.resolve("r.junit.xml"))).contains("<testsuite name=\"twiml-lint\" tests=\"" + examples + "\"")
                .contains("<testcase classname=\"twiml-lint\" name=\"" + EXAMPLES.resolve("not-well-formed.xml")
                        + "\">\n      <failure");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.filter(p -> p.getFileName().toString().endsWith(".tmp"))).as("no temporary files").isEmpty();
        }
    }

    @Test
    void sarifIsByteIdenticalAcrossRunsApartFromTimesAndCommandLine() throws IOException {
        InProcessCli.run("--format", "sarif", "--output", tmp.resolve("a.sarif").toString(),
                "--source-root", InProcessCli.REPO.toString(), EXAMPLES.toString(), FIXTURES.toString());
        InProcessCli.run("--format=sarif=" + tmp.resolve("b.sarif"), "--source-root", InProcessCli.REPO.toString(),
                EXAMPLES.toString(), FIXTURES.toString());
        String a = read(tmp.resolve("a.sarif"));
        String b = read(tmp.resolve("b.sarif"));
        assertThat(a).isNotEqualTo(b);
        assertThat(RUN_SPECIFIC.matcher(a).replaceAll("")).isEqualTo(RUN_SPECIFIC.matcher(b).replaceAll(""));
    }

    @Test
    void sarifOfTheFixturesIsSchemaValid() throws IOException {
        Path out = tmp.resolve("fixtures.sarif");
        InProcessCli r = InProcessCli.run(args(new String[] {"--format", "sarif=" + out, "--source-root", InProcessCli.REPO.toString()},
                fixtureFiles()));
        assertThat(r.err()).isEmpty();
        String sarif = read(out);
        assertThat(SarifSchema.violations(sarif)).isEmpty();
        assertThat(new ObjectMapper().readTree(sarif).path("runs").get(0).path("results").size())
                .as("the bad fixtures give results").isPositive();
    }

    @Test
    void sarifOfTheCorpusIsSchemaValid() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "skipped: no corpus at " + CORPUS);
        Path out = tmp.resolve("corpus.sarif");
        InProcessCli.run("--format", "sarif=" + out, "--source-root", CORPUS.getParent().toString(), CORPUS.toString());
        String sarif = read(out);
        assertThat(SarifSchema.violations(sarif)).isEmpty();
        JsonNode results = new ObjectMapper().readTree(sarif).path("runs").get(0).path("results");
        assertThat(results.size()).as("the corpus has mistakes").isPositive();
        for (JsonNode r : results) {
            assertThat(r.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri")
                    .asText()).as("relative to the source root, symbolic links resolved").startsWith("corpus/");
        }
    }

    @Test
    void usageErrorsExitTwoAndWriteNothing() {
        InProcessCli two = InProcessCli.run("--format", "text", "--format", "json", EXAMPLES.toString());
        assertThat(two.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(two.err()).contains("2 reports would go to standard output");
        assertThat(two.out()).isEmpty();
        InProcessCli root = InProcessCli.run("--source-root", tmp.resolve("missing").toString(), EXAMPLES.toString());
        assertThat(root.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(root.err()).contains("is not a directory");
    }

    @Test
    void aReportThatCannotBeWrittenIsAUsageErrorAndOtherReportsStillAppear() {
        InProcessCli r = InProcessCli.run("--format", "text", "--format", "sarif=" + tmp.resolve("no/such/dir/x.sarif"),
                EXAMPLES.resolve("sms-reply.xml").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("cannot write");
        assertThat(r.out()).contains("1 file linted");
    }
}
