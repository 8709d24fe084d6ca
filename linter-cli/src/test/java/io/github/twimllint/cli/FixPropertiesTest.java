package io.github.twimllint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.Finding;
import io.github.twimllint.core.Fix;
import io.github.twimllint.core.Fixer;
import io.github.twimllint.core.RuleSet;
import io.github.twimllint.core.Source;
import io.github.twimllint.core.parse.Decoding;
import io.github.twimllint.core.run.FixRun;
import io.github.twimllint.core.run.LintSession;
import io.github.twimllint.core.run.RunOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Properties of --fix over real documents (the shared corpus, skipped without it) and the fuzz
 * inputs: a second fix changes nothing; bytes outside the replaced spans are identical; a
 * well-formed document stays well-formed and its findings never grow.
 */
class FixPropertiesTest {
    private static final Path CORPUS = Path.of("").toAbsolutePath().getParent().resolveSibling("shared")
            .resolve("corpus");
    private static final Path FUZZ = Path.of("src/test/resources/io/github/twimllint/cli/PipelineFuzzTestInputs/pipeline");

    @TempDir
    Path dir;

    @Test
    void fuzzInputs() throws Exception {
        check(documents(FUZZ), false);
    }

    @Test
    void corpus() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), "skipped: no shared corpus at " + CORPUS);
        check(documents(CORPUS), true);
    }

    private static Map<String, byte[]> documents(Path root) throws Exception {
        Map<String, byte[]> docs = new LinkedHashMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
                String name = root.relativize(p).toString();
                if (!name.endsWith(".md") && !name.endsWith(".json")) {
                    docs.put(name, Files.readAllBytes(p));
                }
            }
        }
        return docs;
    }

    private void check(Map<String, byte[]> docs, boolean someFixed) throws Exception {
        LintSession session = LintSession.open(RunOptions.in(dir).noConfig(true), RuleSet.discover());
        List<Source> sources = sources(docs);
        Map<String, FileResult> before = new LinkedHashMap<>();
        session.run(sources, null, List.of()).report().files().forEach(f -> before.put(f.path(), f));
        FixRun run = session.fix(sources, null, List.of());
        Map<String, FileResult> after = new LinkedHashMap<>();
        run.outcome().report().files().forEach(f -> after.put(f.path(), f));
        if (someFixed) {
            assertThat(run.fixed()).as("documents fixed").isNotEmpty();
        }
        Map<String, byte[]> fixedDocs = new LinkedHashMap<>(docs);
        for (FixRun.Fixed f : run.fixed()) {
            String name = f.source().displayPath();
            fixedDocs.put(name, f.after());
            FileResult was = before.get(name);
            FileResult is = after.get(name);
            if (!syntax(was)) {
                assertThat(syntax(is)).as("%s stays well-formed", name).isFalse();
                assertThat(counted(is)).as("findings on %s never grow", name).isLessThanOrEqualTo(counted(was));
            }
            onlySpansChange(name, docs.get(name), was.findings());
        }
        FixRun again = session.fix(sources(fixedDocs), null, List.of());
        assertThat(again.fixed()).as("a second --fix changes nothing").isEmpty();
    }

    /** One pass rebuilt from the raw bytes: the bytes between the applied spans are the original bytes. */
    private static void onlySpansChange(String name, byte[] raw, List<Finding> findings) throws Exception {
        Fixer.Result pass = Fixer.apply(raw, findings);
        if (!pass.changed()) {
            return;
        }
        Decoding.Detected d = Decoding.detect(raw, Math.min(raw.length, 512));
        String text = Fixer.decode(d.charset(), raw, d.bomLength());
        Set<Fix.Edit> edits = new LinkedHashSet<>();
        pass.fixed().forEach(f -> edits.addAll(f.fix().edits()));
        List<Fix.Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Fix.Edit::offset));
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        int at = 0;
        int byteAt = d.bomLength();
        expected.write(raw, 0, byteAt);
        for (Fix.Edit e : sorted) {
            int between = text.substring(at, e.offset()).getBytes(d.charset()).length;
            expected.write(raw, byteAt, between);
            expected.writeBytes(e.replacement().getBytes(d.charset()));
            byteAt += between + e.original().getBytes(d.charset()).length;
            at = e.end();
        }
        expected.write(raw, byteAt, raw.length - byteAt);
        assertThat(pass.bytes()).as("bytes of %s outside the replaced spans", name).isEqualTo(expected.toByteArray());
    }

    private static List<Source> sources(Map<String, byte[]> docs) {
        List<Source> sources = new ArrayList<>();
        docs.forEach((name, bytes) -> sources.add(Source.ofStream(name, () -> new ByteArrayInputStream(bytes))));
        return sources;
    }

    private static boolean syntax(FileResult r) {
        return r.findings().stream().anyMatch(f -> f.ruleId().equals("xml-syntax") && !f.isSuppressed());
    }

    private static long counted(FileResult r) {
        return r.findings().stream().filter(f -> !f.isSuppressed()).count();
    }
}
