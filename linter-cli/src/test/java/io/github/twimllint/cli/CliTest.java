package io.github.twimllint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every option and configuration key through the real command line: in process (as if started in a
 * temporary folder) where a separate JVM adds nothing, and in a child JVM for what needs one (the
 * working directory, standard input, the environment, redirected output).
 */
class CliTest {
    static final String BAD = "<Dial>\n  <Number>+14155550100</Number>\n</Dial>\n";
    static final String GOOD = "<Response>\n  <Say>Hi</Say>\n</Response>\n";
    static final String ROOT_MESSAGE = "1:1: error: the root element is <Dial>";

    @TempDir
    Path dir;

    @BeforeEach
    void files() throws Exception {
        Files.createDirectories(dir.resolve("src/legacy"));
        Files.writeString(dir.resolve("src/bad.twiml"), BAD);
        Files.writeString(dir.resolve("src/good.twiml"), GOOD);
        Files.writeString(dir.resolve("src/legacy/old.twiml"), BAD);
    }

    private void config(String json) throws Exception {
        Files.writeString(dir.resolve(".twiml-lint.json"), json);
    }

    private CliRunner.Result lint(String... args) {
        return CliRunner.at(dir, args);
    }

    // --- configuration file ---

    @Test
    void withoutConfigurationDefaultsApply() throws Exception {
        CliRunner.Result r = CliRunner.run(dir, "src");
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("src/bad.twiml:" + ROOT_MESSAGE, "src/legacy/old.twiml:" + ROOT_MESSAGE)
                .contains("3 files linted: 2 errors, 0 warnings, 0 notes");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void configurationIsFoundByWalkingUpFromTheWorkingDirectory() throws Exception {
        config("{\"rules\": {\"root-element\": \"off\"}}");
        CliRunner.Result r = CliRunner.run(dir.resolve("src/legacy"), "old.twiml");
        assertThat(CliRunner.at(dir.resolve("src/legacy"), "old.twiml").out()).isEqualTo(r.out());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("1 file linted: 0 errors, 0 warnings, 0 notes\n");
    }

    @Test
    void configOptionNamesAnotherFileAndWinsOverDiscovery() throws Exception {
        config("{\"rules\": {\"root-element\": \"off\"}}");
        Files.writeString(dir.resolve("strict.json"), "{\"rules\": {\"root-element\": \"warning\"}}");
        CliRunner.Result r = lint("--config", "strict.json", "src/bad.twiml");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("src/bad.twiml:1:1: warning: the root element is <Dial>");
        CliRunner.Result missing = lint("--config", "absent.json", "src/bad.twiml");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("twiml-lint: bad configuration: absent.json: no such file\n");
    }

    @Test
    void rulesSetLevelsInBothForms() throws Exception {
        config("{\"rules\": {\"root-element\": {\"level\": \"note\", \"options\": {}}, \"xml-syntax\": \"warning\"}}");
        Files.writeString(dir.resolve("src/broken.twiml"), "<Response><Say>Hi</Response>");
        CliRunner.Result r = lint("src/bad.twiml", "src/broken.twiml");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("src/bad.twiml:1:1: note: the root element is <Dial>")
                .contains("src/broken.twiml:1:").contains(": warning: ").contains("[xml-syntax]");
    }

    @Test
    void badConfigurationsStopTheRunNamingFileLineAndColumn() throws Exception {
        String[][] cases = {
            {"{\n  \"rulez\": {}\n}", ".twiml-lint.json:2:3: unknown key 'rulez' (did you mean 'rules'?)"},
            {"{\"rules\": {\n  \"root-elemnt\": \"error\"}}", ".twiml-lint.json:2:3: unknown rule id 'root-elemnt' (did you mean 'root-element'?)"},
            {"{\"rules\": {\"root-element\": \"fatal\"}}", ".twiml-lint.json:1:28: unknown level 'fatal' for 'root-element'"},
            {"{\"templates\": 1}", ".twiml-lint.json:1:15: 'templates': integer found, boolean expected"},
            {"{\"exclude\": [\"a\",,]}", ".twiml-lint.json:1:18: not valid JSON"},
        };
        for (String[] c : cases) {
            config(c[0]);
            CliRunner.Result r = lint("src");
            assertThat(r.exit()).as(r.toString()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).startsWith("twiml-lint: bad configuration: " + dir.resolve(c[1]).toString()
                    .replace(dir.resolve(".twiml-lint.json").toString() + "/", ""));
            assertThat(r.err().lines()).hasSize(1);
        }
    }

    @Test
    void includeAndExcludeGlobsSelectFiles() throws Exception {
        config("{\"include\": [\"src/**\"], \"exclude\": [\"**/legacy\"]}");
        Files.writeString(dir.resolve("other.twiml"), BAD);
        CliRunner.Result r = lint(".");
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("src/bad.twiml:").doesNotContain("legacy").doesNotContain("other.twiml")
                .contains("2 files linted");
        CliRunner.Result named = lint("src/legacy/old.twiml");
        assertThat(named.exit()).as(named.toString()).isEqualTo(0);
        assertThat(named.err()).contains("src/legacy/old.twiml: not linted, excluded by");
    }

    @Test
    void urlMappingsAndDocumentKindsAreAccepted() throws Exception {
        config("{\"urlMappings\": {\"https://example.com/voice/\": \"src\"},"
                + " \"documentKinds\": {\"src/sms/**\": \"messaging\", \"**/*.twiml\": \"voice\"}}");
        CliRunner.Result r = lint("src/good.twiml");
        assertThat(r.exit()).as(r.toString()).isZero();
        config("{\"documentKinds\": {\"src/**\": \"fax\"}}");
        CliRunner.Result bad = lint("src/good.twiml");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains(":1:30: 'documentKinds.src/**': 'fax' is not allowed; expected one of voice, messaging");
    }

    @Test
    void templatesCanBeTurnedOff() throws Exception {
        Files.writeString(dir.resolve("t.twiml"), "<Response><Say>${a < b}</Say></Response>\n");
        assertThat(lint("t.twiml").exit()).isZero();
        config("{\"templates\": false}");
        CliRunner.Result r = lint("t.twiml");
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("t.twiml:1:").contains("[xml-syntax]");
    }

    @Test
    void failOnFromTheFileAndOverriddenOnTheCommandLine() throws Exception {
        config("{\"rules\": {\"root-element\": \"warning\"}, \"failOn\": \"warning\"}");
        assertThat(lint("src/bad.twiml").exit()).isEqualTo(1);
        assertThat(lint("--fail-on", "error", "src/bad.twiml").exit()).isZero();
    }

    // --- rule control ---

    @Test
    void failOnIsInclusive() throws Exception {
        Files.writeString(dir.resolve("n.twiml"), BAD);
        assertThat(lint("--severity", "root-element=note", "n.twiml").exit()).isZero();
        assertThat(lint("--severity", "root-element=note", "--fail-on", "note", "n.twiml").exit()).isEqualTo(1);
        assertThat(lint("--severity", "root-element=warning", "--fail-on", "note", "n.twiml").exit()).isEqualTo(1);
        assertThat(lint("--severity", "root-element=warning", "--fail-on", "warning", "n.twiml").exit()).isEqualTo(1);
        assertThat(lint("--severity", "root-element=warning", "--fail-on", "error", "n.twiml").exit()).isZero();
        CliRunner.Result bad = lint("--fail-on", "fatal", "n.twiml");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--fail-on");
    }

    @Test
    void disableEnableAndSeverity() throws Exception {
        CliRunner.Result off = lint("--disable", "root-element", "src/bad.twiml");
        assertThat(off.exit()).isZero();
        assertThat(off.out()).isEqualTo("1 file linted: 0 errors, 0 warnings, 0 notes\n");

        config("{\"rules\": {\"root-element\": \"off\"}}");
        CliRunner.Result on = lint("--enable", "root-element", "src/bad.twiml");
        assertThat(on.exit()).isEqualTo(1);
        assertThat(on.out()).contains("src/bad.twiml:" + ROOT_MESSAGE);

        CliRunner.Result sev = lint("--severity", "root-element=warning", "src/bad.twiml");
        assertThat(sev.exit()).isZero();
        assertThat(sev.out()).contains("src/bad.twiml:1:1: warning: ");

        CliRunner.Result disableWins = lint("--enable", "root-element", "--disable", "root-element", "src/bad.twiml");
        assertThat(disableWins.exit()).isZero();
    }

    @Test
    void unknownRuleIdsOnTheCommandLineSuggestTheClosest() throws Exception {
        for (String[] args : new String[][] {{"--disable", "root-elment"}, {"--enable", "root-elment"},
                {"--severity", "root-elment=error"}}) {
            CliRunner.Result r = lint(args[0], args[1], "src");
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).isEqualTo("twiml-lint: " + args[0] + " root-elment: unknown rule id (did you mean"
                    + " 'root-element'?); 'twiml-lint --list-rules' lists them\n");
        }
        CliRunner.Result level = lint("--severity", "root-element=loud", "src");
        assertThat(level.exit()).isEqualTo(2);
        assertThat(level.err()).contains("unknown level 'loud'");
    }

    @Test
    void listRulesAndExplain() throws Exception {
        CliRunner.Result list = lint("--list-rules");
        assertThat(list.exit()).isZero();
        assertThat(list.out()).containsPattern("root-element +error +error +no +The root element is not <Response>")
                .containsPattern("unused-suppression +warning +warning +no +A suppression comment that suppressed nothing")
                .containsPattern("xml-syntax +error +error +yes ");
        CliRunner.Result explain = lint("--explain", "xml-syntax");
        assertThat(explain.exit()).isZero();
        assertThat(explain.out()).startsWith("xml-syntax (default: error)").contains("Bad:").contains("Fixed:")
                .contains("Twilio error codes: 12100")
                // the help is the rule's page, docs/rules/xml-syntax.md, and links to it
                .contains("Twilio parses the TwiML your webhook returns")
                .contains("Documentation: https://github.com/twimllint/twiml-lint/blob/main/docs/rules/xml-syntax.md");
        CliRunner.Result unknown = lint("--explain", "xml-sintax");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("did you mean 'xml-syntax'?");
    }

    // --- input and output behaviour ---

    @Test
    void stdinWithAName() throws Exception {
        CliRunner.Result r = CliRunner.run(dir, BAD, Map.of(), "--stdin-filename", "src/call.xml", "-");
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).startsWith("src/call.xml:" + ROOT_MESSAGE);
        CliRunner.Result plain = CliRunner.run(dir, BAD, Map.of(), "-");
        assertThat(plain.out()).startsWith("<stdin>:" + ROOT_MESSAGE);
        config("{\"exclude\": [\"src/call.xml\"]}");
        CliRunner.Result excluded = CliRunner.run(dir, BAD, Map.of(), "--stdin-filename", "src/call.xml", "-");
        assertThat(excluded.exit()).isZero();
        assertThat(excluded.err()).contains("src/call.xml: not linted, excluded by");
        CliRunner.Result noDash = lint("--stdin-filename", "x.xml", "src");
        assertThat(noDash.exit()).isEqualTo(2);
        assertThat(noDash.err()).contains("'-' is not among the paths");
    }

    @Test
    void colorAlwaysNeverAndAutoInRedirectedOutput() throws Exception {
        assertThat(lint("--color", "always", "src/bad.twiml").out()).contains("\u001b[");
        assertThat(lint("--color", "never", "src/bad.twiml").out()).doesNotContain("\u001b[");
        assertThat(CliRunner.run(dir, "src/bad.twiml").out()).as("auto, redirected").doesNotContain("\u001b[");
        assertThat(CliRunner.run(dir, null, Map.of("NO_COLOR", "1"), "--color", "always", "src/bad.twiml").out())
                .as("an explicit always wins over NO_COLOR").contains("\u001b[");
    }

    @Test
    void quietPrintsErrorsOnlyAndKeepsTheExitStatus() throws Exception {
        Files.writeString(dir.resolve("w.twiml"), BAD);
        CliRunner.Result warnings = lint("--quiet", "--severity", "root-element=warning", "--fail-on", "warning", "w.twiml");
        assertThat(warnings.out()).isEmpty();
        assertThat(warnings.exit()).isEqualTo(1);
        CliRunner.Result errors = lint("-q", "w.twiml", "src/good.twiml");
        assertThat(errors.out()).isEqualTo("w.twiml:" + ROOT_MESSAGE + ", but a TwiML document must start with"
                + " <Response> [root-element]\n");
    }

    @Test
    void jobs() throws Exception {
        CliRunner.Result r = lint("--jobs", "2", "src");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEqualTo(lint("-j", "1", "src").out());
        CliRunner.Result bad = lint("--jobs", "-1", "src");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--jobs must be 0");
    }

    @Test
    void versionHelpAndCompletion() throws Exception {
        CliRunner.Result v = lint("--version");
        assertThat(v.exit()).isZero();
        assertThat(v.out()).startsWith("twiml-lint ");
        CliRunner.Result h = lint("--help");
        assertThat(h.exit()).isZero();
        for (String option : new String[] {"--config", "--fail-on", "--enable", "--disable", "--severity",
                "--list-rules", "--explain", "--stdin-filename", "--color", "--quiet", "--jobs", "--version",
                "show-source", "--report-unused-suppressions", "--baseline", "--write-baseline", "--format",
                "--output", "generate-completion", "Examples:", "Exit codes:"}) {
            assertThat(h.out()).as(option).contains(option);
        }
        // The model is built with picocli's variable interpolation off: no ${...} may be left in its texts.
        assertThat(h.out()).contains("Default: auto.").doesNotContain("${", "$$");
        CliRunner.Result c = lint("generate-completion");
        assertThat(c.exit()).isZero();
        assertThat(c.out()).contains("twiml-lint Bash Completion").contains("--fail-on").contains("complete -F");
        CliRunner.Result none = lint();
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("no PATH given");
    }

    @Test
    void showSourcePrintsTheLineWithACaret() throws Exception {
        Files.writeString(dir.resolve("s.twiml"), "<?xml version=\"1.0\"?>\n\t<Dial>+14155550100</Dial>\n");
        CliRunner.Result r = lint("--show-source", "s.twiml");
        assertThat(r.out()).isEqualTo("s.twiml:2:2: error: the root element is <Dial>, but a TwiML document must"
                + " start with <Response> [root-element]\n"
                + "   |\n"
                + " 2 | \t<Dial>+14155550100</Dial>\n"
                + "   | \t^~~~~\n"
                + "1 file linted: 1 error, 0 warnings, 0 notes\n");
        assertThat(lint("s.twiml").out()).as("not a terminal: no source by default").doesNotContain(" | ");
        assertThat(lint("--no-show-source", "s.twiml").out()).doesNotContain(" | ");
        CliRunner.Result stdin = CliRunner.run(dir, "<Dial/>", Map.of(), "--show-source", "-");
        assertThat(stdin.out()).contains(" 1 | <Dial/>\n   | ^~~~~\n");
    }

    @Test
    void noProgressInRedirectedOutput() throws Exception {
        Path many = Files.createDirectories(dir.resolve("many"));
        for (int i = 0; i < Progress.MIN_FILES + 5; i++) {
            Files.writeString(many.resolve("f" + i + ".twiml"), GOOD);
        }
        CliRunner.Result r = CliRunner.run(dir, "many");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo((Progress.MIN_FILES + 5) + " files linted: 0 errors, 0 warnings, 0 notes\n");
    }

    // --- suppressions and baseline ---

    @Test
    void suppressionsAndUnusedOnes() throws Exception {
        Files.writeString(dir.resolve("s.twiml"), "<!-- twiml-lint-disable-next-line root-element: legacy IVR -->\n" + BAD);
        Files.writeString(dir.resolve("u.twiml"), "<!-- twiml-lint-disable-file root-element -->\n" + GOOD);
        CliRunner.Result r = lint("s.twiml", "u.twiml");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("2 files linted: 0 errors, 0 warnings, 0 notes\n");
        CliRunner.Result unused = lint("--report-unused-suppressions", "s.twiml", "u.twiml");
        assertThat(unused.exit()).isZero();
        assertThat(unused.out()).isEqualTo("u.twiml:1:1: warning: this twiml-lint-disable-file comment suppressed no"
                + " 'root-element' finding [unused-suppression]\n2 files linted: 0 errors, 1 warning, 0 notes\n");
        config("{\"reportUnusedSuppressions\": true}");
        assertThat(lint("u.twiml").out()).contains("[unused-suppression]");
        assertThat(lint("--disable", "unused-suppression", "u.twiml").out()).doesNotContain("[unused-suppression]");
        Files.delete(dir.resolve(".twiml-lint.json"));
        assertThat(lint("--severity", "unused-suppression=error", "u.twiml").out())
                .as("naming the rule asks for it").contains("u.twiml:1:1: error: this twiml-lint-disable-file");
        assertThat(lint("--enable", "unused-suppression", "u.twiml").out()).contains("[unused-suppression]");
    }

    @Test
    void baselineReportsOnlyNewFindings() throws Exception {
        CliRunner.Result write = lint("--write-baseline", "baseline.json", "src");
        assertThat(write.exit()).as(write.toString()).isZero();
        assertThat(write.out()).isEqualTo("3 files linted: 0 errors, 0 warnings, 0 notes\n");
        assertThat(write.err()).isEqualTo("twiml-lint: wrote 2 baseline entries to baseline.json\n");
        assertThat(Files.readString(dir.resolve("baseline.json"))).contains("\"src/bad.twiml\"")
                .contains("\"root-element\" : 1").doesNotContain("line");

        CliRunner.Result same = lint("--baseline", "baseline.json", "src");
        assertThat(same.exit()).as(same.toString()).isZero();

        Files.writeString(dir.resolve("src/new.twiml"), BAD);
        CliRunner.Result grown = lint("--baseline", "baseline.json", "src");
        assertThat(grown.exit()).isEqualTo(1);
        assertThat(grown.out()).isEqualTo("src/new.twiml:" + ROOT_MESSAGE + ", but a TwiML document must start"
                + " with <Response> [root-element]\n4 files linted: 1 error, 0 warnings, 0 notes\n");

        Files.delete(dir.resolve("src/bad.twiml"));
        CliRunner.Result stale = CliRunner.at(dir.resolve("src"), "--baseline", "../baseline.json", ".");
        assertThat(stale.out()).as("paths are relative to the baseline's folder").startsWith("new.twiml:1:1");
        assertThat(stale.err()).contains("1 baseline entries have fewer findings now");

        CliRunner.Result missing = lint("--baseline", "nope.json", "src");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("--baseline nope.json: no such file");
        Files.writeString(dir.resolve("broken.json"), "{\"files\": 3}");
        CliRunner.Result broken = lint("--baseline", "broken.json", "src");
        assertThat(broken.exit()).isEqualTo(2);
        assertThat(broken.err()).contains("not a twiml-lint baseline");
        CliRunner.Result unwritable = lint("--write-baseline", "no/such/dir/b.json", "src");
        assertThat(unwritable.exit()).isEqualTo(2);
        assertThat(unwritable.err()).contains("cannot write the baseline to no/such/dir/b.json: the folder does not exist");
    }

    // --- bad input ---

    @Test
    void missingPathsAreReportedAndTheOthersStillLinted() throws Exception {
        CliRunner.Result r = lint("nope.xml", "src/bad.twiml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("twiml-lint: nope.xml: no such file or directory\n");
        assertThat(r.out()).contains("src/bad.twiml:" + ROOT_MESSAGE).contains("1 file linted");
    }

    @Test
    void folderWithoutTwimlIsAnInputError() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("pom.xml"), "<project/>");
        CliRunner.Result r = lint("empty", "src/good.twiml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("twiml-lint: empty: no TwiML documents found (*.twiml files, or *.xml files"
                + " whose root is <Response>, or such templates: *.twiml.erb, *.xml.php, ...)\n");
        assertThat(r.out()).isEqualTo("1 file linted: 0 errors, 0 warnings, 0 notes\n");
    }

    @Test
    void unreadableFile() throws Exception {
        Path f = dir.resolve("locked.twiml");
        Files.writeString(f, GOOD);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        Unprivileged.openUp(dir);
        CliRunner.Result r = CliRunner.runUnprivileged(dir, "locked.twiml", "src/bad.twiml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("twiml-lint: locked.twiml: permission denied\n");
        assertThat(r.out()).contains("src/bad.twiml:");
    }

    @Test
    void outputInAMissingFolderLeavesNoFile() throws Exception {
        CliRunner.Result r = CliRunner.run(dir, "--output", "missing/report.txt", "src");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("twiml-lint: cannot write the report to missing/report.txt: the folder does not exist\n");
        assertThat(dir.resolve("missing")).doesNotExist();
    }

    @Test
    void outputInAReadOnlyFolderLeavesTheOldFile() throws Exception {
        Path ro = Files.createDirectories(dir.resolve("ro"));
        Files.writeString(ro.resolve("report.txt"), "old");
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Unprivileged.openUp(dir);
            CliRunner.Result r = CliRunner.runUnprivileged(dir, "--output", "ro/report.txt", "src");
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("twiml-lint: cannot write the report to ro/report.txt: permission denied\n");
            assertThat(Files.readString(ro.resolve("report.txt"))).isEqualTo("old");
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
