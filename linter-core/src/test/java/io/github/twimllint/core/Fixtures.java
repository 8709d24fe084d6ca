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
 * listing the rule's findings one per line as {@code line:column rule-id [message fragment]};
 * and {@code good-*.xml} documents on which no rule at all may report anything.
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
                tests.add(DynamicTest.dynamicTest(name + " is clean", () -> {
                    FileResult r = linter.lint(Source.ofFile(f, ruleId + "/" + name, false));
                    assertThat(r.findings()).as("findings on %s", name).isEmpty();
                }));
            } else if (name.startsWith("bad")) {
                tests.add(DynamicTest.dynamicTest(name + " gives the expected findings", () -> {
                    Path expectedFile = f.resolveSibling(name.replaceFirst("\\.[a-z]+$", ".expected"));
                    assertThat(expectedFile).as("expectations for %s", name).exists();
                    List<String[]> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream()
                            .map(String::strip)
                            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                            .map(l -> l.split("\\s+", 3))
                            .collect(Collectors.toList());
                    assertThat(expected).as("%s lists at least one finding", expectedFile).isNotEmpty();
                    FileResult r = linter.lint(Source.ofFile(f, ruleId + "/" + name, false));
                    List<Finding> actual = r.findings().stream().filter(x -> x.ruleId().equals(ruleId))
                            .collect(Collectors.toList());
                    List<String> actualBrief = actual.stream().map(x -> x.line() + ":" + x.column() + " " + x.ruleId())
                            .collect(Collectors.toList());
                    List<String> expectedBrief = expected.stream().map(e -> e[0] + " " + e[1])
                            .collect(Collectors.toList());
                    assertThat(actualBrief).as("findings of %s on %s (all: %s)", ruleId, name, r.findings())
                            .isEqualTo(expectedBrief);
                    for (int i = 0; i < expected.size(); i++) {
                        if (expected.get(i).length > 2) {
                            assertThat(actual.get(i).message()).as("message at %s", expectedBrief.get(i))
                                    .contains(expected.get(i)[2]);
                        }
                    }
                }));
            }
        }
        return tests.stream();
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
