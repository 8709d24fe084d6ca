package io.github.twimllint.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the command in a child JVM as a user to whom permissions apply. Root reads and writes any
 * file, and CI runs as root, so there the child runs as {@code nobody} (65534) through
 * {@code setpriv}, from a copy of the class path that nobody can read (root's ~/.m2 is private).
 * Tests skip only when they run as root and setpriv is missing.
 */
final class Unprivileged {
    private static Boolean root;
    private static String sharedClassPath;

    private Unprivileged() {
    }

    static synchronized boolean root() throws IOException, InterruptedException {
        if (root == null) {
            Process p = new ProcessBuilder("id", "-u").start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            root = p.waitFor() == 0 && out.equals("0");
        }
        return root;
    }

    private static boolean setpriv() {
        return new File("/usr/bin/setpriv").canExecute() || new File("/bin/setpriv").canExecute();
    }

    /** Skips the test when permissions cannot be made to apply to the child. */
    static void assumeAvailable() throws IOException, InterruptedException {
        assumeTrue(!root() || setpriv(),
                "running as root without setpriv: root reads and writes anything, so permissions cannot be tested");
    }

    /**
     * {@code java -cp ... Main} as a user to whom permissions apply: as nobody when this is root,
     * else as this user. Calls {@link #assumeAvailable()} first.
     */
    static List<String> javaCommand(String... jvmOptions) throws IOException, InterruptedException {
        assumeAvailable();
        List<String> cmd = new ArrayList<>();
        String classPath = System.getProperty("java.class.path");
        if (root()) {
            classPath = readableClassPath();
            cmd.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
        }
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of(jvmOptions));
        cmd.addAll(List.of("-cp", classPath, Main.class.getName()));
        return cmd;
    }

    /** Makes the folders nobody must pass through or write to (a @TempDir is private to its owner) open to all. */
    static void openUp(Path... folders) throws IOException {
        for (Path p : folders) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxrwxrwx"));
        }
    }

    /** The class path, copied once per test JVM where any user can read it; deleted when the JVM exits. */
    private static synchronized String readableClassPath() throws IOException {
        if (sharedClassPath != null) {
            return sharedClassPath;
        }
        Path to = Files.createTempDirectory("twiml-lint-cp");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(to)));
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
        sharedClassPath = String.join(File.pathSeparator, out);
        return sharedClassPath;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder; the system cleans it eventually.
        }
    }
}
