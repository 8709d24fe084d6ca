package io.github.twimllint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Fixture-driven rule tests. A rule's fixtures live in {@code src/test/resources/<rule-id>/}:
 * {@code bad-*.xml} (or {@code .twiml}) documents, each with a {@code .expected} file beside it
 * listing every finding of every rule on it, one per line as
 * {@code line:column severity rule-id [message fragment]} (see {@link Expected}), so a finding
 * nobody expected fails; and {@code good-*.xml} documents on which no rule at all may report anything.
 */
public final class Fixtures {
    private Fixtures() {
    }

    /** Lints text with the given linter; the path shown is {@code name}. */
    public static FileResult lint(Linter linter, String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return linter.lint(Source.ofStream(name, () -> new ByteArrayInputStream(bytes)));
    }

    public static FileResult lint(Linter linter, String name, byte[] bytes) {
        return linter.lint(Source.ofStream(name, () -> new ByteArrayInputStream(bytes)));
    }

    /** {@code line:column rule-id} of each finding, in report order. */
    public static List<String> brief(FileResult result) {
        return result.findings().stream()
                .map(f -> f.line() + ":" + f.column() + " " + f.ruleId())
                .collect(Collectors.toList());
    }

    /** Dynamic tests for every fixture of one rule, read from the class path. */
    public static Stream<DynamicTest> forRule(String ruleId) {
        Path dir = resourceDir(ruleId);
        Linter linter = TestDialect.builder(RuleSet.discover()).jobs(1).build();
        assertThat(linter.ruleSet().contains(ruleId)).as("rule %s is registered", ruleId).isTrue();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".xml") || p.toString().endsWith(".twiml"))
                    .sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(files.stream().anyMatch(p -> p.getFileName().toString().startsWith("bad")))
                .as("%s has bad-* fixtures", ruleId).isTrue();
        assertThat(files.stream().anyMatch(p -> p.getFileName().toString().startsWith("good")))
                .as("%s has good-* fixtures", ruleId).isTrue();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.startsWith("good")) {
                tests.add(DynamicTest.dynamicTest(name + " is clean", () ->
                        assertThat(reported(linter, f, ruleId + "/" + name)).as("findings on %s", name).isEmpty()));
            } else if (name.startsWith("bad")) {
                tests.add(DynamicTest.dynamicTest(name + " gives the expected findings", () -> {
                    List<Finding> actual = reported(linter, f, ruleId + "/" + name);
                    assertThat(actual).as("findings of %s on %s", ruleId, name)
                            .anyMatch(x -> x.ruleId().equals(ruleId));
                    assertMatches(actual, expectedFile(f));
                }));
            }
        }
        return tests.stream();
    }

    /**
     * What a run reports on one file: every enabled rule, the project phase included (a relative
     * url names a document beside the fixture), suppressed findings left out.
     */
    public static List<Finding> reported(Linter linter, Path file, String displayPath) {
        return findings(linter.lint(List.of(Source.ofFile(file, displayPath, false))));
    }

    /** As {@link #reported(Linter, Path, String)} for a document given as text. */
    public static List<Finding> reported(Linter linter, String displayPath, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return findings(linter.lint(List.of(Source.ofStream(displayPath, () -> new ByteArrayInputStream(bytes)))));
    }

    /**
     * The findings of a run in which every file was read and linted to the end: a rule that throws
     * ends its file with an internal error and no further findings, which a clean fixture would not show.
     */
    public static List<Finding> findings(LintReport report) {
        for (FileResult f : report.files()) {
            assertThat(f.internalError()).as("internal error on %s", f.path()).isNull();
            assertThat(f.readError()).as("read error on %s", f.path()).isNull();
        }
        return report.findings();
    }

    /** The {@code .expected} file beside a fixture: its name up to the first dot, plus {@code .expected}. */
    public static Path expectedFile(Path fixture) {
        String name = fixture.getFileName().toString();
        return fixture.resolveSibling(name.substring(0, name.indexOf('.')) + ".expected");
    }

    /**
     * One line of a {@code .expected} file: {@code line:column severity rule-id [message fragment]}.
     * The file lists every finding a run reports on the fixture, in report order; {@code #} starts
     * a comment line.
     */
    public record Expected(String position, Severity severity, String ruleId, String fragment) {
        /** The line, or null when it is not in this format (an old line without the severity). */
        public static Expected parse(String line) {
            String[] p = line.strip().split("\\s+", 4);
            if (p.length < 3 || !p[0].matches("\\d+:\\d+") || !SEVERITIES.contains(p[1])) {
                return null;
            }
            return new Expected(p[0], Severity.parse(p[1]), p[2], p.length > 3 ? p[3] : null);
        }

        /** The line as written in the file. */
        public String line() {
            return position + " " + severity.label() + " " + ruleId + (fragment == null ? "" : " " + fragment);
        }

        /** Position, level and rule of a finding, as compared. */
        static String brief(Finding f) {
            return f.line() + ":" + f.column() + " " + f.severity().label() + " " + f.ruleId();
        }

        String brief() {
            return position + " " + severity.label() + " " + ruleId;
        }
    }

    private static final java.util.Set<String> SEVERITIES = java.util.Set.of("error", "warning", "note");

    /** The non-comment lines of an {@code .expected} file, each of which must be in the current format. */
    public static List<Expected> readExpected(Path file) throws IOException {
        assertThat(file).as("expectations file").exists();
        List<Expected> out = new ArrayList<>();
        for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (l.isBlank() || l.strip().startsWith("#")) {
                continue;
            }
            Expected e = Expected.parse(l);
            assertThat(e).as("%s: '%s' is not 'line:column severity rule-id [message fragment]'"
                    + " (ExpectedFormatConverter converts the old format)", file.getFileName(), l).isNotNull();
            out.add(e);
        }
        assertThat(out).as("%s lists at least one finding", file).isNotEmpty();
        return out;
    }

    /** Asserts that the findings are exactly those of the file: position, level, rule, then message fragments. */
    public static void assertMatches(List<Finding> actual, Path expectedFile) throws IOException {
        List<Expected> expected = readExpected(expectedFile);
        assertThat(actual.stream().map(Expected::brief).collect(Collectors.toList()))
                .as("findings (line:column severity rule) against %s; all: %s", expectedFile.getFileName(), actual)
                .isEqualTo(expected.stream().map(Expected::brief).collect(Collectors.toList()));
        for (int i = 0; i < expected.size(); i++) {
            if (expected.get(i).fragment() != null) {
                assertThat(actual.get(i).message()).as("message at %s", expected.get(i).brief())
                        .contains(expected.get(i).fragment());
            }
        }
    }

    private static Path resourceDir(String ruleId) {
        URL url = Thread.currentThread().getContextClassLoader().getResource(ruleId);
        assertThat(url).as("fixture folder %s on the test class path", ruleId).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
