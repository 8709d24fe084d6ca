package io.github.twimllint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pre-commit hook through pre-commit itself: {@code pre-commit try-repo <this repository>
 * twiml-lint --all-files} in a fresh git repository. try-repo clones this repository (with its
 * uncommitted changes to tracked files), and the hook builds the jar there with Maven, offline first.
 */
class PreCommitHookIT {
    @TempDir
    Path tmp;

    @Test
    void hookFailsOnAFindingPassesCleanFilesAndBuildsOnce() throws Exception {
        assumeTrue(Exec.onPath("pre-commit"),
                "pre-commit is not installed (apt-get install pre-commit, or pip install pre-commit): hook not tested");
        assumeTrue(Exec.onPath("git") && Files.exists(InProcessCli.REPO.resolve(".git")),
                "not a git checkout: pre-commit try-repo needs one");
        Path repo = Files.createDirectories(tmp.resolve("user repo"));
        Map<String, String> env = new HashMap<>();
        env.put("PATH", Exec.java().getParent() + java.io.File.pathSeparator + System.getenv("PATH"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("HOME", System.getProperty("user.home")); // ~/.m2 for the hook's Maven build
        env.put("PRE_COMMIT_HOME", tmp.resolve("pre-commit home").toString());
        env.put("TWIML_LINT_CACHE", tmp.resolve("jar cache").toString());
        env.put("LANG", "C.UTF-8");
        assertThat(Exec.run(repo, env, 60, List.of("git", "init", "-q")).exitCode()).isZero();
        Files.writeString(repo.resolve("bad.twiml"), ReleaseArchiveIT.BAD);
        Files.writeString(repo.resolve("clean.xml"), ReleaseArchiveIT.CLEAN);
        Files.writeString(repo.resolve("pom.xml"), "<project><name>not TwiML</name></project>\n");
        assertThat(Exec.run(repo, env, 60, List.of("git", "add", ".")).exitCode()).isZero();
        List<String> tryRepo = List.of("pre-commit", "try-repo", InProcessCli.REPO.toString(), "twiml-lint", "--all-files");

        Exec failing = Exec.run(repo, env, 900, tryRepo);
        assertThat(failing.exitCode()).as(failing.output()).isEqualTo(1);
        assertThat(failing.output()).contains("twiml-lint: building the command-line jar once",
                "bad.twiml:2:17: error:", "[invalid-method]", "2 files linted")
                .as("pom.xml is not TwiML: not linted").doesNotContain("pom.xml");

        assertThat(Exec.run(repo, env, 60, List.of("git", "rm", "-q", "-f", "bad.twiml")).exitCode()).isZero();
        // --verbose: pre-commit shows a passing hook's output too, so a rebuild would be seen.
        List<String> verbose = new java.util.ArrayList<>(tryRepo);
        verbose.add("--verbose");
        Exec passing = Exec.run(repo, env, 900, verbose);
        assertThat(passing.exitCode()).as(passing.output()).isZero();
        assertThat(passing.output()).contains("Passed", "1 file linted: 0 errors")
                .as("the jar built by the first run is reused").doesNotContain("building");
        try (var cached = Files.list(tmp.resolve("jar cache"))) {
            assertThat(cached.count()).as("one cached build, keyed by the source tree").isEqualTo(1);
        }
    }
}
