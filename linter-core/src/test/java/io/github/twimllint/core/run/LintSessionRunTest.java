package io.github.twimllint.core.run;

import static io.github.twimllint.core.run.LintSessionTest.RULES;
import static io.github.twimllint.core.run.LintSessionTest.brief;
import static io.github.twimllint.core.run.LintSessionTest.paths;
import static io.github.twimllint.core.run.LintSessionTest.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.Finding;
import io.github.twimllint.core.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session's run: the inputs the front end could not read, and the baseline written or applied. */
class LintSessionRunTest {
    private static final String TWO_SAYS_AND_A_PLAY = "<Response><Say>a</Say><Say>b</Say><Play>c</Play></Response>";

    @TempDir
    Path dir;

    private RunOutcome run(RunOptions o, List<Source> sources) throws RunException {
        return LintSession.open(o.config(null, dir), RULES).run(sources, n -> { }, List.of());
    }

    private Source file(String rel, String text) throws Exception {
        return Source.ofFile(write(dir.resolve(rel), text), rel, false);
    }

    private String error(RunOptions o, List<Source> sources) {
        return catchThrowableOfType(() -> run(o, sources), RunException.class).getMessage();
    }

    @Test
    void inputsTheFrontEndCouldNotReadCountAfterTheLintedOnes() throws Exception {
        Source a = file("a.xml", "<Response/>");
        List<Integer> progress = new ArrayList<>();
        RunOutcome out = LintSession.open(RunOptions.in(dir).config(null, dir), RULES)
                .run(List.of(a), progress::add, List.of(FileResult.unreadable("gone", "no such file")));
        assertThat(paths(out.report().files())).containsExactly("a.xml", "gone");
        assertThat(out.status()).isEqualTo(RunOutcome.Status.INPUT_ERROR);
        assertThat(progress).containsExactly(1);
        RunOutcome clean = run(RunOptions.in(dir), List.of(a));
        assertThat(paths(clean.report().files())).containsExactly("a.xml");
        assertThat(clean.status()).isEqualTo(RunOutcome.Status.OK);
        assertThat(clean.baselineWritten()).isEqualTo(-1);
        assertThat(clean.staleBaseline()).isZero();
    }

    @Test
    void theOutcomeCarriesTheFailingLevelAndTheWarningLimit() throws Exception {
        Source a = file("a.xml", "<Response><Play>c</Play></Response>");
        RunOutcome out = run(RunOptions.in(dir).maxWarnings(0), List.of(a));
        assertThat(out.failOn()).isEqualTo(io.github.twimllint.core.Severity.ERROR);
        assertThat(out.maxWarnings()).isZero();
        assertThat(out.status()).isEqualTo(RunOutcome.Status.FINDINGS);
    }

    @Test
    void aWrittenBaselineHoldsTodaysCountsKeyedFromItsFolderAndSuppressesThem() throws Exception {
        Files.createDirectories(dir.resolve("base"));
        List<Source> sources = List.of(file("a.xml", TWO_SAYS_AND_A_PLAY), file("base/in.xml", "<Response><Say>x</Say></Response>"));
        RunOutcome out = run(RunOptions.in(dir).baseline(null, Path.of("base/b.json"), "--baseline"), sources);
        assertThat(out.baselineWritten()).isEqualTo(3);
        assertThat(out.staleBaseline()).isZero();
        assertThat(out.report().findings()).isEmpty();
        assertThat(out.report().suppressed()).hasSize(4).allSatisfy(f -> {
            assertThat(f.suppression().kind()).isEqualTo(Finding.Suppression.Kind.BASELINE);
            assertThat(f.suppression().justification()).isEqualTo("in baseline base/b.json");
        });
        JsonNode written = new ObjectMapper().readTree(dir.resolve("base/b.json").toFile());
        assertThat(new ObjectMapper().writeValueAsString(written)).isEqualTo("{\"version\":1,\"files\":{\""
                + dir.resolve("a.xml") + "\":{\"play-rule\":1,\"say-rule\":2},\"in.xml\":{\"say-rule\":1}}}");
    }

    @Test
    void anAppliedBaselineLetsNewFindingsThroughAndCountsStaleEntries() throws Exception {
        write(dir.resolve("b.json"), "{\"version\": 1, \"files\": {\"a.xml\": {\"say-rule\": 1, \"play-rule\": 3}}}");
        RunOutcome out = run(RunOptions.in(dir).baseline(Path.of("b.json"), null, "--baseline"),
                List.of(file("a.xml", TWO_SAYS_AND_A_PLAY)));
        assertThat(brief(out.report().findings())).containsExactly("a.xml say-rule error");
        assertThat(out.report().suppressed()).hasSize(2)
                .allSatisfy(f -> assertThat(f.suppression().justification()).isEqualTo("in baseline b.json"));
        assertThat(out.staleBaseline()).isEqualTo(1);
        assertThat(out.baselineWritten()).isEqualTo(-1);
        assertThat(out.status()).isEqualTo(RunOutcome.Status.FINDINGS);
    }

    @Test
    void aBaselineThatCannotBeReadOrWrittenIsOneLineNamingTheOption() throws Exception {
        List<Source> a = List.of(file("a.xml", TWO_SAYS_AND_A_PLAY));
        assertThat(error(RunOptions.in(dir).baseline(Path.of("missing.json"), null, "baselineFile"), a))
                .isEqualTo("baselineFile missing.json: no such file (create it with --write-baseline)");
        write(dir.resolve("bad.json"), "{\"version\": 1, \"files\": ");
        assertThat(error(RunOptions.in(dir).baseline(Path.of("bad.json"), null, "--baseline"), a))
                .startsWith("--baseline bad.json: not valid JSON (").doesNotContain("\n");
        write(dir.resolve("old.json"), "{\"version\": 2, \"files\": {}}");
        assertThat(error(RunOptions.in(dir).baseline(Path.of("old.json"), null, "--baseline"), a))
                .isEqualTo("--baseline old.json: unsupported baseline version 2 (expected 1)");
        Files.createDirectories(dir.resolve("folder"));
        assertThat(error(RunOptions.in(dir).baseline(Path.of("folder"), null, "--baseline"), a))
                .isEqualTo("--baseline folder: is a directory");
        assertThat(error(RunOptions.in(dir).baseline(null, Path.of("no/b.json"), "--baseline"), a))
                .isEqualTo("cannot write the baseline to no/b.json: the folder does not exist");
    }

    @Test
    void baselineKeysAreRelativeToItsFolderOrAbsoluteOutsideItAndNamesInAnglesStay() {
        var keys = Baselines.keys(dir.resolve("base/b.json"), dir.resolve("work"));
        assertThat(keys.apply("../base/x/a.xml")).isEqualTo("x/a.xml");
        assertThat(keys.apply("a.xml")).isEqualTo(dir.resolve("work/a.xml").toString());
        assertThat(keys.apply("<stdin>")).isEqualTo("<stdin>");
        assertThat(keys.apply("../base/./x/../y.xml")).isEqualTo("y.xml");
    }

    @Test
    void baselinePathsAreResolvedInTheBaseFolder() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        write(dir.resolve("b.json"), "{\"version\": 1, \"files\": {\"work/a.xml\": {\"say-rule\": 2, \"play-rule\": 1}}}");
        Source a = Source.ofFile(write(work.resolve("a.xml"), TWO_SAYS_AND_A_PLAY), "a.xml", false);
        RunOutcome out = LintSession.open(RunOptions.in(work).config(null, dir)
                .baseline(Path.of("../b.json"), null, "--baseline"), RULES).run(List.of(a), n -> { }, List.of());
        assertThat(out.report().findings()).isEmpty();
        assertThat(out.report().suppressed()).hasSize(3);
    }
}
