package io.github.twimllint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 10: a folder the walk cannot read counts in every report (JSON {@code unreadable},
 * SARIF {@code executionSuccessful: false} with a notification, the text summary), not only on
 * standard error. Root reads any folder, so the command runs through {@link Unprivileged}.
 */
class UnreadableFolderTest {

    @TempDir
    Path dir;

    @Test
    void anUnreadableFolderCountsInEveryReport() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("ok.twiml"), "<Response><Say>hi</Say></Response>\n");
        Path locked = Files.createDirectories(project.resolve("locked"));
        Files.writeString(locked.resolve("hidden.twiml"), "<Response/>\n");
        Path out = Files.createDirectories(dir.resolve("out"));
        for (Path p : List.of(dir, project, out)) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxrwxrwx"));
        }
        Files.setPosixFilePermissions(project.resolve("ok.twiml"), PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));

        List<String> cmd = new ArrayList<>(Unprivileged.javaCommand("-XX:TieredStopAtLevel=1", "-XX:-UsePerfData"));
        cmd.addAll(List.of("-f", "text", "-f", "json=" + out.resolve("r.json"), "-f", "sarif=" + out.resolve("r.sarif"), "."));
        Process p = new ProcessBuilder(cmd).directory(project.toFile()).start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String all = "exit " + p.exitValue() + "\n" + stdout + stderr;
        assumeTrue(!Files.isReadable(locked) || Unprivileged.root(), "this user reads the folder anyway");

        assertThat(p.exitValue()).as(all).isEqualTo(2);
        assertThat(stderr).as(all).contains("locked: cannot read");
        assertThat(stdout).as(all).contains("1 file unreadable");
        ObjectMapper json = new ObjectMapper();
        JsonNode r = json.readTree(out.resolve("r.json").toFile());
        assertThat(r.path("summary").path("unreadable").asInt()).as(all).isEqualTo(1);
        JsonNode invocation = json.readTree(out.resolve("r.sarif").toFile()).path("runs").path(0)
                .path("invocations").path(0);
        assertThat(invocation.path("executionSuccessful").asBoolean(true)).isFalse();
        assertThat(invocation.path("toolExecutionNotifications").toString()).contains("locked");
    }
}
