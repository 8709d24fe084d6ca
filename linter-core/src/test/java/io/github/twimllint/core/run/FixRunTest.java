package io.github.twimllint.core.run;

import static io.github.twimllint.core.run.LintSessionTest.RULES;
import static io.github.twimllint.core.run.LintSessionTest.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.twimllint.core.Source;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --fix and --diff in the run layer: fixes applied in passes (the engine's own raw-'&' fix, one
 * per pass as each hides the next), the diff text, the summary, and the files written in place.
 */
class FixRunTest {
    @TempDir
    Path dir;

    private LintSession session() throws RunException {
        return LintSession.open(RunOptions.in(dir).config(null, dir), RULES);
    }

    private static Source stdin(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return Source.ofStream(name, () -> new ByteArrayInputStream(bytes));
    }

    /** A document with n raw ampersands, one per line. */
    private static String ampersands(int n) {
        StringBuilder b = new StringBuilder("<Response>\n");
        for (int i = 0; i < n; i++) {
            b.append("<Pause/><!-- ").append(i).append(" -->").append(i).append(" & x\n");
        }
        return b.append("</Response>\n").toString();
    }

    @Test
    void eachPassFixesWhatTheLastUnblockedAndTheDiffGoesFromTheOriginal() throws Exception {
        Path t = write(dir.resolve("t.xml"), "<Response>\n<Say>a & b</Say>\n<Say>c &amp; d</Say>\n"
                + "<Play>e & f</Play>\n</Response>\n");
        List<Integer> progress = new ArrayList<>();
        FixRun fix = session().fix(List.of(Source.ofFile(t, "t.xml", false)), progress::add, List.of());
        assertThat(progress).as("progress counts the first pass only").containsExactly(1);
        assertThat(fix.findingsFixed()).isEqualTo(2);
        assertThat(fix.summary()).isEqualTo("2 findings fixed in 1 file");
        assertThat(fix.outcome().report().findings()).extracting(f -> f.ruleId())
                .containsExactly("say-rule", "say-rule", "play-rule");
        assertThat(fix.diff()).isEqualTo("--- a/t.xml\n+++ b/t.xml\n@@ -1,5 +1,5 @@\n <Response>\n"
                + "-<Say>a & b</Say>\n+<Say>a &amp; b</Say>\n <Say>c &amp; d</Say>\n"
                + "-<Play>e & f</Play>\n+<Play>e &amp; f</Play>\n </Response>\n");
        assertThat(fix.fixed()).singleElement().satisfies(f -> {
            assertThat(new String(f.before(), StandardCharsets.UTF_8)).contains("a & b").contains("e & f");
            assertThat(f.findings()).isEqualTo(2);
        });
        assertThat(Files.readString(t)).as("nothing written before write()").contains("a & b");
        assertThat(fix.write()).isEmpty();
        assertThat(Files.readString(t)).isEqualTo("<Response>\n<Say>a &amp; b</Say>\n<Say>c &amp; d</Say>\n"
                + "<Play>e &amp; f</Play>\n</Response>\n");
    }

    @Test
    void noMoreThanTenPassesAreMade() throws Exception {
        FixRun ten = session().fix(List.of(stdin("ten.xml", ampersands(10))), n -> { }, List.of());
        assertThat(ten.findingsFixed()).isEqualTo(10);
        assertThat(ten.outcome().report().findings()).isEmpty();
        FixRun twelve = session().fix(List.of(stdin("twelve.xml", ampersands(12))), n -> { }, List.of());
        assertThat(twelve.findingsFixed()).isEqualTo(FixRun.MAX_PASSES);
        assertThat(twelve.outcome().report().findings()).singleElement()
                .satisfies(f -> assertThat(f.line()).as("the 11th '&'").isEqualTo(12));
    }

    @Test
    void summaryCountsFindingsAndFilesInInputOrder() throws Exception {
        Source one = stdin("one.xml", "<Response><Say>a & b</Say></Response>");
        Source clean = stdin("clean.xml", "<Response/>");
        Source two = stdin("two\\b.xml", "<Response><Say>a & b</Say>\n<Play>c & d</Play></Response>");
        FixRun fix = session().fix(List.of(one, clean, two), n -> { }, List.of());
        assertThat(fix.summary()).isEqualTo("3 findings fixed in 2 files");
        assertThat(fix.fixed()).extracting(f -> f.source().displayPath()).containsExactly("one.xml", "two\\b.xml");
        assertThat(fix.diff()).startsWith("--- a/one.xml\n").contains("--- a/two/b.xml\n+++ b/two/b.xml\n");
        assertThat(new String(fix.document(one), StandardCharsets.UTF_8)).isEqualTo("<Response><Say>a &amp; b</Say></Response>");
        assertThat(new String(fix.document(clean), StandardCharsets.UTF_8)).isEqualTo("<Response/>");
        assertThat(fix.write()).as("standard input is the caller's to print").isEmpty();
        FixRun single = session().fix(List.of(one), n -> { }, List.of());
        assertThat(single.summary()).isEqualTo("1 finding fixed in 1 file");
        FixRun none = session().fix(List.of(clean), n -> { }, List.of());
        assertThat(none.summary()).isEqualTo("0 findings fixed in 0 files");
        assertThat(none.diff()).isEmpty();
    }

    @Test
    void theDiffOfAUtf16DocumentIsText() throws Exception {
        byte[] bytes = ("\ufeff<Response><Say>a & b</Say></Response>\n").getBytes(StandardCharsets.UTF_16LE);
        FixRun fix = session().fix(List.of(Source.ofStream("u.xml", () -> new ByteArrayInputStream(bytes))),
                n -> { }, List.of());
        assertThat(fix.diff()).isEqualTo("--- a/u.xml\n+++ b/u.xml\n@@ -1,1 +1,1 @@\n"
                + "-<Response><Say>a & b</Say></Response>\n+<Response><Say>a &amp; b</Say></Response>\n");
    }

    @Test
    void aPathThatIsNotARegularFileIsRefused() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("d"));
        assertThat(catchThrowableOfType(() -> session().fix(List.of(Source.ofFile(folder, "d", false)), n -> { },
                List.of()), RunException.class)).hasMessage(
                "d: not a regular file; --fix and --diff work on files (use '-' for standard input)");
    }

    @Test
    void aDocumentThatCannotBeReadAgainIsOneLine() throws Exception {
        byte[] bytes = "<Response>a & b</Response>".getBytes(StandardCharsets.UTF_8);
        AtomicInteger opened = new AtomicInteger();
        Source once = Source.ofStream("once.xml", () -> {
            if (opened.getAndIncrement() > 0) {
                throw new IOException("Gone away");
            }
            return new ByteArrayInputStream(bytes);
        });
        assertThat(catchThrowableOfType(() -> session().fix(List.of(once), n -> { }, List.of()), RunException.class))
                .hasMessage("cannot read once.xml again to fix it: gone away");
    }

    @Test
    void aDocumentWithNothingToFixIsNotReadAgain() throws Exception {
        byte[] bytes = "<Response><Say>a</Say></Response>".getBytes(StandardCharsets.UTF_8);
        AtomicInteger opened = new AtomicInteger();
        Source pipe = Source.ofStream("pipe.xml", () -> {
            opened.incrementAndGet();
            return new ByteArrayInputStream(bytes);
        });
        FixRun fix = session().fix(List.of(pipe), n -> { }, List.of());
        assertThat(fix.summary()).isEqualTo("0 findings fixed in 0 files");
        assertThat(fix.outcome().report().findings()).extracting(f -> f.ruleId()).containsExactly("say-rule");
        assertThat(opened).as("read once, to lint it").hasValue(1);
    }

    @Test
    void aFixedFileThatCannotBeWrittenIsALineAndTheOthersAreWritten() throws Exception {
        Path lost = write(dir.resolve("lost/t.xml"), "<Response>a & b</Response>");
        Path kept = write(dir.resolve("t.xml"), "<Response>a & b</Response>");
        FixRun fix = session().fix(List.of(Source.ofFile(lost, "lost/t.xml", false), Source.ofFile(kept, "t.xml", false)),
                n -> { }, List.of());
        Files.delete(lost);
        Files.delete(lost.getParent());
        assertThat(fix.write()).containsExactly("cannot write the fixed lost/t.xml: the folder does not exist");
        assertThat(Files.readString(kept)).isEqualTo("<Response>a &amp; b</Response>");
    }
}
