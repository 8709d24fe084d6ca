package io.github.twimllint.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twimllint.core.Linter;
import io.github.twimllint.core.TestDialect;
import io.github.twimllint.core.Fixtures;
import io.github.twimllint.core.Rule;
import io.github.twimllint.core.RuleContext;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.RuleSet;
import io.github.twimllint.core.Severity;
import io.github.twimllint.core.SuppressionsTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading .twiml-lint.json: what each key means, and a precise message for each kind of mistake. */
public class ConfigLoaderTest {
    @TempDir
    Path dir;

    /** A rule with one option, which it reports back. */
    public static final class OptionRule implements Rule {
        static final RuleMeta META = RuleMeta.of("option-rule", Severity.NOTE, "test rule")
                .option("names", RuleMeta.Option.Type.STRING_LIST, "names").build();

        @Override
        public RuleMeta meta() {
            return META;
        }

        @Override
        public void startDocument(RuleContext ctx) {
            ctx.report(1, 1, "names=" + ctx.options().get("names"));
        }
    }

    private final RuleSet rules = RuleSet.of(SuppressionsTest.SayRule::new, SuppressionsTest.PlayRule::new,
            OptionRule::new);

    private Configuration load(String json) throws Exception {
        Path f = dir.resolve(".twiml-lint.json");
        Files.writeString(f, json);
        return new ConfigLoader(rules).load(f);
    }

    private ConfigException error(String json) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> load(json));
        assertThat(t).isInstanceOf(ConfigException.class);
        return (ConfigException) t;
    }

    private static String where(ConfigException e) {
        return e.line() + ":" + e.column() + " " + e.problem();
    }

    @Test
    void everyKeyIsRead() throws Exception {
        Configuration c = load("{\n"
                + "  \"$schema\": \"./schema.json\",\n"
                + "  \"rules\": {\"say-rule\": \"warning\", \"play-rule\": {\"level\": \"off\", \"options\": {}},"
                + " \"option-rule\": {\"options\": {\"names\": [\"a\", \"b\"]}},"
                + " \"xml-syntax\": {\"options\": {}}},\n"
                + "  \"include\": [\"twiml/**\"],\n"
                + "  \"exclude\": [\"**/legacy/**\", \"twiml/old.xml\"],\n"
                + "  \"urlMappings\": {\"https://example.com/voice/\": \"twiml/voice\"},\n"
                + "  \"documentKinds\": {\"twiml/sms/**\": \"messaging\", \"**/*.twiml\": \"voice\"},\n"
                + "  \"templates\": false,\n"
                + "  \"failOn\": \"warning\",\n"
                + "  \"reportUnusedSuppressions\": true\n"
                + "}\n");
        assertThat(c.ruleLevels()).containsExactly(
                java.util.Map.entry("say-rule", Severity.WARNING), java.util.Map.entry("play-rule", Severity.OFF));
        assertThat(c.ruleOptions().get("play-rule")).isEmpty();
        assertThat(c.ruleOptions().get("option-rule")).containsEntry("names", List.of("a", "b"));
        assertThat(c.ruleOptions().get("xml-syntax")).isEmpty();
        assertThat(c.urlMappings()).containsEntry("https://example.com/voice/",
                dir.toAbsolutePath().normalize().resolve("twiml/voice"));
        assertThat(c.templates()).isFalse();
        assertThat(c.failOn()).isEqualTo(Severity.WARNING);
        assertThat(c.reportUnusedSuppressions()).isTrue();
        assertThat(c.raw().get$schema()).isEqualTo("./schema.json");

        assertThat(c.selects(dir.resolve("twiml/a.xml"))).isTrue();
        assertThat(c.selects(dir.resolve("other/a.xml"))).as("not included").isFalse();
        assertThat(c.selects(dir.resolve("twiml/legacy/a.xml"))).as("excluded folder").isFalse();
        assertThat(c.selects(dir.resolve("twiml/old.xml"))).as("excluded file").isFalse();

        assertThat(c.documentKind(dir.resolve("twiml/sms/reply.twiml"))).as("first glob wins").isEqualTo("messaging");
        assertThat(c.documentKind(dir.resolve("a.twiml"))).as("**/ matches at the top").isEqualTo("voice");
        assertThat(c.documentKind(dir.resolve("twiml/a.xml"))).isNull();
    }

    @Test
    void defaultsWithoutAFile() {
        Configuration c = Configuration.defaults(dir);
        assertThat(c.file()).isNull();
        assertThat(c.templates()).isTrue();
        assertThat(c.failOn()).isEqualTo(Severity.ERROR);
        assertThat(c.reportUnusedSuppressions()).isFalse();
        assertThat(c.selects(dir.resolve("x/y.xml"))).isTrue();
        assertThat(c.ruleLevels()).isEmpty();
    }

    @Test
    void appliesToTheLinter() throws Exception {
        Configuration c = load("{\"rules\": {\"say-rule\": \"note\", \"play-rule\": \"off\"},"
                + " \"documentKinds\": {\"sms/**\": \"messaging\"}}");
        Linter linter = c.applyTo(TestDialect.builder(rules), dir).build();
        assertThat(linter.level("say-rule")).isEqualTo(Severity.NOTE);
        assertThat(linter.level("play-rule")).isEqualTo(Severity.OFF);
    }

    @Test
    void optionsReachTheRuleThroughItsContext() throws Exception {
        Configuration c = load("{\"rules\": {\"option-rule\": {\"options\": {\"names\": [\"x\"]}}}}");
        Linter linter = c.applyTo(TestDialect.builder(rules), dir).build();
        assertThat(Fixtures.lint(linter, "a.xml", "<Response/>").findings())
                .extracting(f -> f.ruleId() + " " + f.message()).containsExactly("option-rule names=[x]");
        Linter none = Configuration.defaults(dir).applyTo(TestDialect.builder(rules), dir).build();
        assertThat(Fixtures.lint(none, "a.xml", "<Response/>").findings())
                .extracting(f -> f.message()).containsExactly("names=null");
    }

    @Test
    void anOptionTheRuleDoesNotDeclareOrOfTheWrongTypeIsAnError() {
        assertThat(where(error("{\"rules\": {\"option-rule\": {\"options\": {\"nams\": []}}}}")))
                .isEqualTo("1:40 unknown option 'nams' for 'option-rule' (did you mean 'names'?); its options: names");
        assertThat(where(error("{\"rules\": {\"say-rule\": {\"options\": {\"max\": 3}}}}")))
                .isEqualTo("1:37 unknown option 'max' for 'say-rule'; it takes no options");
        assertThat(where(error("{\"rules\": {\"option-rule\": {\"options\": {\"names\": \"a\"}}}}")))
                .isEqualTo("1:49 the option 'names' of 'option-rule' must be a list of strings, found a string");
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        // Trailing commas and comments are JSONC (accepted); a missing value is not.
        ConfigException e = error("{\n  \"rules\": { // the levels\n    \"say-rule\": \"error\",\n  ,}\n}");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(3);
        assertThat(e.problem()).startsWith("not valid JSON: ");
        assertThat(e.getMessage()).startsWith(dir.resolve(".twiml-lint.json") + ":4:3: not valid JSON");
    }

    @Test
    void duplicateKeysAreRejected() {
        ConfigException e = error("{\"failOn\": \"error\",\n \"failOn\": \"note\"}");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.problem()).contains("the key \"failOn\" appears twice");
    }

    @Test
    void emptyFile() {
        assertThat(where(error(""))).startsWith("1:1 empty file");
    }

    @Test
    void unknownTopLevelKeySuggestsTheClosest() {
        assertThat(where(error("{\n  \"rules\": {},\n  \"exlcude\": []\n}"))).isEqualTo(
                "3:3 unknown key 'exlcude' (did you mean 'exclude'?); expected one of $schema, rules, include,"
                        + " exclude, urlMappings, documentKinds, templates, failOn, maxWarnings, reportUnusedSuppressions, overrides");
    }

    @Test
    void unknownRuleIdSuggestsTheClosest() {
        assertThat(where(error("{\"rules\": {\n  \"say-rul\": \"error\"}}")))
                .isEqualTo("2:3 unknown rule id 'say-rul' (did you mean 'say-rule'?)");
    }

    /** Issue 11 item 18: the file takes the level names of the command line, aliases included. */
    @Test
    void levelsTakeTheCommandLinesAliases() throws Exception {
        Configuration c = load("{\"rules\": {\"say-rule\": \"warn\", \"play-rule\": {\"level\": \"info\"}},"
                + " \"failOn\": \"warn\"}");
        assertThat(c.ruleLevels()).containsEntry("say-rule", Severity.WARNING).containsEntry("play-rule", Severity.NOTE);
        assertThat(c.failOn()).isEqualTo(Severity.WARNING);
    }

    @Test
    void badLevelSuggestsTheClosest() {
        assertThat(where(error("{\"rules\": {\"say-rule\": \"eror\"}}")))
                .isEqualTo("1:24 unknown level 'eror' for 'say-rule' (did you mean 'error'?); expected off, note,"
                        + " warning, error");
        assertThat(where(error("{\"rules\": {\"say-rule\": {\"level\": \"warnig\"}}}")))
                .startsWith("1:34 unknown level 'warnig' for 'say-rule' (did you mean 'warning'?)");
    }

    @Test
    void badRuleSettingShapes() {
        assertThat(where(error("{\"rules\": {\"say-rule\": 3}}"))).startsWith("1:24 the setting of 'say-rule' must be"
                + " a level (off, note, warning, error) or an object");
        assertThat(where(error("{\"rules\": {\"say-rule\": {\"levle\": \"error\"}}}")))
                .startsWith("1:25 unknown key 'levle' in the settings of 'say-rule' (did you mean 'level'?)");
        assertThat(where(error("{\"rules\": {\"say-rule\": {\"options\": []}}}")))
                .isEqualTo("1:36 the options of 'say-rule' must be an object");
        assertThat(where(error("{\"rules\": {\"say-rule\": {\"level\": 2}}}")))
                .startsWith("1:34 the level of 'say-rule' must be a string");
    }

    @Test
    void wrongTypesNameTheKey() {
        assertThat(where(error("{\n  \"templates\": \"yes\"\n}"))).isEqualTo("2:16 'templates': string found, boolean expected");
        assertThat(where(error("{\"include\": \"**/*.xml\"}"))).isEqualTo("1:13 'include': string found, array expected");
        assertThat(where(error("{\"exclude\": [1]}"))).isEqualTo("1:14 'exclude.0': integer found, string expected");
        assertThat(where(error("{\"urlMappings\": {\"https://a/\": 1}}")))
                .isEqualTo("1:32 'urlMappings.https://a/': integer found, string expected");
        assertThat(where(error("[]"))).isEqualTo("1:1 array found, object expected");
    }

    @Test
    void badEnumValuesSuggestTheClosest() {
        assertThat(where(error("{\"failOn\": \"warnings\"}")))
                .isEqualTo("1:12 'failOn': 'warnings' is not allowed; expected one of error, warning, note,"
                        + " err, warn, info, none (did you mean 'warning'?)");
        assertThat(where(error("{\"documentKinds\": {\"sms/**\": \"sms\"}}")))
                .startsWith("1:30 'documentKinds.sms/**': 'sms' is not allowed; expected one of voice, messaging");
    }

    @Test
    void theFirstProblemInTheFileIsReported() {
        assertThat(where(error("{\"templatez\": true,\n \"rules\": {\"nope\": \"error\"}}"))).startsWith("1:2 unknown key 'templatez'");
        assertThat(where(error("{\"rules\": {\"nope\": \"error\"},\n \"templatez\": true}"))).startsWith("1:12 unknown rule id 'nope'");
    }

    @Test
    void missingFile() {
        assertThatThrownBy(() -> new ConfigLoader(rules).load(dir.resolve("absent.json")))
                .isInstanceOf(ConfigException.class).hasMessageEndingWith("absent.json: no such file");
    }

    @Test
    void foundByWalkingUp() throws Exception {
        Path deep = Files.createDirectories(dir.resolve("a/b/c"));
        Files.writeString(dir.resolve("a/.twiml-lint.json"), "{}");
        assertThat(ConfigLoader.find(deep)).contains(dir.resolve("a/.twiml-lint.json").toAbsolutePath().normalize());
        Files.writeString(dir.resolve("a/b/.twiml-lint.json"), "{}");
        assertThat(ConfigLoader.find(deep)).contains(dir.resolve("a/b/.twiml-lint.json").toAbsolutePath().normalize());
    }

    @Test
    void schemaIsShippedAndClosed() {
        assertThat(ConfigLoader.schema().path("additionalProperties").asBoolean(true)).isFalse();
        List<String> keys = new java.util.ArrayList<>();
        ConfigLoader.schema().path("properties").fieldNames().forEachRemaining(keys::add);
        assertThat(keys).contains("rules", "include", "exclude", "urlMappings", "documentKinds", "templates", "failOn");
    }

    /** "line problem" of a configuration's first problem. */
    private String lineAndProblem(String json) {
        ConfigException e = error(json);
        return e.line() + " " + e.problem();
    }

    @Test
    void aBadGlobIsALocatedProblemWhereverItIs() {
        String never = "bad glob '[a': '[' at position 1 is never closed by ']'";
        assertThat(lineAndProblem("{\n\"include\": [\"ok/**\",\n\"[a\"]}")).isEqualTo("3 " + never);
        assertThat(lineAndProblem("{\n\"exclude\": [\"[a\"]}")).isEqualTo("2 " + never);
        assertThat(lineAndProblem("{\"overrides\": [\n{\"files\": [\"a\"]},\n{\"files\": [\"[a\"]}]}")).isEqualTo("3 " + never);
        assertThat(lineAndProblem("{\"overrides\": [{\"files\": [\"a\"],\n\"excludedFiles\": [\"[a\"]}]}"))
                .isEqualTo("2 " + never);
        assertThat(lineAndProblem("{\"documentKinds\": {\"a/**\": \"voice\",\n\"[a\": \"voice\"}}")).isEqualTo("2 " + never);
    }

    @Test
    void atMostAThousandGlobsInAllTheListsTogether() throws Exception {
        StringBuilder json = new StringBuilder("{");
        for (String list : List.of("include", "exclude")) {
            json.append('"').append(list).append("\": ").append(globs(list, 200)).append(", ");
        }
        json.append("\"overrides\": [{\"files\": ").append(globs("f", 200)).append(", \"excludedFiles\": ")
                .append(globs("x", 200)).append("}], \"documentKinds\": {");
        for (int i = 0; i < 200; i++) {
            json.append(i == 0 ? "" : ", ").append("\"k").append(i).append("\": \"voice\"");
        }
        json.append("}}");
        assertThat(load(json.toString()).overrides()).hasSize(1);
        String oneMore = json.toString().replaceFirst("\"include\": \\[", "\"include\": [\"extra\", ");
        assertThat(where(error(oneMore))).isEqualTo("1:1 1001 globs; at most 1000 are allowed");
    }

    private static String globs(String prefix, int n) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ", ").append('"').append(prefix).append(i).append('"');
        }
        return b.append(']').toString();
    }

    @Test
    void maxWarningsIsMinusOneUpToTheLargestInt() throws Exception {
        assertThat(load("{\"maxWarnings\": -1}").maxWarnings()).isEqualTo(-1);
        assertThat(load("{\"maxWarnings\": 2147483647}").maxWarnings()).isEqualTo(Integer.MAX_VALUE);
        for (String bad : List.of("-2", "2147483648", "99999999999999999999")) {
            assertThat(where(error("{\"maxWarnings\": " + bad + "}")))
                    .isEqualTo("1:17 'maxWarnings': must be -1 (no limit) or more");
        }
    }

    @Test
    void nullsAndNumbersAreNamedAsSuch() {
        assertThat(where(error("{\"failOn\": null}"))).isEqualTo("1:12 'failOn': null found, string expected");
        assertThat(where(error("{\"templates\": 1}"))).isEqualTo("1:15 'templates': integer found, boolean expected");
        assertThat(where(error("{\"templates\": 1.5}"))).isEqualTo("1:15 'templates': number found, boolean expected");
        assertThat(where(error("{\"rules\": {\"option-rule\": {\"options\": {\"names\": [\"a\", 1]}}}}")))
                .isEqualTo("1:49 the option 'names' of 'option-rule' must be a list of strings, found an array");
    }

    @Test
    void ofTwoProblemsOnOneLineTheFirstByColumnIsReported() {
        assertThat(where(error("{\"rules\": {\"nope\": \"error\"}, \"failOn\": \"bad\"}"))).startsWith("1:12 unknown rule id 'nope'");
    }

    @Test
    void quotedKeysAreCutAfterSixtyCharacters() {
        String sixty = "q".repeat(60);
        assertThat(error("{\"" + sixty + "\": 1}").problem()).startsWith("unknown key '" + sixty + "';");
        assertThat(error("{\"" + sixty + "z\": 1}").problem()).startsWith("unknown key '" + sixty + "\u2026';");
    }

    @Test
    void anOverridesExcludedFilesAreLeftOut() throws Exception {
        Configuration c = load("{\"overrides\": [{\"files\": [\"sub/**\"], \"excludedFiles\": [\"sub/keep.xml\"]}]}");
        assertThat(c.overridesFor(dir.resolve("sub/a.xml"))).containsExactly(0);
        assertThat(c.overridesFor(dir.resolve("sub/keep.xml"))).isEmpty();
        assertThat(c.overridesFor(dir.resolve("top.xml"))).isEmpty();
    }

    @Test
    void documentKindsReachTheLinterFromTheMapOrAnOverride() throws Exception {
        Configuration map = load("{\"documentKinds\": {\"sms/**\": \"messaging\"}}");
        Linter linter = map.applyTo(TestDialect.builder(rules), dir).build();
        assertThat(Fixtures.lint(linter, "sms/a.xml", "<Response/>").facts().kind()).isEqualTo("messaging");
        assertThat(Fixtures.lint(linter, "a.xml", "<Response/>").facts().kind()).isNotEqualTo("messaging");
        Configuration override = load("{\"overrides\": [{\"files\": [\"x/**\"]},"
                + " {\"files\": [\"sms/**\"], \"documentKind\": \"messaging\"}]}");
        Linter byOverride = override.applyTo(TestDialect.builder(rules), dir).build();
        assertThat(Fixtures.lint(byOverride, "sms/a.xml", "<Response/>").facts().kind()).isEqualTo("messaging");
    }

    @Test
    void theLinterReportsUnusedSuppressionsWhenTheFileAsks() throws Exception {
        String doc = "<Response>\n<!-- twiml-lint-disable-next-line say-rule -->\n<Pause/>\n</Response>\n";
        for (String json : List.of("{}", "{\"reportUnusedSuppressions\": true}",
                "{\"rules\": {\"unused-suppression\": \"note\"}}", "{\"rules\": {\"unused-suppression\": \"off\"}}")) {
            Linter linter = load(json).applyTo(TestDialect.builder(rules), dir).build();
            boolean reported = Fixtures.lint(linter, "u.xml", doc).findings().stream()
                    .anyMatch(f -> f.ruleId().equals("unused-suppression"));
            assertThat(reported).as(json).isEqualTo(json.contains("true") || json.contains("note"));
        }
    }
}
