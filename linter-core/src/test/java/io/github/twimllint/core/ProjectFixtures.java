package io.github.twimllint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Fixture projects for the project rules: each folder under a resource folder is one project.
 * <ul>
 *   <li>{@code project.properties} (optional): {@code lint} = the paths named on the "command
 *       line", space-separated, relative to the folder (default: the folder itself);
 *       {@code url-mapping.N} = {@code URL=DIR} (DIR relative to the folder); {@code site-root} = DIR.</li>
 *   <li>{@code expected.txt}: every finding of every rule the run reports, in report order, one per
 *       line as {@code path line:column severity rule-id [message fragment]} (a {@code .expected}
 *       line of {@link Fixtures} after the path), each followed by its related locations, one per
 *       line, as {@code -> path line:column [message fragment]}. Empty (or only comments) for a
 *       project on which nothing may be reported.</li>
 * </ul>
 * Displayed paths are relative to the project folder.
 */
public final class ProjectFixtures {
    private ProjectFixtures() {
    }

    /** One dynamic test per project folder under {@code resourceDir} on the test class path. */
    public static Stream<DynamicTest> forProjects(String resourceDir) {
        Path root = resourceDir(resourceDir);
        List<Path> projects;
        try (Stream<Path> s = Files.list(root)) {
            projects = s.filter(Files::isDirectory).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(projects).as("fixture projects under %s", resourceDir).isNotEmpty();
        return projects.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    /** Lints a fixture project as its {@code project.properties} says, with every discovered rule. */
    public static LintReport lint(Path project) throws IOException {
        return lint(project, TestDialect.builder(RuleSet.discover()).jobs(1));
    }

    /** As {@link #lint(Path)} with a builder (rule levels already set); adds the project's mappings. */
    public static LintReport lint(Path project, Linter.Builder builder) throws IOException {
        Properties props = new Properties();
        Path propsFile = project.resolve("project.properties");
        if (Files.exists(propsFile)) {
            try (Reader r = Files.newBufferedReader(propsFile, StandardCharsets.UTF_8)) {
                props.load(r);
            }
        }
        Map<String, Path> mappings = new LinkedHashMap<>();
        for (String key : props.stringPropertyNames()) {
            if (key.startsWith("url-mapping.")) {
                String v = props.getProperty(key);
                int eq = v.indexOf('=');
                mappings.put(v.substring(0, eq), project.resolve(v.substring(eq + 1)));
            }
        }
        String site = props.getProperty("site-root");
        builder.urlMappings(mappings).siteRoot(site == null ? null : project.resolve(site));
        List<Path> named = new ArrayList<>();
        for (String p : props.getProperty("lint", ".").trim().split("\\s+")) {
            named.add(Path.of(p));
        }
        FileCollector.Result sources = new FileCollector(project).collect(named);
        assertThat(sources.errors()).as("paths of %s", project).isEmpty();
        return builder.build().lint(sources.sources());
    }

    private static void check(Path project) throws IOException {
        assertMatches(lint(project), project.resolve("expected.txt"));
    }

    /**
     * Asserts that a project's findings are exactly those of its {@code expected.txt}: paths,
     * positions, levels, rules and related locations first, then the message fragments.
     */
    public static void assertMatches(LintReport report, Path expectedFile) throws IOException {
        List<String> expectedBrief = new ArrayList<>();
        List<String> fragments = new ArrayList<>();
        for (String l : expectedLines(expectedFile)) {
            if (l.startsWith("->")) {
                String[] parts = l.substring(2).strip().split("\\s+", 3);
                expectedBrief.add("  -> " + parts[0] + " " + parts[1]);
                fragments.add(parts.length > 2 ? parts[2] : null);
            } else {
                Fixtures.Expected e = finding(expectedFile, l);
                expectedBrief.add(l.split("\\s+", 2)[0] + " " + e.brief());
                fragments.add(e.fragment());
            }
        }
        List<String> actualBrief = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (Finding f : Fixtures.findings(report)) {
            actualBrief.add(f.path() + " " + Fixtures.Expected.brief(f));
            messages.add(f.message());
            for (Finding.RelatedLocation r : f.related()) {
                actualBrief.add("  -> " + r.path() + " " + r.line() + ":" + r.column());
                messages.add(r.message());
            }
        }
        assertThat(actualBrief).as("findings of %s (all: %s)", expectedFile.getParent().getFileName(),
                report.findings()).isEqualTo(expectedBrief);
        for (int i = 0; i < fragments.size(); i++) {
            if (fragments.get(i) != null) {
                assertThat(messages.get(i)).as("message of %s", expectedBrief.get(i)).contains(fragments.get(i));
            }
        }
    }

    /** The rule ids of the findings an {@code expected.txt} lists, in its order. */
    public static List<String> expectedRuleIds(Path expectedFile) throws IOException {
        return expectedLines(expectedFile).stream().filter(l -> !l.startsWith("->"))
                .map(l -> finding(expectedFile, l).ruleId()).collect(Collectors.toList());
    }

    /** A finding line: its path, then a {@code .expected} line. */
    private static Fixtures.Expected finding(Path expectedFile, String line) {
        String[] pathAndRest = line.split("\\s+", 2);
        Fixtures.Expected e = pathAndRest.length < 2 ? null : Fixtures.Expected.parse(pathAndRest[1]);
        assertThat(e).as("%s: '%s' is not 'path line:column severity rule-id [message fragment]'"
                + " (ExpectedFormatConverter converts the old format)", expectedFile, line).isNotNull();
        return e;
    }

    private static List<String> expectedLines(Path expectedFile) throws IOException {
        assertThat(expectedFile).as("expectations file").exists();
        return Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toList());
    }

    private static Path resourceDir(String name) {
        URL url = Thread.currentThread().getContextClassLoader().getResource(name);
        assertThat(url).as("fixture folder %s on the test class path", name).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
