package io.github.twimllint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20, choosing files: --include/--exclude, build folders not entered, globs expanded by the tool, "". */
class ChoosingFilesTest {
    @TempDir
    Path dir;

    private void write(String path, String text) throws Exception {
        Path f = dir.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    private void project() throws Exception {
        write("src/ivr/a.xml", "<Response><nope/></Response>\n");
        write("src/sms/b.twiml", "<Response><nope/></Response>\n");
        write("src/ok.xml", "<Response><Hangup/></Response>\n");
        for (String d : new String[] {"build", "vendor", "dist", "node_modules", "target"}) {
            write(d + "/copy.xml", "<Response><nope/></Response>\n");
        }
    }

    @Test
    void buildAndDependencyFoldersAreNotEntered() throws Exception {
        project();
        CliRunner.Result r = CliRunner.at(dir, ".");
        assertThat(r.out()).as(r.toString()).contains("src/ivr/a.xml").contains("src/sms/b.twiml")
                .doesNotContain("copy.xml");
        // Named explicitly, a file in such a folder is linted.
        assertThat(CliRunner.at(dir, "build/copy.xml").out()).contains("build/copy.xml");
        assertThat(CliRunner.at(dir, "vendor").out()).contains("vendor/copy.xml");
    }

    @Test
    void includeAndExcludeAreRepeatableAndExcludeWins() throws Exception {
        project();
        CliRunner.Result r = CliRunner.at(dir, "--include", "src/ivr/**", "--include", "**/*.twiml", ".");
        assertThat(r.out()).as(r.toString()).contains("src/ivr/a.xml").contains("src/sms/b.twiml");
        r = CliRunner.at(dir, "--include", "src/**", "--exclude", "src/ivr/", "--exclude", "**/*.twiml", "--verbose", ".");
        assertThat(r.out()).as(r.toString()).doesNotContain("a.xml").doesNotContain("b.twiml");
        assertThat(r.err()).contains("src/ivr/a.xml: skipped, excluded by --exclude src/ivr/")
                .contains("src/sms/b.twiml: skipped, excluded by --exclude **/*.twiml");
        r = CliRunner.at(dir, "--exclude", "src/ivr/**", "src/ivr/a.xml");
        assertThat(r.err()).contains("src/ivr/a.xml: not linted, excluded by --exclude src/ivr/**");
        assertThat(CliRunner.at(dir, "--exclude", "[", ".").exit()).isEqualTo(2);
    }

    @Test
    void quotedGlobsAreExpandedByTheTool() throws Exception {
        project();
        CliRunner.Result r = CliRunner.at(dir, "src/**/*.xml");
        assertThat(r.out()).as(r.toString()).contains("src/ivr/a.xml").doesNotContain("b.twiml");
        assertThat(r.out()).contains("2 files linted");
        r = CliRunner.at(dir, "s*/*/*.twiml");
        assertThat(r.out()).as(r.toString()).contains("src/sms/b.twiml").doesNotContain("a.xml");
        r = CliRunner.at(dir, "nothing/**/*.xml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("nothing/**/*.xml: no file matches this pattern");
    }

    @Test
    void anEmptyPathIsAUsageError() throws Exception {
        project();
        CliRunner.Result r = CliRunner.at(dir, "");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("empty PATH");
    }

    @Test
    void aTwimlLintIgnoreFileAndTheWorkTreesGitignoreAreHonoured() throws Exception {
        project();
        write(".twiml-lintignore", "# generated\nsrc/ivr/*.xml\nivr/*.twiml\n!src/ivr/keep.xml\n/ok.xml\n");
        write("src/ivr/keep.xml", "<Response><nope/></Response>\n");
        write("ok.xml", "<Response><nope/></Response>\n");
        CliRunner.Result r = CliRunner.at(dir, "--verbose", ".");
        assertThat(r.out()).as(r.toString()).doesNotContain("src/ivr/a.xml").contains("src/ivr/keep.xml")
                .doesNotContain("\nok.xml");
        assertThat(r.err()).contains("src/ivr/a.xml: skipped, ignored by ").contains("twiml-lint: src/ok.xml: linted")
                .contains("twiml-lint: ok.xml: skipped, ignored by ");

        // Not in a git work tree: .gitignore means nothing.
        write(".gitignore", "*.twiml\n");
        assertThat(CliRunner.at(dir, ".").out()).contains("src/sms/b.twiml");
        Files.createDirectories(dir.resolve(".git"));
        assertThat(CliRunner.at(dir, ".").out()).doesNotContain("b.twiml");
        assertThat(CliRunner.at(dir, "--no-gitignore", ".").out()).contains("src/sms/b.twiml");
    }

    @Test
    void aFolderWhoseFilesAreAllSkippedSaysWhatMaySkipThem() throws Exception {
        write("gen/a.twiml", "<Response><nope/></Response>\n");
        Files.createDirectories(dir.resolve(".git"));
        write(".gitignore", "gen/\n");
        CliRunner.Result r = CliRunner.at(dir, "gen");
        // Skipped by .gitignore, not by a configuration file: the message must not blame one.
        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).as(r.toString()).contains("gen: no TwiML documents found")
                .contains("1 skipped by the configuration, --include/--exclude or an ignore file"
                        + " (--verbose says which)")
                .doesNotContain("excluded by the configuration");
    }
}
