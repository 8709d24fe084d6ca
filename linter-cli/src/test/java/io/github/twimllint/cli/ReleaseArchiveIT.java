package io.github.twimllint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.twimllint.core.Version;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive built by package, unpacked as a user would into a folder with a space in its
 * name, run through a symlink from another folder with nothing but {@code java} on PATH.
 */
class ReleaseArchiveIT {
    static final Path TARGET = Path.of("target").toAbsolutePath();
    static final String BASE = "twiml-lint-" + Version.VERSION;
    static final String BAD = "<Response>\n  <Dial method=\"PUT\">+15551234567</Dial>\n</Response>\n";
    static final String CLEAN = "<Response>\n  <Say>Hello</Say>\n</Response>\n";

    @TempDir
    static Path tmp;
    static Path home;
    static Path link;
    static Path work;
    static Path javaOnly;

    @BeforeAll
    static void unpack() throws Exception {
        assumeFalse(System.getProperty("os.name").startsWith("Windows"), "the POSIX launcher is tested on POSIX systems");
        Path tgz = TARGET.resolve(BASE + ".tar.gz");
        assertThat(tgz).as("the release archive (built in package)").exists();
        Path into = Files.createDirectories(tmp.resolve("install here"));
        Exec untar = Exec.run(into, Map.of("PATH", System.getenv("PATH")), 60,
                List.of("tar", "xzf", tgz.toString()));
        assertThat(untar.exitCode()).as(untar.output()).isZero();
        home = into.resolve(BASE);
        link = Files.createSymbolicLink(Files.createDirectories(tmp.resolve("my bin")).resolve("twiml-lint"),
                home.resolve("bin/twiml-lint"));
        work = Files.createDirectories(tmp.resolve("project dir"));
        Files.writeString(work.resolve("bad.twiml"), BAD);
        Files.writeString(work.resolve("clean.twiml"), CLEAN);
        javaOnly = Files.createDirectories(tmp.resolve("java only"));
        Files.createSymbolicLink(javaOnly.resolve("java"), Exec.java());
    }

    private static Exec launch(Path launcher, Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(launcher.toString()));
        cmd.addAll(List.of(args));
        return Exec.run(work, env, 120, cmd);
    }

    @Test
    void archivesHoldLaunchersJarLicenceAndReadme() throws IOException {
        assertThat(Files.isExecutable(home.resolve("bin/twiml-lint"))).as("bin/twiml-lint is executable").isTrue();
        for (String f : List.of("bin/twiml-lint.cmd", "lib/twiml-lint.jar", "lib/twiml-lint.classlist", "LICENSE",
                "README.md")) {
            assertThat(home.resolve(f)).isRegularFile();
        }
        // The build's class-data archive records the build's paths: no unpacked copy could use it.
        assertThat(home.resolve("lib/twiml-lint.jsa")).doesNotExist();
        assertThat(Files.readAllLines(home.resolve("lib/twiml-lint.classlist")))
                .contains("io/github/twimllint/cli/Main", "picocli/CommandLine");
        assertThat(Files.readString(home.resolve("LICENSE"))).contains("Apache License", "Version 2.0");
        assertThat(Files.readString(home.resolve("bin/twiml-lint.cmd"))).contains("\r\n");
        assertThat(Files.readString(home.resolve("bin/twiml-lint"))).doesNotContain("\r").startsWith("#!/bin/sh\n");
        // The zip carries the same files as the tarball.
        TreeSet<String> zipped = new TreeSet<>();
        try (InputStream in = Files.newInputStream(TARGET.resolve(BASE + ".zip")); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (!e.isDirectory()) {
                    zipped.add(e.getName());
                }
            }
        }
        TreeSet<String> unpacked = new TreeSet<>();
        try (var files = Files.walk(home)) {
            files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().matches("twiml-lint-.*\\.jsa.*"))
                    .forEach(p -> unpacked.add(BASE + "/" + home.relativize(p).toString().replace('\\', '/')));
        }
        assertThat(zipped).isEqualTo(unpacked);
    }

    @Test
    void launcherThroughSymlinkWithOnlyJavaOnPathReportsFinding() throws Exception {
        Exec bad = launch(link, Map.of("PATH", javaOnly.toString()), "bad.twiml");
        assertThat(bad.exitCode()).as(bad.output()).isEqualTo(1);
        assertThat(bad.output()).contains("bad.twiml:2:", "[invalid-method]");
        Exec clean = launch(link, Map.of("PATH", javaOnly.toString()), "clean.twiml");
        assertThat(clean.exitCode()).as(clean.output()).isZero();
    }

    @Test
    void launcherRunsUnderDash() throws Exception {
        assumeFalse(!Files.isExecutable(Path.of("/usr/bin/dash")) && !Files.isExecutable(Path.of("/bin/dash")),
                "dash is not installed");
        Path dash = Files.isExecutable(Path.of("/usr/bin/dash")) ? Path.of("/usr/bin/dash") : Path.of("/bin/dash");
        Exec bad = Exec.run(work, Map.of("PATH", javaOnly.toString()), 120,
                List.of(dash.toString(), link.toString(), "--format", "json", "bad.twiml"));
        assertThat(bad.exitCode()).as(bad.output()).isEqualTo(1);
        assertThat(bad.output()).contains("\"invalid-method\"");
    }

    @Test
    void versionNamesTheBuildsCommit() throws Exception {
        Exec v = launch(link, Map.of("PATH", javaOnly.toString()), "--version");
        assertThat(v.exitCode()).as(v.output()).isZero();
        assertThat(v.output().trim()).isEqualTo(Version.describe());
    }

    @Test
    void javaHomeWinsOverPath() throws Exception {
        Path fakeJdk = fakeJava(tmp.resolve("old jdk/bin"), "11.0.2");
        Exec run = launch(link, Map.of("PATH", javaOnly.toString(), "JAVA_HOME", fakeJdk.getParent().getParent().toString()),
                "bad.twiml");
        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        assertThat(run.output()).contains("is Java 11.0.2; twiml-lint needs Java 17 or newer");
    }

    @Test
    void tooOldJavaOnPathGetsAClearMessage() throws Exception {
        Path old = fakeJava(tmp.resolve("old java"), "11.0.2");
        Exec run = launch(link, Map.of("PATH", old.getParent().toString()), "bad.twiml");
        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        assertThat(run.output()).isEqualTo("twiml-lint: " + old + " is Java 11.0.2; twiml-lint needs Java 17 or newer"
                + " (set JAVA_HOME or put a newer java on PATH)\n");
        Path java8 = fakeJava(tmp.resolve("java eight"), "1.8.0_402");
        Exec eight = launch(link, Map.of("PATH", java8.getParent().toString()), "bad.twiml");
        assertThat(eight.output()).contains("is Java 1.8.0_402; twiml-lint needs Java 17");
    }

    @Test
    void releaseFileIsReadWithoutStartingJava() throws Exception {
        // A JDK layout whose release file says 11 and whose java would claim 21: the file wins.
        Path jdk = Files.createDirectories(tmp.resolve("jdk with release"));
        Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"11.0.24\"\n");
        fakeJava(jdk.resolve("bin"), "21.0.1");
        Exec run = launch(link, Map.of("PATH", javaOnly.toString(), "JAVA_HOME", jdk.toString()), "bad.twiml");
        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        assertThat(run.output()).contains("is Java 11.0.24;");
    }

    @Test
    void noJavaAtAll() throws Exception {
        Exec run = launch(link, Map.of("PATH", Files.createDirectories(tmp.resolve("empty")).toString()), "bad.twiml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).isEqualTo("twiml-lint: no java on PATH: install Java 17 or newer, or set JAVA_HOME\n");
    }

    @Test
    void classDataArchiveBesideTheJarIsUsedWhenPresent() throws Exception {
        Path other = Files.createDirectories(tmp.resolve("with cds"));
        Path tgz = TARGET.resolve(BASE + ".tar.gz");
        assertThat(Exec.run(other, Map.of("PATH", System.getenv("PATH")), 60, List.of("tar", "xzf", tgz.toString()))
                .exitCode()).isZero();
        Path launcher = other.resolve(BASE + "/bin/twiml-lint");
        // One the JVM cannot use (another engineer's build makes the real one): -Xshare:auto runs without it, quietly.
        Files.writeString(other.resolve(BASE + "/lib/twiml-lint-" + javaVersion() + ".jsa"), "not a class-data archive");
        Exec quiet = launch(launcher, Map.of("PATH", javaOnly.toString()), "--version");
        assertThat(quiet.exitCode()).as(quiet.output()).isZero();
        assertThat(quiet.output().trim()).isEqualTo(Version.describe());
        // Proof that the launcher passes it: demanding sharing (user options win) fails on this file.
        Exec strict = launch(launcher, Map.of("PATH", javaOnly.toString(), "TWIML_LINT_JAVA_OPTS", "-Xshare:on"), "--version");
        assertThat(strict.exitCode()).isNotZero();
        assertThat(strict.output()).contains("shared archive");
    }

    /**
     * On a first run the launcher makes a class-data archive for this jar and this java from the
     * class list in lib/ (the build's own archive could not be used once unpacked), silently, and
     * every later run maps it: the CLI's classes come from it, and -Xshare:on (which fails on an
     * unusable archive) passes. It is made again only when the jar is newer.
     */
    @Test
    void firstRunMakesTheClassDataArchiveThatLaterRunsUse() throws Exception {
        // No space in this path: Java 17 maps the JDK's classes from the archive then, but not the jar's
        // (it compares the jar's file: URL, with %20, to the path it recorded).
        Path launcher = unpackInto("first-run").resolve("bin/twiml-lint");
        Path lib = launcher.getParent().resolveSibling("lib");
        Map<String, String> env = Map.of("PATH", javaOnly + ":" + System.getenv("PATH"));
        Exec first = launch(launcher, env, "--version");
        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.output().trim()).isEqualTo(Version.describe());
        Path archive = lib.resolve("twiml-lint-" + javaVersion() + ".jsa");
        assertThat(archive).isRegularFile();
        try (var files = Files.list(lib)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("twiml-lint.jar", "twiml-lint.classlist", archive.getFileName().toString());
        }
        java.nio.file.attribute.FileTime made = Files.getLastModifiedTime(archive);

        Path loaded = tmp.resolve("loaded-" + System.nanoTime() + ".txt");
        Map<String, String> strict = Map.of("PATH", env.get("PATH"),
                "TWIML_LINT_JAVA_OPTS", "-Xshare:on -Xlog:class+load:file=" + loaded);
        Exec bad = launch(launcher, strict, "bad.twiml");
        assertThat(bad.exitCode()).as(bad.output()).isEqualTo(1);
        assertThat(bad.output()).contains("[invalid-method]");
        assertThat(Files.readString(loaded)).contains("io.github.twimllint.cli.Main source: shared objects file");
        assertThat(Files.getLastModifiedTime(archive)).as("not made again").isEqualTo(made);

        // A newer jar (an upgrade unpacked over it): the archive is made again for it.
        Files.setLastModifiedTime(lib.resolve("twiml-lint.jar"),
                java.nio.file.attribute.FileTime.fromMillis(made.toMillis() + 60_000));
        Exec again = launch(launcher, env, "clean.twiml");
        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(again.output()).as("nothing said about the archive").isEqualTo("1 file linted: 0 errors, 0 warnings, 0 notes\n");
        assertThat(Files.getLastModifiedTime(archive)).isNotEqualTo(made);
    }

    /**
     * A java that cannot make the archive (a stand-in failing -Xshare:dump): the run goes on without
     * it, says nothing, and later runs do not ask that java again.
     */
    @Test
    void aJavaThatCannotMakeTheArchiveIsAskedOnce() throws Exception {
        Path launcher = unpackInto("no-dump").resolve("bin/twiml-lint");
        Path dumps = tmp.resolve("dumps-" + System.nanoTime());
        Path wrapper = Files.createDirectories(tmp.resolve("java that cannot dump")).resolve("java");
        Files.writeString(wrapper, "#!/bin/sh\nfor a in \"$@\"; do [ \"$a\" = -Xshare:dump ] && echo dump >> '" + dumps
                + "' && exit 1; done\nexec '" + Exec.java() + "' \"$@\"\n");
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
        Map<String, String> env = Map.of("PATH", wrapper.getParent() + ":" + System.getenv("PATH"));
        for (int i = 0; i < 2; i++) {
            Exec run = launch(launcher, env, "bad.twiml");
            assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
            assertThat(run.output()).contains("[invalid-method]").doesNotContain("archive", "dump");
        }
        assertThat(Files.readAllLines(dumps)).hasSize(1);
        try (var files = Files.list(launcher.getParent().resolveSibling("lib"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".jsa") || n.endsWith(".tmp"));
        }
    }

    /** The release archive unpacked into a new folder of tmp; returns its top folder. */
    private static Path unpackInto(String name) throws Exception {
        Path into = Files.createDirectories(tmp.resolve(name));
        Exec untar = Exec.run(into, Map.of("PATH", System.getenv("PATH")), 60,
                List.of("tar", "xzf", TARGET.resolve(BASE + ".tar.gz").toString()));
        assertThat(untar.exitCode()).as(untar.output()).isZero();
        return into.resolve(BASE);
    }

    /** The Java version as the launcher reads it: JAVA_VERSION in the JDK's release file. */
    private static String javaVersion() throws IOException {
        for (String line : Files.readAllLines(Path.of(System.getProperty("java.home"), "release"))) {
            if (line.startsWith("JAVA_VERSION=")) {
                return line.substring("JAVA_VERSION=".length()).replace("\"", "");
            }
        }
        throw new AssertionError("no JAVA_VERSION in the release file");
    }

    /** A java that only answers -version, as an older JDK would (on stderr). */
    private static Path fakeJava(Path dir, String version) throws IOException {
        Path java = Files.createDirectories(dir).resolve("java");
        Files.writeString(java, "#!/bin/sh\necho 'openjdk version \"" + version + "\" 2024-01-16' >&2\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return java;
    }
}
