package io.github.twimllint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The files GitHub and pre-commit read but this machine cannot run: the workflows, action.yml and
 * .pre-commit-hooks.yaml parse, carry the keys their readers require, pin every action they use,
 * and the snippets in docs/install.md match them.
 */
class WorkflowFilesTest {
    static final Path REPO = InProcessCli.REPO;
    /** owner/repo[/path]@vMAJOR.MINOR.PATCH, or a full commit id; ./local actions need no pin. */
    static final Pattern PINNED = Pattern.compile("[\\w.-]+/[\\w.-]+(/[\\w./-]+)?@(v\\d+\\.\\d+\\.\\d+|[0-9a-f]{40})");

    static Object yaml(String text) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }

    @SuppressWarnings("unchecked")
    static Map<Object, Object> map(Object o, String what) {
        assertThat(o).as(what + " is a mapping").isInstanceOf(Map.class);
        return (Map<Object, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o, String what) {
        assertThat(o).as(what + " is a list").isInstanceOf(List.class);
        return (List<Object>) o;
    }

    static List<Path> workflows() throws IOException {
        try (Stream<Path> s = Files.list(REPO.resolve(".github/workflows"))) {
            return s.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    /** Checks one step list; returns the step ids. */
    static Set<String> checkSteps(Object steps, String where) {
        Set<String> ids = new LinkedHashSet<>();
        List<Object> list = list(steps, where + " steps");
        assertThat(list).as(where + " steps").isNotEmpty();
        for (Object o : list) {
            Map<Object, Object> step = map(o, where + " step");
            boolean uses = step.containsKey("uses");
            boolean run = step.containsKey("run");
            assertThat(uses ^ run).as(where + ": a step has exactly one of uses and run: " + step).isTrue();
            if (uses) {
                String ref = String.valueOf(step.get("uses"));
                assertThat(ref.startsWith("./") || PINNED.matcher(ref).matches())
                        .as(where + ": '" + ref + "' is pinned to a full version tag or a commit").isTrue();
            }
            if (step.containsKey("id")) {
                ids.add(String.valueOf(step.get("id")));
            }
        }
        return ids;
    }

    @Test
    void workflowsHaveTheKeysGitHubRequiresAndPinnedActions() throws IOException {
        List<Path> files = workflows();
        assertThat(files.stream().map(p -> p.getFileName().toString())).contains("ci.yml", "release.yml");
        for (Path f : files) {
            Map<Object, Object> wf = map(yaml(Files.readString(f)), f.toString());
            // YAML 1.1 (SnakeYAML) reads the key "on" as the boolean true.
            assertThat(wf.containsKey("on") || wf.containsKey(Boolean.TRUE)).as(f + ": on").isTrue();
            assertThat(wf.get("name")).as(f + ": name").isNotNull();
            Map<Object, Object> jobs = map(wf.get("jobs"), f + " jobs");
            assertThat(jobs).as(f + ": jobs").isNotEmpty();
            for (Map.Entry<Object, Object> job : jobs.entrySet()) {
                String where = f.getFileName() + " job " + job.getKey();
                assertThat(String.valueOf(job.getKey())).matches("[A-Za-z_][\\w-]*");
                Map<Object, Object> j = map(job.getValue(), where);
                assertThat(j.get("runs-on")).as(where + ": runs-on").isNotNull();
                checkSteps(j.get("steps"), where);
            }
        }
    }

    @Test
    void ciTestsOnJava17And21AndUploadsTheExamplesSarif() throws IOException {
        String ci = Files.readString(REPO.resolve(".github/workflows/ci.yml"));
        Map<Object, Object> jobs = map(map(yaml(ci), "ci").get("jobs"), "jobs");
        Map<Object, Object> matrix = map(map(map(jobs.get("build"), "build").get("strategy"), "strategy").get("matrix"), "matrix");
        assertThat(list(matrix.get("java"), "java")).containsExactly("17", "21");
        assertThat(ci).contains("mvn -B verify", "uses: ./", "path: examples", "github/codeql-action/upload-sarif@");
        String release = Files.readString(REPO.resolve(".github/workflows/release.yml"));
        assertThat(release).contains("SHA256SUMS", "gh release create", "tags:");
    }

    @Test
    void actionDeclaresItsInputsOutputsAndRunsTheRepositoryScript() throws IOException {
        Map<Object, Object> action = map(yaml(Files.readString(REPO.resolve("action.yml"))), "action.yml");
        assertThat(action.get("name")).isEqualTo("twiml-lint");
        assertThat(action.get("description")).isNotNull();
        assertThat(map(action.get("inputs"), "inputs").keySet())
                .containsExactlyInAnyOrder("path", "format", "sarif-file", "fail-on", "config", "version", "java-version");
        Map<Object, Object> runs = map(action.get("runs"), "runs");
        assertThat(runs.get("using")).isEqualTo("composite");
        Set<String> ids = checkSteps(runs.get("steps"), "action.yml");
        for (Object o : list(runs.get("steps"), "steps")) {
            Map<Object, Object> step = map(o, "step");
            if (step.containsKey("run")) {
                assertThat(step.get("shell")).as("composite run steps need a shell: " + step).isEqualTo("bash");
                assertThat(String.valueOf(step.get("run"))).as("inputs reach the script through env, not its text")
                        .doesNotContain("${{").contains(".github/action/run.sh");
            }
        }
        Map<Object, Object> outputs = map(action.get("outputs"), "outputs");
        assertThat(outputs.keySet()).containsExactlyInAnyOrder("sarif-file", "findings", "exit-code");
        Pattern ref = Pattern.compile("\\$\\{\\{ steps\\.([\\w-]+)\\.outputs\\.([\\w-]+) }}");
        for (Map.Entry<Object, Object> out : outputs.entrySet()) {
            Matcher m = ref.matcher(String.valueOf(map(out.getValue(), "output").get("value")));
            assertThat(m.matches()).as("output " + out.getKey()).isTrue();
            assertThat(ids).contains(m.group(1));
            assertThat(m.group(2)).isEqualTo(out.getKey());
        }
        assertThat(Files.isExecutable(REPO.resolve(".github/action/run.sh"))).isTrue();
    }

    @Test
    void preCommitHookDefinition() throws IOException {
        List<Object> hooks = list(yaml(Files.readString(REPO.resolve(".pre-commit-hooks.yaml"))), "hooks");
        assertThat(hooks).hasSize(1);
        Map<Object, Object> hook = map(hooks.get(0), "hook");
        assertThat(hook.get("id")).isEqualTo("twiml-lint");
        assertThat(hook.get("name")).isNotNull();
        assertThat(hook.get("language")).isEqualTo("script");
        assertThat(Files.isExecutable(REPO.resolve(String.valueOf(hook.get("entry"))))).as("entry is an executable script").isTrue();
        Pattern files = Pattern.compile(String.valueOf(hook.get("files")));
        for (String yes : List.of("a.twiml", "src/main/twiml/voice.xml")) {
            assertThat(files.matcher(yes).find()).as(yes).isTrue();
        }
        for (String no : List.of("a.json", "x.xml.bak", "twiml.md")) {
            assertThat(files.matcher(no).find()).as(no).isFalse();
        }
    }

    /**
     * The YAML snippets users copy from docs/install.md and the README are what this repository
     * provides, and the README's release-archive command is the one docs/install.md documents.
     */
    @ParameterizedTest
    @ValueSource(strings = {"docs/install.md", "README.md"})
    void installSnippetsMatchTheRepository(String file) throws IOException {
        String doc = Files.readString(REPO.resolve(file));
        Matcher block = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        List<String> snippets = new ArrayList<>();
        while (block.find()) {
            snippets.add(block.group(1));
        }
        assertThat(snippets).as("yaml snippets in " + file).hasSizeGreaterThanOrEqualTo(2);
        String install = Files.readString(REPO.resolve("docs/install.md"));
        Matcher curl = Pattern.compile("^curl .*twiml-lint-[0-9.]+\\.tar\\.gz$", Pattern.MULTILINE).matcher(doc);
        assertThat(curl.find()).as(file + " shows the release-archive download").isTrue();
        assertThat(install).contains(curl.group());
        boolean preCommit = false;
        boolean action = false;
        for (String s : snippets) {
            Object parsed = yaml(s);
            if (s.contains("repos:")) {
                preCommit = true;
                Map<Object, Object> repo = map(list(map(parsed, "pre-commit config").get("repos"), "repos").get(0), "repo");
                Map<Object, Object> hook = map(list(repo.get("hooks"), "hooks").get(0), "hook");
                assertThat(hook.get("id")).isEqualTo("twiml-lint");
                if ("local".equals(repo.get("repo"))) {
                    // The alternative with the release archive on PATH.
                    assertThat(hook.get("language")).isEqualTo("system");
                    assertThat(hook.get("entry")).isEqualTo("twiml-lint");
                } else {
                    assertThat(repo.get("repo")).isEqualTo("https://github.com/twimllint/twiml-lint");
                    assertThat(String.valueOf(repo.get("rev"))).matches("v\\d+\\.\\d+\\.\\d+");
                }
            }
            if (s.contains("twimllint/twiml-lint@")) {
                action = true;
                Map<Object, Object> wf = map(parsed, "workflow snippet");
                for (Object job : map(wf.get("jobs"), "jobs").values()) {
                    checkSteps(map(job, "job").get("steps"), file);
                }
                assertThat(s).contains("github/codeql-action/upload-sarif@", "steps.twiml-lint.outputs.sarif-file");
            }
        }
        assertThat(preCommit).as("a .pre-commit-config.yaml snippet").isTrue();
        assertThat(action).as("a workflow snippet using the action").isTrue();
    }
}
