package io.github.twimllint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.twimllint.core.FileCollector;
import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.Finding;
import io.github.twimllint.core.LintReport;
import io.github.twimllint.core.Linter;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.RuleSet;
import io.github.twimllint.core.Severity;
import io.github.twimllint.core.Source;
import io.github.twimllint.core.report.Reporter;
import io.github.twimllint.core.run.LintSession;
import io.github.twimllint.core.run.RunException;
import io.github.twimllint.core.run.RunOptions;
import io.github.twimllint.core.run.RunOutcome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Drives the whole pipeline (decoding, template masking, parsing, every discovered rule, every
 * reporter in core's report package) with arbitrary bytes. The contract: {@link Linter#lint(Source)}
 * never throws and never reports an internal error, every finding has a real location, and every
 * reporter renders the result without throwing. No exception is documented to escape. The input
 * also goes through the CLI's entry point, {@link LintSession}, as two files of one project
 * ({@code a.xml} and {@code b.xml}), so the project phase follows a url naming either and the
 * {@code url-document-*} rules see it too.
 *
 * <p>Without {@code JAZZER_FUZZ} this runs the committed inputs in
 * {@code src/test/resources/io/github/twimllint/cli/PipelineFuzzTestInputs/pipeline/} (seeds and
 * crash reproducers) as a regression test. {@code JAZZER_FUZZ=1} fuzzes (see docs/security.md).
 */
class PipelineFuzzTest {

    /**
     * The pipeline, created on first use: while fuzzing, Jazzer instruments classes as they load,
     * after the test class is initialised, so nothing of the engine may load before that.
     */
    private static final class Pipeline {
        /** Every rule on the class path, all of them enabled (off-by-default ones as notes). */
        static final Linter MASKING = linter(true);
        static final Linter LITERAL = linter(false);
        static final List<Reporter> REPORTERS = reporters();
        static final java.util.Map<String, String> OFF_AS_NOTES = offAsNotes();
    }

    private static java.util.Map<String, String> offAsNotes() {
        java.util.Map<String, String> levels = new java.util.TreeMap<>();
        for (RuleMeta m : RuleSet.discover().allMeta()) {
            if (m.defaultSeverity() == Severity.OFF) {
                levels.put(m.id(), "note");
            }
        }
        return levels;
    }

    private static Linter linter(boolean templates) {
        RuleSet rules = RuleSet.discover();
        Linter.Builder b = Linter.builder(rules).templates(templates).jobs(1);
        for (RuleMeta m : rules.allMeta()) {
            if (m.defaultSeverity() == Severity.OFF) {
                b.level(m.id(), Severity.NOTE);
            }
        }
        return b.build();
    }

    // Tokens the mutator would rarely invent: markup, entity and template syntax, encodings.
    @DictionaryEntries({"<Response>", "</Response>", "<Dial", "</Dial>", "<Say", "<Gather",
        "<Number", "<Client", "<Sip", "<Play", "<Redirect", "<Parameter", " url=\"", " action=\"",
        " method=\"", " statusCallbackEvent=\"", "/>", "<!DOCTYPE", "<!ENTITY", " SYSTEM ", "%",
        "&amp;", "&#x", "&#", "<![CDATA[", "]]>", "<!--", "-->", "<?xml version=\"1.0\"",
        " encoding=\"ISO-8859-1\"", " encoding=\"UTF-16\"", "?>", "{{", "}}", "{%", "%}", "{#",
        "#}", "${", "<?php", "a.xml", "b.xml", " waitUrl=\"", "<Conference", "<Queue", "<Enqueue"})
    @FuzzTest(maxDuration = "30m")
    void pipeline(byte[] input) throws IOException {
        check(input);
    }

    /** The harness, also used for every rule fixture below. */
    static void check(byte[] input) throws IOException {
        checkDocument(input);
        checkSession(input);
    }

    /** The input as {@code a.xml} and {@code b.xml} of one project, linted by the run layer. */
    static LintReport checkSession(byte[] input) throws IOException {
        Path dir = Files.createTempDirectory("fuzz-project");
        try {
            Files.write(dir.resolve("a.xml"), input);
            Files.write(dir.resolve("b.xml"), input);
            RunOutcome outcome;
            try {
                outcome = LintSession.open(RunOptions.in(dir).noConfig(true).jobs(1)
                        .levels(List.of(), Pipeline.OFF_AS_NOTES, List.of()), RuleSet.discover())
                        .run(new FileCollector(dir).collect(List.of(dir)).sources(), null, List.of());
            } catch (RunException e) {
                throw new AssertionError("run error: " + e.getMessage(), e);
            }
            LintReport report = outcome.report();
            assertThat(report.files()).as("files of the project").hasSize(2);
            for (FileResult r : report.files()) {
                if (r.internalError() != null) {
                    throw new AssertionError("internal error in the session: " + r.internalError());
                }
            }
            for (Finding f : report.findings()) {
                checkLocation(f);
                for (Finding.RelatedLocation l : f.related()) {
                    if (l.line() < 1 || l.column() < 1 || l.path() == null) {
                        throw new AssertionError("bad related location: " + f);
                    }
                }
            }
            return report;
        } finally {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.collect(java.util.stream.Collectors.toList())) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    private static void checkLocation(Finding f) {
        if (f.line() < 1 || f.column() < 1 || f.ruleId() == null || f.message() == null || f.message().isEmpty()) {
            throw new AssertionError("bad finding: " + f);
        }
    }

    private static void checkDocument(byte[] input) throws IOException {
        for (Linter linter : List.of(Pipeline.MASKING, Pipeline.LITERAL)) {
            FileResult result = linter.lint(Source.ofStream("fuzz.twiml", () -> new ByteArrayInputStream(input)));
            if (result.internalError() != null) {
                throw new AssertionError("internal error: " + result.internalError());
            }
            if (result.readError() != null) {
                throw new AssertionError("read error on an in-memory source: " + result.readError());
            }
            for (Finding f : result.findings()) {
                checkLocation(f);
            }
            LintReport report = new LintReport(List.of(result), linter.enabledRules());
            for (Reporter r : Pipeline.REPORTERS) {
                StringWriter out = new StringWriter();
                r.write(report, out);
                if (out.getBuffer().length() == 0) {
                    throw new AssertionError(r.getClass().getSimpleName() + " wrote nothing");
                }
            }
        }
    }

    @Test
    void sessionRunsTheProjectPhase() throws IOException {
        byte[] caller = ("<Response><Dial><Number url=\"b.xml\">+14155550100</Number></Dial></Response>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(checkSession(caller).findings()).extracting(Finding::ruleId).contains("url-document-dial");
    }

    @Test
    void harnessSeesEveryRuleAndReporter() {
        assertThat(Pipeline.MASKING.enabledRules()).extracting(RuleMeta::id).contains("xml-syntax", "root-element");
        assertThat(Pipeline.REPORTERS).extracting(r -> r.getClass().getSimpleName())
                .contains("TextReporter", "SarifReporter");
    }

    /** Every rule fixture in the rules module goes through the harness too, whoever added it. */
    @TestFactory
    Stream<DynamicTest> everyRuleFixture() throws IOException {
        Path root = Path.of("..", "rules", "src", "test", "resources");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(p -> p.toString().endsWith(".xml") || p.toString().endsWith(".twiml"))
                    .sorted().forEach(files::add);
        }
        assertThat(files).isNotEmpty();
        return files.stream().map(p -> DynamicTest.dynamicTest(root.relativize(p).toString(),
                () -> check(Files.readAllBytes(p))));
    }

    /**
     * Instances of every concrete {@link Reporter} in {@code io.github.twimllint.core.report}
     * with a public no-argument constructor, found on the class path so new reporters are fuzzed
     * without touching this test.
     */
    static List<Reporter> reporters() {
        String pkg = Reporter.class.getPackageName();
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = Reporter.class.getClassLoader().getResources(pkg.replace('.', '/'));
            while (roots.hasMoreElements()) {
                URL url = roots.nextElement();
                if (url.getProtocol().equals("file")) {
                    try (Stream<Path> s = Files.list(Path.of(url.toURI()))) {
                        s.map(p -> p.getFileName().toString()).forEach(n -> addClass(names, pkg, n));
                    }
                } else if (url.getProtocol().equals("jar")) {
                    JarURLConnection c = (JarURLConnection) url.openConnection();
                    c.setUseCaches(false);
                    try (JarFile jar = c.getJarFile()) {
                        String prefix = pkg.replace('.', '/') + "/";
                        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                            String n = e.nextElement().getName();
                            if (n.startsWith(prefix) && n.indexOf('/', prefix.length()) < 0) {
                                addClass(names, pkg, n.substring(prefix.length()));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Reporter> out = new ArrayList<>();
        for (String n : names) {
            try {
                Class<?> c = Class.forName(n);
                if (!Reporter.class.isAssignableFrom(c) || c.isInterface()
                        || Modifier.isAbstract(c.getModifiers()) || !Modifier.isPublic(c.getModifiers())) {
                    continue;
                }
                Constructor<?> k;
                try {
                    k = c.getConstructor();
                } catch (NoSuchMethodException e) {
                    continue;
                }
                out.add((Reporter) k.newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot create reporter " + n, e);
            }
        }
        return out;
    }

    private static void addClass(TreeSet<String> names, String pkg, String file) {
        if (file.endsWith(".class") && !file.contains("$") && !file.equals("package-info.class")) {
            names.add(pkg + "." + file.substring(0, file.length() - ".class".length()));
        }
    }
}
