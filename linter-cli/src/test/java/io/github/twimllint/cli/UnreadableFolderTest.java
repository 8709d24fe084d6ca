package io.github.twimllint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 10: a folder the walk cannot read counts in every report (JSON {@code unreadable},
 * SARIF {@code executionSuccessful: false} with a notification, the text summary), not only on
 * standard error. Root reads any folder, so when the tests run as root the command runs as
 * {@code nobody} (setpriv), with a copy of the class path that nobody can read.
 */
class UnreadableFolderTest {

    @TempDir
    Path dir;

    private static boolean root() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("id", "-u").start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        return p.waitFor() == 0 && out.equals("0");
    }

    /** The class path, copied where any user can read it (root's ~/.m2 is private). */
    private String readableClassPath(Path to) throws IOException {
        List<String> out = new ArrayList<>();
        int i = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path src = Path.of(entry);
            if (!Files.exists(src)) {
                continue;
            }
            Path dst = to.resolve(i++ + "-" + src.getFileName());
            try (Stream<Path> all = Files.walk(src)) {
                for (Path p : (Iterable<Path>) all::iterator) {
                    Path d = dst.resolve(src.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(d);
                    } else {
                        Files.copy(p, d, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            out.add(dst.toString());
        }
        try (Stream<Path> all = Files.walk(to)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(
                        Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        return String.join(File.pathSeparator, out);
    }

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

        List<String> cmd = new ArrayList<>();
        String classPath = System.getProperty("java.class.path");
        if (root()) {
            assumeTrue(new File("/usr/bin/setpriv").canExecute() || new File("/bin/setpriv").canExecute(),
                    "running as root without setpriv: root reads any folder, so none can be made unreadable");
            classPath = readableClassPath(Files.createDirectories(dir.resolve("cp")));
            Files.setPosixFilePermissions(dir.resolve("cp"), PosixFilePermissions.fromString("rwxr-xr-x"));
            cmd.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
        }
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-cp", classPath, Main.class.getName(),
                "-f", "text", "-f", "json=" + out.resolve("r.json"), "-f", "sarif=" + out.resolve("r.sarif"), "."));
        Process p = new ProcessBuilder(cmd).directory(project.toFile()).start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String all = "exit " + p.exitValue() + "\n" + stdout + stderr;
        assumeTrue(!Files.isReadable(locked) || root(), "this user reads the folder anyway");

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
