package io.github.twimllint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twimllint.core.FileCollector;
import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.Finding;
import io.github.twimllint.core.Fixtures;
import io.github.twimllint.core.Linter;
import io.github.twimllint.core.RuleSet;
import io.github.twimllint.core.run.LintSession;
import io.github.twimllint.core.run.RunException;
import io.github.twimllint.core.run.RunOptions;
import io.github.twimllint.core.run.RunOutcome;
import io.github.twimllint.core.Source;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs every rule over the shared corpus of real TwiML (../shared/corpus, kept outside the
 * repository and never copied into it) as {@code twiml-lint --no-config corpus/} does: through the
 * run layer ({@link LintSession}), all documents as one project, so the cross-document rules
 * ({@code url-document-*}) see real TwiML. No document may crash the linter or take more than a
 * second, and every finding on every document (Twilio's {@code api-snippets/} and
 * {@code twilio-java-tests/}, the third-party {@code wild/} and {@code wild2/}) must be a recorded
 * true finding in {@code corpus-expectations.tsv}, with the constraint it breaks, its level and its
 * message. A new finding is a false positive to fix or a violation to record; a recorded one that no
 * longer appears, or appears with another level or message, fails too. The twilio-java fragments
 * (single elements, not documents) are held to the same standard for the rules that judge
 * attributes on their own.
 *
 * <p>{@code -Dtwimllint.writeCorpusExpectations=true} fills in the level and message of recorded
 * findings (rows with only the first six columns, or an old message) from the run; it never adds a
 * row: deciding that a finding is true is a person's job.
 */
class CorpusConformanceTest {
    private static final String EXPECTATIONS = "/corpus-expectations.tsv";
    private static final Pattern CONSTRAINT = Pattern.compile("C\\d{3}|-");
    private static final long MAX_NANOS_PER_DOCUMENT = 1_000_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * Rules that judge one attribute on its own, so their findings mean the same in a fragment:
     * the twilio-java tests' single-element fragments ({@code <Dial .../>}, skipped as documents)
     * exercise every attribute the SDK knows, with its test values.
     */
    private static final Set<String> ATTRIBUTE_RULES = Set.of("invalid-attribute-value", "invalid-method",
            "invalid-url", "callback-hostname", "status-callback-event", "unknown-attribute");

    /** String-concatenation pieces: not documents (corpus README), so not linted. */
    private static boolean isDocument(String path) {
        return !path.startsWith("wild/fragments/");
    }

    @Test
    void corpusLintsWithoutCrashesAndOnlyRecordedFindings() throws IOException, RunException {
        Path corpus = repositoryRoot().resolve("../shared/corpus").normalize();
        Assumptions.assumeTrue(Files.isDirectory(corpus),
                "corpus conformance skipped: no TwiML corpus at " + corpus
                        + " (it is test data kept beside the repository, not in it)");

        LintSession session = LintSession.open(RunOptions.in(corpus).noConfig(true).jobs(1), RuleSet.discover());
        Linter linter = session.linter();
        Fixtures.lint(linter, "warm-up.xml", "<Response><Say>warm up</Say></Response>"); // loads the vocabulary

        List<Source> sources = new ArrayList<>();
        for (Source s : new FileCollector(corpus).collect(List.of(corpus)).sources()) {
            if (isDocument(s.displayPath())) {
                sources.add(s);
            }
        }
        assertThat(sources).as("documents found in %s", corpus).isNotEmpty();
        assertThat(sources).as("wild/ and wild2/ are linted").anyMatch(s -> s.displayPath().startsWith("wild/"))
                .anyMatch(s -> s.displayPath().startsWith("wild2/"));

        List<String> problems = new ArrayList<>();
        Map<String, Finding> actual = new TreeMap<>();
        Map<String, Integer> perRule = new TreeMap<>();
        Map<String, Integer> perRuleInFragments = new TreeMap<>();
        // With one job the session lints in order and reports each document done: the CPU time
        // between two reports is that document's (the project phase comes after the last).
        long[] slowest = {0, 0};
        String[] slowestPath = {""};
        long[] mark = {cpuNanos()};
        long started = System.nanoTime();
        RunOutcome outcome = session.run(sources, done -> {
            long now = cpuNanos();
            long took = now - mark[0];
            mark[0] = now;
            String path = sources.get(done - 1).displayPath();
            if (took > slowest[0]) {
                slowest[0] = took;
                slowestPath[0] = path;
            }
            if (took > MAX_NANOS_PER_DOCUMENT) {
                problems.add(path + ": took " + took / 1_000_000 + " ms");
            }
        }, List.of());
        int fragments = 0;
        int linted = 0;
        int skipped = 0;
        for (FileResult r : outcome.report().files()) {
            if (r.internalError() != null) {
                problems.add(r.path() + ": internal error: " + r.internalError());
            }
            if (r.readError() != null) {
                problems.add(r.path() + ": read error: " + r.readError());
            }
            if (r.skipped()) {
                skipped++;
                if (r.path().startsWith("twilio-java-tests/")) {
                    fragments++;
                    FileResult fr = linter.lint(Source.ofFile(corpus.resolve(r.path()), r.path(), false));
                    if (fr.internalError() != null) {
                        problems.add(r.path() + ": internal error: " + fr.internalError());
                    }
                    for (Finding f : fr.findings()) {
                        if (!f.isSuppressed() && ATTRIBUTE_RULES.contains(f.ruleId())) {
                            perRuleInFragments.merge(f.ruleId(), 1, Integer::sum);
                            actual.put(key(f.path(), f.ruleId(), f.line(), f.column()), f);
                        }
                    }
                }
                continue;
            }
            linted++;
        }
        for (Finding f : outcome.report().findings()) {
            perRule.merge(f.ruleId(), 1, Integer::sum);
            actual.put(key(f.path(), f.ruleId(), f.line(), f.column()), f);
        }
        long slowestCpu = slowest[0];
        System.out.printf("corpus: %d documents linted, %d *.xml skipped (root is not <Response>) in %d ms"
                + " (wall), slowest %d ms CPU (%s)%n", linted, skipped, (System.nanoTime() - started) / 1_000_000,
                slowestCpu / 1_000_000, slowestPath[0]);
        System.out.println("corpus: findings per rule (all documents): " + perRule);
        System.out.printf("corpus: attribute-rule findings on %d twilio-java-tests fragments: %s%n", fragments,
                perRuleInFragments);
        assertThat(problems).as("documents that crashed or were slow").isEmpty();

        Map<String, String[]> expected = readExpectations(problems);
        if (Boolean.getBoolean("twimllint.writeCorpusExpectations")) {
            writeExpectations(actual); // the source file: this run still compares with the copy on the class path
        }
        List<String> unexpected = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, Finding> e : actual.entrySet()) {
            Finding f = e.getValue();
            String[] row = expected.get(e.getKey());
            if (row == null) {
                unexpected.add(e.getKey() + "\t(" + f.severity().label() + ": " + f.message() + ")");
            } else if (row.length < 8 || !row[6].equals(f.severity().label()) || !row[7].equals(f.message())) {
                changed.add(e.getKey() + "\trecorded " + (row.length < 8 ? "without level and message"
                        : row[6] + ": " + row[7]) + "\n\t\tnow " + f.severity().label() + ": " + f.message());
            }
        }
        List<String> stale = new ArrayList<>(new TreeSet<>(expected.keySet()));
        stale.removeAll(actual.keySet());
        assertThat(problems).as("malformed lines in %s", EXPECTATIONS).isEmpty();
        assertThat(unexpected).as("findings that %s does not record: fix the false positive, or record the"
                + " violation with its C-number", EXPECTATIONS).isEmpty();
        assertThat(stale).as("recorded in %s but no longer found: remove them", EXPECTATIONS).isEmpty();
        assertThat(changed).as("findings whose level or message is not the recorded one (if the change is"
                + " meant, -Dtwimllint.writeCorpusExpectations=true records it)").isEmpty();
    }

    /**
     * The time this thread has spent on the CPU (wall time where the JVM cannot tell): the build
     * machine is shared, and a document must not fail the limit because another process ran.
     */
    private static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static String key(String file, String rule, int line, int column) {
        return file + "\t" + rule + "\t" + line + "\t" + column;
    }

    /**
     * file, rule, line, column, constraint (C-number, or - for a true finding no numbered constraint
     * states, such as a url naming a missing document), reason, level, message; '#' starts a comment line.
     */
    private static Map<String, String[]> readExpectations(List<String> problems) throws IOException {
        Map<String, String[]> map = new LinkedHashMap<>();
        try (InputStream in = CorpusConformanceTest.class.getResourceAsStream(EXPECTATIONS)) {
            assertThat(in).as("%s on the test class path", EXPECTATIONS).isNotNull();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("file\t")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length != 6 && c.length != 8 || !c[2].matches("\\d+") || !c[3].matches("\\d+")
                        || !CONSTRAINT.matcher(c[4]).matches() || c[5].isBlank()) {
                    problems.add(EXPECTATIONS + ":" + n + ": expected file, rule, line, column, C-number, reason,"
                            + " level, message: " + line);
                    continue;
                }
                String k = key(c[0], c[1], Integer.parseInt(c[2]), Integer.parseInt(c[3]));
                if (map.put(k, c) != null) {
                    problems.add(EXPECTATIONS + ":" + n + ": duplicate: " + k);
                }
            }
        }
        return map;
    }

    /** Rewrites the expectations with each recorded finding's level and message as found now; adds no row. */
    private static void writeExpectations(Map<String, Finding> actual) throws IOException {
        Path file = Path.of("src/test/resources" + EXPECTATIONS);
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] c = line.split("\t", -1);
            if (line.startsWith("file\t")) {
                out.add("file\trule\tline\tcolumn\tconstraint\treason\tlevel\tmessage");
                continue;
            }
            if (line.isBlank() || line.startsWith("#") || c.length < 6) {
                out.add(line);
                continue;
            }
            Finding f = c[2].matches("\\d+") && c[3].matches("\\d+")
                    ? actual.get(key(c[0], c[1], Integer.parseInt(c[2]), Integer.parseInt(c[3]))) : null;
            out.add(f == null ? line : String.join("\t", c[0], c[1], c[2], c[3], c[4], c[5], f.severity().label(),
                    f.message()));
        }
        Files.write(file, out, StandardCharsets.UTF_8);
    }

    /** The directory holding the parent pom (tests run in a module directory). */
    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("linter-core")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        return dir.getParent() == null ? dir : dir.getParent();
    }
}
