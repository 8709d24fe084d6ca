package io.github.twimllint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twimllint.core.Finding;
import io.github.twimllint.core.Fixtures;
import io.github.twimllint.core.Linter;
import io.github.twimllint.core.RuleSet;
import io.github.twimllint.core.Templates;
import java.io.IOException;
import java.net.URISyntaxException;
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
 * ({@code line:column severity rule-id [message fragment]}, as {@link Fixtures}). No message ever shows the mask character.
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
                List<Finding> r = Fixtures.reported(linter, f, "templates/" + name);
                for (Finding x : r) {
                    assertThat(x.message()).as("message of %s", x).doesNotContain(String.valueOf(Templates.MASK));
                }
                if (name.startsWith("good")) {
                    assertThat(r).as("findings on %s", name).isEmpty();
                    return;
                }
                Fixtures.assertMatches(r, Fixtures.expectedFile(f));
            }));
        }
        return tests.stream();
    }
}
