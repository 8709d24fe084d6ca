package io.github.twimllint.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.Finding;
import io.github.twimllint.core.RuleSet;
import io.github.twimllint.core.Severity;
import io.github.twimllint.core.Source;
import io.github.twimllint.core.SuppressionsTest;
import io.github.twimllint.core.config.ConfigLoaderTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session's settings: the options checked and merged over the configuration file (the options
 * win), what {@code --print-config} shows, and the levels the linter it builds applies per file.
 */
class LintSessionTest {
    /** say-rule (error, on {@code <Say>}) and play-rule (warning, on {@code <Play>}). */
    static final RuleSet RULES = RuleSet.of(SuppressionsTest.SayRule::new, SuppressionsTest.PlayRule::new);
    /** The two and option-rule (note, with options; reports on every document). */
    private static final RuleSet WITH_OPTIONS = RuleSet.of(SuppressionsTest.SayRule::new,
            SuppressionsTest.PlayRule::new, ConfigLoaderTest.OptionRule::new);

    @TempDir
    Path dir;

    static Path write(Path file, String text) throws Exception {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** A session in {@code dir}, configuration discovery limited to it. */
    private LintSession open(RunOptions o) throws RunException {
        return LintSession.open(o.config(o.configFile(), dir), WITH_OPTIONS);
    }

    private RunOptions in() {
        return RunOptions.in(dir);
    }

    private String error(RunOptions o) {
        return org.assertj.core.api.Assertions.catchThrowableOfType(() -> open(o), RunException.class).getMessage();
    }

    @Test
    void unknownRuleIdsAreRefusedNamingTheOptionAndTheClosestId() {
        String tail = "; 'twiml-lint --list-rules' lists them";
        assertThat(error(in().levels(List.of("say-rul"), Map.of(), List.of())))
                .isEqualTo("--enable say-rul: unknown rule id (did you mean 'say-rule'?)" + tail);
        assertThat(error(in().levels(List.of(), Map.of("nothing-like-it", "error"), List.of())))
                .isEqualTo("--severity nothing-like-it: unknown rule id" + tail);
        assertThat(error(in().levels(List.of(), Map.of(), List.of("ply-rule"))))
                .isEqualTo("--disable ply-rule: unknown rule id (did you mean 'play-rule'?)" + tail);
        assertThat(error(in().levels(List.of(), Map.of("say-rule", "loud"), List.of())))
                .isEqualTo("--severity say-rule=loud: unknown level 'loud' (expected off, note, warning or error)");
    }

    @Test
    void enableThenSeverityThenDisableOverTheFilesLevels() throws Exception {
        write(dir.resolve(".twiml-lint.json"), "{\"rules\": {\"say-rule\": \"warning\", \"option-rule\": \"error\"}}");
        assertThat(open(in()).levels()).containsExactlyInAnyOrderEntriesOf(
                Map.of("say-rule", Severity.WARNING, "option-rule", Severity.ERROR));
        LintSession s = open(in().levels(List.of("play-rule", "option-rule"), Map.of("play-rule", "err", "say-rule", "info"),
                List.of("option-rule")));
        assertThat(s.levels()).containsExactlyInAnyOrderEntriesOf(
                Map.of("say-rule", Severity.NOTE, "play-rule", Severity.ERROR, "option-rule", Severity.OFF));
        assertThat(open(in().levels(List.of("play-rule"), Map.of(), List.of())).levels())
                .containsEntry("play-rule", Severity.WARNING);
    }

    @Test
    void failOnAndMaxWarningsComeFromTheOptionsElseTheFileElseTheDefaults() throws Exception {
        LintSession defaults = open(in());
        assertThat(defaults.failOn()).isEqualTo(Severity.ERROR);
        assertThat(defaults.maxWarnings()).isEqualTo(-1);
        write(dir.resolve(".twiml-lint.json"), "{\"failOn\": \"warning\", \"maxWarnings\": 5}");
        LintSession file = open(in());
        assertThat(file.failOn()).isEqualTo(Severity.WARNING);
        assertThat(file.maxWarnings()).isEqualTo(5);
        LintSession options = open(in().failing(Severity.OFF, false).maxWarnings(0));
        assertThat(options.failOn()).isEqualTo(Severity.OFF);
        assertThat(options.maxWarnings()).isZero();
    }

    @Test
    void maxWarningsBelowMinusOneAndNegativeJobsAreRefused() throws Exception {
        assertThat(open(in().maxWarnings(-1)).maxWarnings()).isEqualTo(-1);
        assertThat(error(in().maxWarnings(-2))).isEqualTo("--max-warnings must be -1 (no limit) or more, not -2");
        write(dir.resolve(".twiml-lint.json"), "{\"maxWarnings\": -3}");
        assertThat(error(in())).satisfiesAnyOf(
                m -> assertThat(m).startsWith("bad configuration: "),
                m -> assertThat(m).isEqualTo("--max-warnings must be -1 (no limit) or more, not -3"));
        Files.delete(dir.resolve(".twiml-lint.json"));
        assertThat(open(in().jobs(0))).isNotNull();
        assertThat(error(in().jobs(-1))).isEqualTo("--jobs must be 0 (one per processor) or more, not -1");
    }

    @Test
    void theConfigurationSourceSaysWhichFileAndWhy() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        assertThat(LintSession.open(RunOptions.in(sub).config(null, dir), RULES).configurationSource())
                .isEqualTo("none found; every rule at its default level");
        Path cfg = write(dir.resolve(".twiml-lint.json"), "{}");
        assertThat(LintSession.open(RunOptions.in(sub).config(null, dir), RULES).configurationSource())
                .isEqualTo(cfg.toAbsolutePath() + " (found from " + sub.toAbsolutePath() + ")");
        assertThat(LintSession.open(RunOptions.in(sub).config(null, dir).noConfig(true), RULES).configurationSource())
                .isEqualTo("none: discovery turned off");
        Path given = write(dir.resolve("other.json"), "{\"failOn\": \"note\"}");
        LintSession s = LintSession.open(RunOptions.in(sub).config(Path.of("../other.json"), null).noConfig(true), RULES);
        assertThat(s.configurationSource()).as("a given file is read even without discovery")
                .isEqualTo(given.toAbsolutePath() + " (given)");
        assertThat(s.failOn()).isEqualTo(Severity.NOTE);
        assertThat(s.configuration().file()).isNotNull();
        assertThat(s.warnings()).isEmpty();
    }

    @Test
    void aBadConfigurationIsOneLine() throws Exception {
        write(dir.resolve(".twiml-lint.json"), "{\"rules\": {\"say-rule\": \"loud\"}}");
        assertThat(error(in())).startsWith("bad configuration: ").doesNotContain("\n");
    }

    @Test
    void discoveryGoesUpToTheStopFolderAndNoHigher() throws Exception {
        Path cfg = write(dir.resolve(".twiml-lint.json"), "{}");
        Path deep = Files.createDirectories(dir.resolve("a/b"));
        assertThat(LintSession.discoverConfig(deep, dir)).isEqualTo(cfg);
        assertThat(LintSession.discoverConfig(deep, null)).isEqualTo(cfg);
        assertThat(LintSession.discoverConfig(deep, dir.resolve("a"))).as("above the stop folder").isNull();
        Path inA = write(dir.resolve("a/.twiml-lint.json"), "{}");
        assertThat(LintSession.discoverConfig(deep, dir.resolve("a"))).as("in the stop folder").isEqualTo(inA);
        Path elsewhere = Files.createDirectories(dir.resolve("x/y"));
        assertThat(LintSession.discoverConfig(deep, elsewhere)).as("start outside the stop folder: the start only")
                .isNull();
        Path inB = write(deep.resolve(".twiml-lint.jsonc"), "{}");
        assertThat(LintSession.discoverConfig(deep, elsewhere)).isEqualTo(inB);
    }

    @Test
    void withBothNamesTheJsonFileIsReadAndTheOtherNamedInAWarning() throws Exception {
        Path json = write(dir.resolve(".twiml-lint.json"), "{}");
        write(dir.resolve(".twiml-lint.jsonc"), "{}");
        List<String> warnings = new ArrayList<>();
        assertThat(LintSession.discoverConfig(dir, dir, warnings::add)).isEqualTo(json);
        assertThat(warnings).containsExactly("both " + json + " and .twiml-lint.jsonc exist; reading .twiml-lint.json only");
        assertThat(open(in()).warnings()).isEqualTo(warnings);
    }

    /** A configuration planted in a folder anyone may write to is passed over unless it and the folder are ours. */
    @Test
    void aFileInAWorldWritableFolderBelongingToAnotherUserIsPassedOver() throws Exception {
        Path mine = write(dir.resolve(".twiml-lint.json"), "{}");
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Path planted = write(shared.resolve(".twiml-lint.json"), "{}");
        var nobody = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        Files.setPosixFilePermissions(shared, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
        String warning = "ignoring " + planted + ": its folder is writable by every user and it or the file"
                + " belongs to another user (use --config to read it anyway)";
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.getOwner(shared).getName().equals(System.getProperty("user.name")));
        assertThat(LintSession.discoverConfig(shared, dir)).as("folder and file ours").isEqualTo(planted);
        org.junit.jupiter.api.Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "changing owners needs root");
        Files.setOwner(planted, nobody);
        List<String> warnings = new ArrayList<>();
        assertThat(LintSession.discoverConfig(shared, dir, warnings::add)).as("file not ours").isEqualTo(mine);
        assertThat(warnings).containsExactly(warning);
        Files.setOwner(planted, Files.getOwner(dir));
        Files.setOwner(shared, nobody);
        warnings.clear();
        assertThat(LintSession.discoverConfig(shared, dir, warnings::add)).as("folder not ours").isEqualTo(mine);
        assertThat(warnings).containsExactly(warning);
        Files.setPosixFilePermissions(shared, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(LintSession.discoverConfig(shared, dir)).as("not world-writable").isEqualTo(planted);
    }

    @Test
    void printConfigShowsEveryRulesLevelAndTheRunsSettings() throws Exception {
        Path cfg = write(dir.resolve(".twiml-lint.json"), "{\"rules\": {\"say-rule\": \"warning\","
                + " \"option-rule\": {\"level\": \"error\", \"options\": {\"names\": [\"a\"]}}},"
                + " \"exclude\": [\"skip/**\"], \"templates\": false, \"failOn\": \"warning\", \"maxWarnings\": 4,"
                + " \"urlMappings\": {\"https://a.example/\": \"site\"},"
                + " \"overrides\": [{\"files\": [\"sub/**\"], \"rules\": {\"play-rule\": \"off\","
                + " \"option-rule\": {\"level\": \"note\", \"options\": {\"names\": [\"b\"]}}}, \"documentKind\": \"messaging\"},"
                + " {\"files\": [\"sub/deep/**\"], \"rules\": {\"play-rule\": \"error\"}}]}");
        LintSession s = open(in().levels(List.of(), Map.of("say-rule", "note"), List.of())
                .urls(Map.of("https://b.example/", Path.of("b")), null));
        ObjectMapper json = new ObjectMapper();
        JsonNode top = json.readTree(s.effectiveConfig(Path.of("top.xml")));
        assertThat(top.get("file").asText()).isEqualTo("top.xml");
        assertThat(top.get("configFile").asText()).isEqualTo(cfg.toString());
        assertThat(top.get("linted").asBoolean()).isTrue();
        assertThat(top.get("documentKind").isNull()).isTrue();
        assertThat(top.get("overrides")).isEmpty();
        assertThat(json.writeValueAsString(top.get("rules"))).isEqualTo("{\"option-rule\":{\"level\":\"error\","
                + "\"options\":{\"names\":[\"a\"]}},\"play-rule\":\"warning\",\"say-rule\":\"note\","
                + "\"unused-suppression\":\"warning\",\"xml-syntax\":\"error\"}");
        assertThat(top.get("failOn").asText()).isEqualTo("warning");
        assertThat(top.get("maxWarnings").asInt()).isEqualTo(4);
        assertThat(top.get("reportUnusedSuppressions").asBoolean()).isFalse();
        assertThat(top.get("templates").asBoolean()).isFalse();
        assertThat(json.writeValueAsString(top.get("urlMappings"))).isEqualTo("{\"https://a.example/\":\""
                + dir.resolve("site") + "\",\"https://b.example/\":\"" + dir.resolve("b") + "\"}");

        JsonNode deep = json.readTree(s.effectiveConfig(Path.of("sub/deep/d.xml")));
        assertThat(deep.get("documentKind").asText()).isEqualTo("messaging");
        assertThat(json.writeValueAsString(deep.get("overrides"))).isEqualTo("[0,1]");
        assertThat(json.writeValueAsString(deep.get("rules"))).as("later override wins; options replaced; --severity over all")
                .isEqualTo("{\"option-rule\":{\"level\":\"note\",\"options\":{\"names\":[\"b\"]}},"
                        + "\"play-rule\":\"error\",\"say-rule\":\"note\",\"unused-suppression\":\"warning\","
                        + "\"xml-syntax\":\"error\"}");
        JsonNode sub = json.readTree(s.effectiveConfig(Path.of("sub/s.xml")));
        assertThat(sub.get("rules").get("play-rule").asText()).isEqualTo("off");
        assertThat(json.readTree(s.effectiveConfig(Path.of("skip/x.xml"))).get("linted").asBoolean()).isFalse();
        JsonNode none = json.readTree(LintSession.open(RunOptions.in(dir).noConfig(true), WITH_OPTIONS)
                .effectiveConfig(Path.of("a.xml")));
        assertThat(none.get("configFile").isNull()).isTrue();
        assertThat(none.get("failOn").asText()).isEqualTo("error");
        assertThat(none.get("rules").get("say-rule").asText()).isEqualTo("error");
        assertThat(none.get("rules").get("option-rule").asText()).isEqualTo("note");
    }

    @Test
    void urlMappingsOfTheOptionsWinOverTheFilesAndAreResolvedInTheBaseFolder() throws Exception {
        write(dir.resolve("conf/.twiml-lint.json"), "{\"urlMappings\": {\"https://a.example/\": \"site\","
                + " \"https://c.example/\": \"c\"}}");
        Path base = Files.createDirectories(dir.resolve("work"));
        LintSession s = LintSession.open(RunOptions.in(base).config(Path.of("../conf/.twiml-lint.json"), null)
                .urls(Map.of("https://a.example/", Path.of("../mine")), null), RULES);
        assertThat(s.urlMappings()).containsExactly(
                Map.entry("https://a.example/", dir.resolve("mine")),
                Map.entry("https://c.example/", dir.resolve("conf/c")));
    }

    /** Asking for unused-suppression by name asks for the report; turning it off by name does not. */
    @Test
    void unusedSuppressionsAreReportedWhenAskedForByOptionFileOrLevel() throws Exception {
        assertThat(reportsUnused(in())).isFalse();
        assertThat(reportsUnused(in().failing(null, true))).isTrue();
        assertThat(reportsUnused(in().levels(List.of("unused-suppression"), Map.of(), List.of()))).isTrue();
        write(dir.resolve(".twiml-lint.json"), "{\"reportUnusedSuppressions\": true}");
        assertThat(reportsUnused(in())).isTrue();
        write(dir.resolve(".twiml-lint.json"), "{\"rules\": {\"unused-suppression\": \"note\"}}");
        assertThat(reportsUnused(in())).isTrue();
        assertThat(reportsUnused(in().levels(List.of(), Map.of(), List.of("unused-suppression")))).isFalse();
        write(dir.resolve(".twiml-lint.json"), "{\"rules\": {\"unused-suppression\": \"off\"}}");
        assertThat(reportsUnused(in().levels(List.of(), Map.of("unused-suppression", "warning"), List.of()))).isTrue();
    }

    /** Whether a run reports a suppression comment that suppressed nothing (and --print-config agrees). */
    private boolean reportsUnused(RunOptions o) throws Exception {
        LintSession s = open(o);
        Path doc = write(dir.resolve("u.xml"), "<Response>\n<!-- twiml-lint-disable-next-line say-rule -->\n"
                + "<Pause/>\n</Response>\n");
        List<Finding> found = s.run(List.of(Source.ofFile(doc, "u.xml", false)), n -> { }, List.of())
                .report().findings();
        boolean reported = found.stream().anyMatch(f -> f.ruleId().equals("unused-suppression"));
        assertThat(new ObjectMapper().readTree(s.effectiveConfig(Path.of("u.xml")))
                .get("reportUnusedSuppressions").asBoolean()).isEqualTo(reported);
        return reported;
    }

    @Test
    void theLinterAppliesOverridesPerFileWithPathsFromTheDisplayRoot() throws Exception {
        Path project = dir.resolve("project");
        write(project.resolve(".twiml-lint.json"), "{\"rules\": {\"play-rule\": \"note\"},"
                + " \"overrides\": [{\"files\": [\"sub/**\"], \"rules\": {\"say-rule\": \"off\"}}]}");
        String doc = "<Response><Say>a</Say><Play>b</Play></Response>";
        Path top = write(project.resolve("t.xml"), doc);
        Path sub = write(project.resolve("sub/s.xml"), doc);
        List<Source> sources = List.of(Source.ofFile(top, "project/t.xml", false),
                Source.ofFile(sub, "project/sub/s.xml", false));
        RunOptions o = RunOptions.in(project).displayRoot(dir).config(null, project);
        assertThat(brief(LintSession.open(o, RULES).run(sources, n -> { }, List.of()).report().findings()))
                .as("an override's file keeps the top-level levels it does not change")
                .containsExactly("project/sub/s.xml play-rule note", "project/t.xml say-rule error",
                        "project/t.xml play-rule note");
        RunOptions over = o.levels(List.of(), Map.of("say-rule", "note"), List.of());
        assertThat(brief(LintSession.open(over, RULES).run(sources, n -> { }, List.of()).report().findings()))
                .as("the options' levels win over the overrides")
                .containsExactly("project/sub/s.xml say-rule note", "project/sub/s.xml play-rule note",
                        "project/t.xml say-rule note", "project/t.xml play-rule note");
    }

    @Test
    void theLinterTakesTheFilesLevelsAndTemplates() throws Exception {
        write(dir.resolve(".twiml-lint.json"), "{\"rules\": {\"play-rule\": \"off\", \"say-rule\": \"note\"},"
                + " \"templates\": true}");
        Path doc = write(dir.resolve("t.twiml"), "<Response><Say>{{ a & b }}</Say><Play>b</Play></Response>");
        List<Finding> found = LintSession.open(in().config(null, dir), RULES)
                .run(List.of(Source.ofFile(doc, "t.twiml", false)), n -> { }, List.of())
                .report().findings();
        assertThat(brief(found)).containsExactly("t.twiml say-rule note");
    }

    @Test
    void theLinterTakesTheOptionsLevels() throws Exception {
        Path doc = write(dir.resolve("t.xml"), "<Response><Say>a</Say><Play>b</Play></Response>");
        RunOptions o = in().config(null, dir).levels(List.of(), Map.of("say-rule", "warning"), List.of("play-rule"));
        List<Finding> found = LintSession.open(o, RULES).run(List.of(Source.ofFile(doc, "t.xml", false)), n -> { },
                List.of()).report().findings();
        assertThat(brief(found)).containsExactly("t.xml say-rule warning");
    }

    static List<String> brief(List<Finding> findings) {
        List<String> out = new ArrayList<>();
        for (Finding f : findings) {
            out.add(f.path() + " " + f.ruleId() + " " + f.severity().label());
        }
        return out;
    }

    static List<String> paths(List<FileResult> files) {
        List<String> out = new ArrayList<>();
        files.forEach(f -> out.add(f.path()));
        return out;
    }
}
