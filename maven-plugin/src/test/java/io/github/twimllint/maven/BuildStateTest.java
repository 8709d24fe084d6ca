package io.github.twimllint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildStateTest {
    @TempDir
    Path dir;

    @Test
    void upToDateOnlyWithTheSameInputsAndUntouchedOutputs() throws IOException {
        Path report = dir.resolve("twiml-lint.sarif");
        Files.writeString(report, "{}");
        BuildState state = new BuildState(dir.resolve("twiml-lint.state"));
        assertThat(state.upToDate("abc", List.of(report))).isFalse();

        state.record("abc", List.of(report));
        assertThat(state.upToDate("abc", List.of(report))).isTrue();
        assertThat(state.upToDate("abd", List.of(report))).isFalse();

        Files.setLastModifiedTime(report, FileTime.fromMillis(Files.getLastModifiedTime(report).toMillis() + 5000));
        assertThat(state.upToDate("abc", List.of(report))).isFalse();

        state.record("abc", List.of(report));
        Files.delete(report);
        assertThat(state.upToDate("abc", List.of(report))).isFalse();

        state.forget();
        assertThat(state.file()).doesNotExist();
    }

    @Test
    void fingerprintDependsOnEveryValueAndItsName() {
        String a = new BuildState.Fingerprint().add("input", "a.xml 10 1").add("failOn", "error").hex();
        assertThat(new BuildState.Fingerprint().add("input", "a.xml 10 1").add("failOn", "error").hex()).isEqualTo(a);
        assertThat(new BuildState.Fingerprint().add("input", "a.xml 11 1").add("failOn", "error").hex()).isNotEqualTo(a);
        assertThat(new BuildState.Fingerprint().add("input", "a.xml 10 1").add("failOn", "warning").hex()).isNotEqualTo(a);
        assertThat(new BuildState.Fingerprint().add("inputs", "a.xml 10 1").add("failOn", "error").hex()).isNotEqualTo(a);
    }
}
