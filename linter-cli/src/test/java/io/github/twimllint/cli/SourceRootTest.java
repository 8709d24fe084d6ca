package io.github.twimllint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20: without --source-root, SARIF/github/codeclimate paths are relative to the git work tree's root. */
class SourceRootTest {
    private static final String BAD = "<Response><Nope/></Response>\n";

    @TempDir
    Path dir;

    private Path tree(String name, boolean worktreeFile) throws Exception {
        Path repo = Files.createDirectories(dir.resolve(name));
        if (worktreeFile) {
            // A linked worktree (git worktree add) has a .git file pointing at the main repository.
            Files.writeString(repo.resolve(".git"), "gitdir: /elsewhere/.git/worktrees/repo\n");
        } else {
            Files.createDirectories(repo.resolve(".git"));
        }
        Path sub = Files.createDirectories(repo.resolve("ivr/menus"));
        Files.writeString(sub.resolve("a.twiml"), BAD);
        return sub;
    }

    @Test
    void pathsAreRelativeToTheWorkTreeRootNotTheWorkingDirectory() throws Exception {
        for (boolean file : new boolean[] {false, true}) {
            Path sub = tree(file ? "worktree" : "repo", file);
            CliRunner.Result r = CliRunner.at(sub, "--format", "github", "a.twiml");
            assertThat(r.out()).as(r.toString()).startsWith("::error file=ivr/menus/a.twiml,line=1,");
            assertThat(r.err()).isEmpty();
            assertThat(CliRunner.at(sub, "--format", "github", "--source-root", ".", "a.twiml").out())
                    .as("--source-root still wins").startsWith("::error file=a.twiml,");
            assertThat(CliRunner.at(sub, "--format", "sarif", "a.twiml").out())
                    .contains("ivr/menus/a.twiml");
        }
    }

    @Test
    void outsideAGitTreeTheWorkingDirectoryIsTheRoot() throws Exception {
        Files.writeString(dir.resolve("a.twiml"), BAD);
        assertThat(CliRunner.at(dir, "--format", "github", "a.twiml").out()).startsWith("::error file=a.twiml,");
    }

    @Test
    void filesOutsideTheRootAreWarnedAboutOnce() throws Exception {
        tree("repo", false);
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve("b.twiml"), BAD);
        Files.writeString(other.resolve("c.twiml"), BAD);
        Path repo = dir.resolve("repo");
        CliRunner.Result r = CliRunner.at(repo, "--format", "sarif", "../other", "ivr");
        assertThat(r.err().lines().filter(l -> l.contains("outside the source root"))).as(r.toString())
                .containsExactly("twiml-lint: warning: " + other.resolve("b.twiml") + " is outside the source root " + repo.toRealPath()
                        + ": SARIF, github and codeclimate reports name it with a ../ path, which GitHub drops"
                        + " (pass --source-root)");
        assertThat(CliRunner.at(repo, "../other", "ivr").err()).as("the text report is not concerned")
                .doesNotContain("outside the source root");
        assertThat(CliRunner.at(repo, "--format", "github", "ivr").err()).doesNotContain("outside the source root");
    }
}
