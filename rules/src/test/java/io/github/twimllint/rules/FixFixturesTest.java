package io.github.twimllint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.Finding;
import io.github.twimllint.core.Fixer;
import io.github.twimllint.core.Fixtures;
import io.github.twimllint.core.Linter;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.RuleSet;
import io.github.twimllint.core.TestDialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every fixable rule has {@code fix-*.xml} fixtures in its folder, each with its golden
 * {@code .fixed} file: fixing the fixture in passes (as --fix does) gives exactly the golden bytes,
 * the rule's findings on it carried a fix, and the fixed file has none of the rule's findings.
 * A rule that is not fixable attaches no fix to any finding of its fixtures.
 */
class FixFixturesTest {
    private static final Linter LINTER = TestDialect.builder(RuleSet.discover()).jobs(1).build();

    @TestFactory
    Stream<DynamicTest> fixableRulesFixTheirFixtures() {
        return LINTER.ruleSet().allMeta().stream().filter(RuleMeta::fixable).flatMap(m -> {
            List<Path> fixtures = files(m.id(), "fix-");
            DynamicTest has = DynamicTest.dynamicTest(m.id() + " has fix fixtures",
                    () -> assertThat(fixtures).as("fix-*.xml of %s", m.id()).isNotEmpty());
            return Stream.concat(Stream.of(has), fixtures.stream().map(f -> DynamicTest.dynamicTest(
                    m.id() + "/" + f.getFileName() + " gives its .fixed file", () -> fixesToGolden(m.id(), f))));
        });
    }

    @TestFactory
    Stream<DynamicTest> rulesThatAreNotFixableAttachNoFix() {
        return LINTER.ruleSet().allMeta().stream().filter(m -> !m.fixable()).map(m -> DynamicTest.dynamicTest(
                m.id(), () -> {
                    for (Path f : files(m.id(), "bad")) {
                        FileResult r = Fixtures.lint(LINTER, f.toString(), Files.readAllBytes(f));
                        assertThat(r.findings()).filteredOn(x -> x.ruleId().equals(m.id()))
                                .as("fixes on %s", f).allMatch(x -> x.fix() == null);
                    }
                }));
    }

    private static void fixesToGolden(String id, Path fixture) throws IOException {
        byte[] bytes = Files.readAllBytes(fixture);
        FileResult first = Fixtures.lint(LINTER, "x.xml", bytes);
        assertThat(first.findings()).filteredOn(f -> f.ruleId().equals(id)).as("findings of %s", id)
                .isNotEmpty().anyMatch(f -> f.fix() != null);
        FileResult r = first;
        for (int pass = 0; pass < 10; pass++) {
            Fixer.Result fixed = Fixer.apply(bytes, r.findings());
            if (!fixed.changed()) {
                break;
            }
            bytes = fixed.bytes();
            r = Fixtures.lint(LINTER, "x.xml", bytes);
        }
        Path golden = fixture.resolveSibling(fixture.getFileName().toString().replaceFirst("\\.xml$", ".fixed"));
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).as("fixed %s", fixture)
                .isEqualTo(Files.readString(golden));
        assertThat(bytes).isEqualTo(Files.readAllBytes(golden));
        List<Finding> left = r.findings().stream().filter(f -> f.ruleId().equals(id)).collect(Collectors.toList());
        // What is left of the rule is only what needs a judgement: no fix attached.
        assertThat(left).as("findings of %s left on the fixed file", id).allMatch(f -> f.fix() == null);
        assertThat(Fixer.apply(bytes, r.findings()).changed()).as("a second fix changes nothing").isFalse();
    }

    private static List<Path> files(String id, String prefix) {
        try {
            Path dir = Path.of(FixFixturesTest.class.getClassLoader().getResource(id).toURI());
            try (Stream<Path> s = Files.list(dir)) {
                return s.filter(p -> p.getFileName().toString().startsWith(prefix)
                                && (p.toString().endsWith(".xml") || p.toString().endsWith(".twiml")))
                        .sorted().collect(Collectors.toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | NullPointerException e) {
            return List.of();
        }
    }
}
