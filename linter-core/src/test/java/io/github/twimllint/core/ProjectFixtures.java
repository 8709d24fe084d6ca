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
 *   <li>{@code expected.txt}: the exact list of project-rule findings, in report order, one per
 *       line as {@code path line:column rule-id [message fragment]}, each followed by its related
 *       locations, one per line, as {@code -> path line:column [message fragment]}. Empty (or
 *       only comments) for a project that must stay clean of project-rule findings.</li>
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
        Linter.Builder builder = TestDialect.builder(RuleSet.discover()).jobs(1);
        RuleSet rules = RuleSet.discover();
        LintReport report = lint(project, builder);
        List<Finding> actual = report.findings().stream().filter(f -> rules.isProjectRule(f.ruleId()))
                .collect(Collectors.toList());
        Path expectedFile = project.resolve("expected.txt");
        assertThat(expectedFile).as("expectations of %s", project).exists();
        List<String> lines = Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toList());
        // Compare the shape first (ids, files, positions, chains), then the message fragments.
        List<String> expectedBrief = new ArrayList<>();
        List<String> fragments = new ArrayList<>();
        for (String l : lines) {
            boolean related = l.startsWith("->");
            String[] parts = (related ? l.substring(2).strip() : l).split("\\s+", related ? 3 : 4);
            String brief = related ? "  -> " + parts[0] + " " + parts[1]
                    : parts[0] + " " + parts[1] + " " + parts[2];
            expectedBrief.add(brief);
            fragments.add(parts.length > (related ? 2 : 3) ? parts[related ? 2 : 3] : null);
        }
        List<String> actualBrief = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (Finding f : actual) {
            actualBrief.add(f.path() + " " + f.line() + ":" + f.column() + " " + f.ruleId());
            messages.add(f.message());
            for (Finding.RelatedLocation r : f.related()) {
                actualBrief.add("  -> " + r.path() + " " + r.line() + ":" + r.column());
                messages.add(r.message());
            }
        }
        assertThat(actualBrief).as("project findings of %s (all findings: %s)", project.getFileName(),
                report.findings()).isEqualTo(expectedBrief);
        for (int i = 0; i < fragments.size(); i++) {
            if (fragments.get(i) != null) {
                assertThat(messages.get(i)).as("message of %s", expectedBrief.get(i)).contains(fragments.get(i));
            }
        }
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
