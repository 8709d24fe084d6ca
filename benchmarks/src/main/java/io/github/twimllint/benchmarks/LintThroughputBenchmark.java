package io.github.twimllint.benchmarks;

import com.ctc.wstx.stax.WstxInputFactory;
import io.github.twimllint.core.Attribute;
import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.Fix;
import io.github.twimllint.core.Linter;
import io.github.twimllint.core.RuleSet;
import io.github.twimllint.core.Source;
import io.github.twimllint.core.parse.XmlParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * In-process throughput of a full lint (every built-in rule, one thread) against the least any
 * linter must do: a bare Woodstox {@link XMLStreamReader} pass over the same bytes. The documents
 * are read into memory once, so neither side pays for the disk. The bar of issue 15: the lint at
 * least 60% of the scan's throughput. Documents: the first {@code documents} files of a folder made
 * by {@code benchmarks/scripts/Generate.java} ({@code -Dbench.repo=DIR}, default
 * {@code benchmarks/target/bench/repo}, as {@code benchmarks/run.sh} makes it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:+UseSerialGC"})
public class LintThroughputBenchmark {

    @Param({"2000"})
    public int documents;

    private final List<byte[]> docs = new ArrayList<>();
    private Linter linter;
    private Linter noRules;
    private XMLInputFactory factory;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path repo = Path.of(System.getProperty("bench.repo", "benchmarks/target/bench/repo"));
        try (Stream<Path> files = Files.walk(repo)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted().limit(documents)::iterator) {
                docs.add(Files.readAllBytes(f));
            }
        }
        if (docs.isEmpty()) {
            throw new IllegalStateException("no documents in " + repo + ": run benchmarks/run.sh first");
        }
        linter = Linter.builder(RuleSet.discover()).build();
        noRules = Linter.builder(RuleSet.of()).build();
        factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    }

    /** Documents linted; findings summed so nothing is optimised away. */
    @Benchmark
    @OperationsPerInvocation(2000)
    public int lint() {
        return lintAll(linter, r -> r.findings().size());
    }

    private int lintAll(Linter with, java.util.function.ToIntFunction<FileResult> count) {
        int sum = 0;
        for (int i = 0; i < docs.size(); i++) {
            byte[] d = docs.get(i);
            sum += count.applyAsInt(with.lint(Source.ofStream("doc" + i + ".xml", () -> new ByteArrayInputStream(d))));
        }
        return sum;
    }

    /**
     * A lint without rules: the parse plus the engine's own work per document (set-up, elements,
     * document kind, facts, suppression comments). Minus {@link #parse}, what the engine costs.
     */
    @Benchmark
    @OperationsPerInvocation(2000)
    public int engine() {
        return lintAll(noRules, r -> r.facts().verbs().size());
    }

    /**
     * The engine's parse alone (decoding, template masking, Woodstox, located attributes) with a
     * handler that does nothing: what a lint costs before any rule runs.
     */
    @Benchmark
    @OperationsPerInvocation(2000)
    public int parse() {
        int events = 0;
        for (int i = 0; i < docs.size(); i++) {
            byte[] d = docs.get(i);
            Counter counter = new Counter();
            new XmlParser(Source.ofStream("doc" + i + ".xml", () -> new ByteArrayInputStream(d)), true, counter)
                    .parse();
            events += counter.events;
        }
        return events;
    }

    /** Counts the events, nothing else. */
    private static final class Counter implements XmlParser.Handler {
        int events;

        @Override
        public boolean startElement(String name, int line, int column, long offset, List<Attribute> attributes) {
            events += attributes.size() + 1;
            return true;
        }

        @Override
        public void endElement(int line, int column, long offset) {
            events++;
        }

        @Override
        public void text(XmlParser.Text text) {
            events++;
        }

        @Override
        public void comment(String text, int line, int column, int endLine) {
            events++;
        }

        @Override
        public void syntaxProblem(int line, int column, String message) {
            events++;
        }

        @Override
        public void notWellFormed(int line, int column, String message, boolean note, Fix fix) {
            events++;
        }

        @Override
        public void endDocument() {
            events++;
        }
    }

    /** The same bytes through a bare streaming parse: every event pulled, nothing looked at. */
    @Benchmark
    @OperationsPerInvocation(2000)
    public int scan() {
        int events = 0;
        for (byte[] d : docs) {
            try (InputStream in = new ByteArrayInputStream(d)) {
                XMLStreamReader r = factory.createXMLStreamReader(in);
                while (r.hasNext()) {
                    events += r.next();
                }
                r.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (XMLStreamException e) {
                throw new IllegalStateException(e);
            }
        }
        return events;
    }

    /**
     * Quick check without JMH: alternates {@code lint}, {@code engine}, {@code parse} and {@code scan} rounds and
     * prints the CPU time of this thread per document for each, and the ratios. CPU time, unlike JMH's wall-clock
     * throughput, hardly moves when other processes share the machine. Arguments: rounds (default 20).
     */
    public static void main(String[] args) throws IOException {
        LintThroughputBenchmark b = new LintThroughputBenchmark();
        b.documents = 2000;
        b.setUp();
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] lint = new long[rounds];
        long[] engine = new long[rounds];
        long[] parse = new long[rounds];
        long[] scan = new long[rounds];
        int sink = 0;
        for (int i = 0; i < rounds; i++) {
            long t = threads.getCurrentThreadCpuTime();
            sink += b.lint();
            lint[i] = threads.getCurrentThreadCpuTime() - t;
            t = threads.getCurrentThreadCpuTime();
            sink += b.engine();
            engine[i] = threads.getCurrentThreadCpuTime() - t;
            t = threads.getCurrentThreadCpuTime();
            sink += b.parse();
            parse[i] = threads.getCurrentThreadCpuTime() - t;
            t = threads.getCurrentThreadCpuTime();
            sink += b.scan();
            scan[i] = threads.getCurrentThreadCpuTime() - t;
        }
        // The second half of the rounds only: the first half is warm-up.
        double n = b.docs.size() * 1000.0;
        double lintUs = median(Arrays.copyOfRange(lint, rounds / 2, rounds)) / n;
        double engineUs = median(Arrays.copyOfRange(engine, rounds / 2, rounds)) / n;
        double parseUs = median(Arrays.copyOfRange(parse, rounds / 2, rounds)) / n;
        double scanUs = median(Arrays.copyOfRange(scan, rounds / 2, rounds)) / n;
        System.out.printf("CPU per document: lint %.1f us, no rules %.1f us, parse alone %.1f us, bare scan %.1f us;"
                + " lint at %.0f%% of the scan's throughput, parse at %.0f%%; engine (no rules - parse) %.1f us (%d)%n",
                lintUs, engineUs, parseUs, scanUs, 100 * scanUs / lintUs, 100 * scanUs / parseUs,
                engineUs - parseUs, sink);
    }

    private static long median(long[] values) {
        Arrays.sort(values);
        return values[values.length / 2];
    }
}
