package io.github.twimllint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twimllint.core.Finding;
import io.github.twimllint.core.Fixtures;
import io.github.twimllint.core.Fixtures.Expected;
import io.github.twimllint.core.Linter;
import io.github.twimllint.core.ProjectFixtures;
import io.github.twimllint.core.RuleSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * One-off converter of {@code .expected} files from the old format ({@code line:column rule-id
 * [fragment]}, the rule's own findings only) to the current one ({@code line:column severity
 * rule-id [fragment]}, every finding of every rule). Kept so fixtures written on another branch in
 * the old format can be converted when they are merged:
 * <pre>mvn -B -o -pl rules -am verify -Dinvoker.skip=true -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest=ExpectedFormatConverter -Dtwimllint.convertExpected=true</pre>
 * It rewrites {@code src/test/resources/**}{@code /bad-*.expected} files that have an old-format
 * line, lints each fixture as {@link Fixtures} does, keeps every old line (now with the level the
 * finding has) and its comment, and adds each finding the old file did not list, with its whole
 * message. It prints those additions: each must be read, and kept (a true finding) or fixed in the
 * rule. An old line that matches no finding is kept and printed too; the fixture test then fails on it.
 */
@EnabledIfSystemProperty(named = "twimllint.convertExpected", matches = "true")
class ExpectedFormatConverter {
    private static final Path RESOURCES = Path.of("src/test/resources");

    @Test
    void convert() throws IOException {
        Linter linter = Linter.builder(RuleSet.discover()).jobs(1).build();
        List<Path> files;
        try (Stream<Path> s = Files.walk(RESOURCES)) {
            files = s.filter(p -> p.getFileName().toString().matches("bad-.*\\.expected"))
                    .sorted().collect(Collectors.toList());
        }
        assertThat(files).as(".expected files under %s", RESOURCES.toAbsolutePath()).isNotEmpty();
        int converted = 0;
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.stream().allMatch(l -> l.isBlank() || l.strip().startsWith("#") || Expected.parse(l) != null)) {
                continue;
            }
            Path fixture = fixtureOf(file);
            String display = RESOURCES.relativize(fixture).toString().replace('\\', '/');
            List<Finding> actual = Fixtures.reported(linter, fixture, display);
            Files.writeString(file, String.join("\n", convert(display, lines, actual)) + "\n", StandardCharsets.UTF_8);
            converted++;
        }
        System.out.printf("ExpectedFormatConverter: %d of %d .expected files converted%n", converted, files.size());
    }

    /**
     * The project fixtures' {@code expected.txt} files in the old format ({@code path line:column
     * rule-id [fragment]}, project rules only): the same conversion, each finding line keeping the
     * related-location lines below it, each added finding written with its whole message and its
     * related locations.
     */
    @Test
    void convertProjects() throws IOException {
        List<Path> projects;
        try (Stream<Path> s = Files.list(RESOURCES.resolve("projects"))) {
            projects = s.filter(Files::isDirectory).sorted().collect(Collectors.toList());
        }
        int converted = 0;
        for (Path project : projects) {
            Path file = project.resolve("expected.txt");
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.stream().allMatch(ExpectedFormatConverter::currentProjectLine)) {
                continue;
            }
            List<Finding> actual = ProjectFixtures.lint(project).findings();
            Files.writeString(file, String.join("\n", convertProject(project.getFileName().toString(), lines, actual)) + "\n",
                    StandardCharsets.UTF_8);
            converted++;
        }
        System.out.printf("ExpectedFormatConverter: %d of %d project expected.txt files converted%n", converted, projects.size());
    }

    /** A comment, a related location, or a finding line with its level. */
    private static boolean currentProjectLine(String line) {
        String l = line.strip();
        String[] pathAndRest = l.split("\\s+", 2);
        return l.isEmpty() || l.startsWith("#") || l.startsWith("->")
                || pathAndRest.length == 2 && Expected.parse(pathAndRest[1]) != null;
    }

    /** As {@link #convert}, with a path before each finding and its related-location lines after it. */
    static List<String> convertProject(String project, List<String> oldLines, List<Finding> actual) {
        List<String> out = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        List<String[]> old = new ArrayList<>();
        List<List<String>> before = new ArrayList<>();
        List<List<String>> related = new ArrayList<>();
        for (String l : oldLines) {
            if (l.isBlank() || l.strip().startsWith("#")) {
                comments.add(l);
            } else if (l.strip().startsWith("->")) {
                related.get(related.size() - 1).add(l.strip());
            } else {
                old.add(l.strip().split("\\s+", 4));
                before.add(comments);
                related.add(new ArrayList<>());
                comments = new ArrayList<>();
            }
        }
        int next = 0;
        for (Finding f : actual) {
            String position = f.line() + ":" + f.column();
            if (next < old.size() && old.get(next)[0].equals(f.path()) && old.get(next)[1].equals(position)
                    && old.get(next)[2].equals(f.ruleId())) {
                out.addAll(before.get(next));
                String fragment = old.get(next).length > 3 ? old.get(next)[3] : null;
                out.add(f.path() + " " + new Expected(position, f.severity(), f.ruleId(), fragment).line());
                out.addAll(related.get(next));
                next++;
            } else {
                out.add(f.path() + " " + new Expected(position, f.severity(), f.ruleId(), f.message()).line());
                System.out.println("ADDED   " + project + ": " + out.get(out.size() - 1));
                for (Finding.RelatedLocation r : f.related()) {
                    out.add("-> " + r.path() + " " + r.line() + ":" + r.column() + (r.message() == null ? "" : " " + r.message()));
                    System.out.println("ADDED   " + project + ": " + out.get(out.size() - 1));
                }
            }
        }
        for (; next < old.size(); next++) {
            out.addAll(before.get(next));
            out.add(String.join(" ", old.get(next)));
            out.addAll(related.get(next));
            System.out.println("NO MATCH " + project + ": " + String.join(" ", old.get(next)) + " (kept as it was; the test fails on it)");
        }
        out.addAll(comments);
        return out;
    }

    /** The fixture an {@code .expected} file describes: the other file of the folder with its base name. */
    private static Path fixtureOf(Path expected) throws IOException {
        String base = expected.getFileName().toString().replaceFirst("\\.expected$", "");
        try (Stream<Path> s = Files.list(expected.getParent())) {
            List<Path> found = s.filter(p -> p.getFileName().toString().startsWith(base + ".")
                    && !p.equals(expected)).collect(Collectors.toList());
            assertThat(found).as("the fixture of %s", expected).hasSize(1);
            return found.get(0);
        }
    }

    /**
     * The old lines are the rule's findings in report order, so they match the actual findings as a
     * subsequence: each finding either takes the next old line (keeping its fragment and the
     * comments above it) or is one the old file did not list.
     */
    static List<String> convert(String display, List<String> oldLines, List<Finding> actual) {
        List<String> out = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        List<String[]> old = new ArrayList<>();
        List<List<String>> commentsBefore = new ArrayList<>();
        for (String l : oldLines) {
            if (l.isBlank() || l.strip().startsWith("#")) {
                comments.add(l);
            } else {
                old.add(l.strip().split("\\s+", 3));
                commentsBefore.add(comments);
                comments = new ArrayList<>();
            }
        }
        int next = 0;
        for (Finding f : actual) {
            String position = f.line() + ":" + f.column();
            if (next < old.size() && old.get(next)[0].equals(position) && old.get(next)[1].equals(f.ruleId())) {
                out.addAll(commentsBefore.get(next));
                String fragment = old.get(next).length > 2 ? old.get(next)[2] : null;
                out.add(new Expected(position, f.severity(), f.ruleId(), fragment).line());
                next++;
            } else {
                String line = new Expected(position, f.severity(), f.ruleId(), f.message()).line();
                out.add(line);
                System.out.println("ADDED   " + display + ": " + line);
            }
        }
        for (; next < old.size(); next++) {
            out.addAll(commentsBefore.get(next));
            String line = String.join(" ", old.get(next));
            out.add(line);
            System.out.println("NO MATCH " + display + ": " + line + " (kept as it was; the fixture test fails on it)");
        }
        out.addAll(comments);
        return out;
    }
}
