package io.github.twimllint.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class VersionTest {

    @Test
    void unfilledPlaceholdersMeanUnknown() {
        Properties p = new Properties();
        p.setProperty("commit", "${git.commit.ok}");
        p.setProperty("built", "  ");
        p.setProperty("version", "1.2.3");
        assertThat(Version.value(p, "commit", null)).isNull();
        assertThat(Version.value(p, "built", null)).isNull();
        assertThat(Version.value(p, "dirty", "false")).isEqualTo("false");
        assertThat(Version.value(p, "version", "0.0.0")).isEqualTo("1.2.3");
    }

    @Test
    void describeNamesCommitAndDateOrSaysUnknown() {
        assertThat(Version.describe("1.2.3", "0123456789abcdef0123", true, "2026-01-02T03:04:05Z"))
                .isEqualTo("twiml-lint 1.2.3 (commit 0123456789ab-dirty, built 2026-01-02T03:04:05Z)");
        assertThat(Version.describe("1.2.3", null, false, null))
                .isEqualTo("twiml-lint 1.2.3 (commit unknown, built unknown)");
    }

    @Test
    void buildFilledInVersionDateAndTheCheckoutsCommit() throws Exception {
        assertThat(Version.VERSION).doesNotContain("${").isNotEqualTo("0.0.0");
        assertThat(Version.BUILD_DATE).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        String head = gitHead();
        assumeTrue(head != null, "not built from a git checkout: the commit is legitimately unknown");
        assertThat(Version.COMMIT).isEqualTo(head);
    }

    private static String gitHead() throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("git", "rev-parse", "HEAD").directory(Path.of("..").toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException noGit) {
            return null;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && !out.isEmpty() ? out : null;
    }
}
