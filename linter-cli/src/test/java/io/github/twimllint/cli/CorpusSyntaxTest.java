package io.github.twimllint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every document the shared corpus README lists as not well-formed gets an {@code xml-syntax}
 * finding with a line and column, in one run that lints all of them; and the whole corpus runs
 * without an internal error. The corpus is test data beside the repository
 * ({@code ../shared/corpus}); the test is skipped without it.
 */
class CorpusSyntaxTest {

    /** The repository root: the parent of this module's directory. */
    private static final Path CORPUS = Path.of("").toAbsolutePath().getParent().resolveSibling("shared").resolve("corpus");
    private static final Pattern PATH = Pattern.compile("`([^`\\s]+\\.(?:xml|twiml))`");
    private static final Pattern FINDING = Pattern.compile("^(.+):(\\d+):(\\d+): error: .* \\[xml-syntax\\]$");

    private static void assumeCorpus() {
        assumeTrue(Files.isRegularFile(CORPUS.resolve("README.md")),
                "skipped: the shared corpus is not at " + CORPUS + " (it is test data kept outside the repository)");
    }

    /** The files of the README section "Not well-formed XML", with ".1.twiml"-style shorthands expanded. */
    static List<String> notWellFormed() throws IOException {
        List<String> lines = Files.readAllLines(CORPUS.resolve("README.md"));
        Set<String> files = new LinkedHashSet<>();
        boolean in = false;
        for (String line : lines) {
            if (line.startsWith("**Not well-formed XML")) {
                in = true;
                continue;
            }
            if (in && (line.startsWith("**") || line.startsWith("#"))) {
                break;
            }
            if (!in) {
                continue;
            }
            String previous = null;
            Matcher m = PATH.matcher(line);
            while (m.find()) {
                String f = m.group(1);
                if (f.startsWith(".") && previous != null) {
                    // "`...README.md.0.twiml` and `.1.twiml`": same name, another ending.
                    String stem = previous.substring(0, previous.length() - f.length());
                    f = stem + f;
                }
                files.add(f);
                previous = f;
            }
        }
        return new ArrayList<>(files);
    }

    @Test
    void everyNotWellFormedDocumentIsAnXmlSyntaxFinding() throws IOException {
        assumeCorpus();
        List<String> files = notWellFormed();
        assertThat(files).as("documents listed in the README").hasSizeGreaterThanOrEqualTo(20);
        List<String> args = new ArrayList<>();
        for (String f : files) {
            Path p = CORPUS.resolve(f);
            assertThat(p).as("listed in the README").isRegularFile();
            args.add(p.toString());
        }
        InProcessCli r = InProcessCli.run(args.toArray(new String[0]));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).contains(files.size() + " files linted");
        Set<String> withFinding = new LinkedHashSet<>();
        for (String line : r.out().lines().toList()) {
            Matcher m = FINDING.matcher(line);
            if (m.matches()) {
                assertThat(Integer.parseInt(m.group(2))).isPositive();
                assertThat(Integer.parseInt(m.group(3))).isPositive();
                withFinding.add(m.group(1));
            }
        }
        List<String> missing = new ArrayList<>();
        for (String f : files) {
            if (!withFinding.contains(CORPUS.resolve(f).toString())) {
                missing.add(f);
            }
        }
        assertThat(missing).as("documents without an xml-syntax finding").isEmpty();
    }

    @Test
    void wholeCorpusRunsWithoutInternalErrors() {
        assumeCorpus();
        InProcessCli r = InProcessCli.run(CORPUS.toString());
        assertThat(r.exitCode()).as(r.err()).isIn(ExitCodes.OK, ExitCodes.FINDINGS);
        assertThat(r.err()).doesNotContain("internal error");
    }
}
