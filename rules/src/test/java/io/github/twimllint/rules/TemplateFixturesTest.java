package io.github.twimllint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.Finding;
import io.github.twimllint.core.Linter;
import io.github.twimllint.core.RuleSet;
import io.github.twimllint.core.Source;
import io.github.twimllint.core.Templates;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One document per template syntax (src/test/resources/templates/, named as such files are named
 * in projects): every good-* file is clean under all rules, so the construct was masked without a
 * false finding; every bad-* file gives exactly the findings of all rules in its .expected file
 * ({@code line:column rule-id [message fragment]}). No message ever shows the mask character.
 */
class TemplateFixturesTest {

    @TestFactory
    Stream<DynamicTest> templates() throws IOException, URISyntaxException {
        Path dir = Path.of(getClass().getResource("/templates").toURI());
        Linter linter = Linter.builder(RuleSet.discover()).jobs(1).build();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> !p.toString().endsWith(".expected")).sorted().collect(Collectors.toList());
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            tests.add(DynamicTest.dynamicTest(name, () -> {
                FileResult r = linter.lint(Source.ofFile(f, "templates/" + name, false));
                for (Finding x : r.findings()) {
                    assertThat(x.message()).as("message of %s", x).doesNotContain(String.valueOf(Templates.MASK));
                }
                if (name.startsWith("good")) {
                    assertThat(r.findings()).as("findings on %s", name).isEmpty();
                    return;
                }
                Path expectedFile = f.resolveSibling(name.substring(0, name.indexOf('.')) + ".expected");
                List<String[]> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream()
                        .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .map(l -> l.split("\\s+", 3)).collect(Collectors.toList());
                assertThat(r.findings().stream().map(x -> x.line() + ":" + x.column() + " " + x.ruleId()))
                        .as("findings on %s (all: %s)", name, r.findings())
                        .containsExactlyElementsOf(expected.stream().map(e -> e[0] + " " + e[1])
                                .collect(Collectors.toList()));
                for (int i = 0; i < expected.size(); i++) {
                    if (expected.get(i).length > 2) {
                        assertThat(r.findings().get(i).message()).contains(expected.get(i)[2]);
                    }
                }
            }));
        }
        return tests.stream();
    }
}
