package io.github.twimllint.benchmarks;

import io.github.twimllint.core.DocumentFacts;
import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.Finding;
import io.github.twimllint.core.Linter;
import io.github.twimllint.core.RuleSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The project phase alone (reference resolution plus the three cross-document rules) over
 * synthetic facts: {@code documents} documents in folders of 1,000, each with two references, so
 * 100,000 documents make 200,000 references. Half the documents are callers (a {@code <Number url>}
 * to a whisper in another folder, a {@code <Conference waitUrl>} in their own folder); the other
 * half are whispers that redirect to the next whisper in chains of up to four, and reference one
 * more whisper through an absolute URL under a mapped base (extension-less, so a second candidate
 * is tried). 1% of whispers dial, 1% of hold documents gather. All targets are in the project, so no
 * file system access happens except for the few missing documents (every 500th caller).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class ProjectPhaseBenchmark {

    @Param({"10000", "100000"})
    public int documents;

    private Linter linter;
    private List<FileResult> results;
    private Map<String, FileResult> byName;

    @Setup(Level.Trial)
    public void setUp() {
        Path root = Path.of("/nonexistent-twiml-lint-bench").toAbsolutePath();
        linter = Linter.builder(RuleSet.discover())
                .urlMappings(Map.of("https://example.com/twiml/", root))
                .build();
        results = new ArrayList<>(documents);
        for (int i = 0; i < documents; i++) {
            results.add(new FileResult(name(i), List.of(), false, null, null, facts(root, i)));
        }
        byName = new java.util.HashMap<>(documents * 2);
        for (FileResult r : results) {
            byName.put(r.facts().file().toString(), r);
        }
    }

    private static String name(int i) {
        return "d" + (i / 1000) + "/doc" + i + ".xml";
    }

    private DocumentFacts facts(Path root, int i) {
        String path = name(i);
        Path file = root.resolve(path);
        List<DocumentFacts.Verb> verbs = new ArrayList<>();
        List<DocumentFacts.Reference> refs = new ArrayList<>();
        if (i % 2 == 0) {
            // A caller: a whisper in another folder, hold music in its own.
            int whisper = (i + 1 + 7_000) % documents;
            String whisperUrl = i % 500 == 0 ? "../d" + (whisper / 1000) + "/missing" + i + ".xml"
                    : "../d" + (whisper / 1000) + "/doc" + whisper + ".xml";
            verbs.add(new DocumentFacts.Verb("Dial", 3, 3));
            refs.add(ref("Number", "url", whisperUrl, 4));
            int hold = odd(i - (i % 1000) + ((i * 7) % 1000));
            refs.add(ref("Conference", "waitUrl", "doc" + Math.min(hold, documents - 1) + ".xml", 5));
        } else {
            verbs.add(new DocumentFacts.Verb("Say", 3, 3));
            if (i % 100 == 1) {
                verbs.add(new DocumentFacts.Verb("Dial", 4, 3));
            }
            if (i % 100 == 3) {
                verbs.add(new DocumentFacts.Verb("Gather", 4, 3));
            }
            int other = odd((i * 31) % documents);
            refs.add(ref("Client", "url", "https://example.com/twiml/d" + (other / 1000) + "/doc" + other, 5));
            if (i % 8 != 7 && i + 2 < documents) {
                verbs.add(new DocumentFacts.Verb("Redirect", 6, 3));
                refs.add(ref("Redirect", null, "doc" + (i + 2) + ".xml", 6));
            } else {
                refs.add(ref("Enqueue", "waitUrl", "{{ hold }}", 6));
            }
        }
        return new DocumentFacts(path, file, "Response", verbs, refs);
    }

    private int odd(int i) {
        int o = i | 1;
        return o < documents ? o : documents - 1;
    }

    private static DocumentFacts.Reference ref(String element, String attribute, String value, int line) {
        boolean templated = value.startsWith("{{");
        return new DocumentFacts.Reference(element, attribute, value, templated, line, 20, line,
                20 + value.length(), "/Response/" + element + "[1]" + (attribute == null ? "/text()" : "/@" + attribute));
    }

    @Benchmark
    public int projectPhase() {
        int findings = 0;
        for (FileResult r : linter.checkProject(results)) {
            findings += r.findings().size();
        }
        return findings;
    }

    /**
     * Experimental control: the bare cost of one string-keyed hash lookup per reference (a freshly
     * built absolute name looked up among all documents), the least any resolution must do.
     */
    @Benchmark
    public int baselineLookups() {
        int hits = 0;
        for (FileResult r : results) {
            DocumentFacts f = r.facts();
            String folder = f.file().getParent().toString();
            for (DocumentFacts.Reference ref : f.references()) {
                if (byName.get(folder + "/" + ref.value()) != null) {
                    hits++;
                }
            }
        }
        return hits;
    }

    /** Prints what one run finds, as a sanity check of the synthetic project. */
    public static void main(String[] args) {
        ProjectPhaseBenchmark b = new ProjectPhaseBenchmark();
        b.documents = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        b.setUp();
        long refs = b.results.stream().mapToLong(r -> r.facts().references().size()).sum();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 10; i++) {
            long t = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            List<FileResult> out = b.linter.checkProject(b.results);
            long ms = (System.nanoTime() - t) / 1_000_000;
            long cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
            Map<String, Long> byRule = new java.util.TreeMap<>();
            for (FileResult r : out) {
                for (Finding f : r.findings()) {
                    byRule.merge(f.ruleId(), 1L, Long::sum);
                }
            }
            System.out.println(b.documents + " documents, " + refs + " references: " + ms + " ms (" + cpuMs
                    + " ms CPU in this thread), " + byRule);
        }
    }
}
