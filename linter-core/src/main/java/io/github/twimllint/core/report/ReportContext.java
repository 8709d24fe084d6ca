package io.github.twimllint.core.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a reporter may need to know about the run besides its findings: where displayed paths are
 * relative to ({@code workingDirectory}), the root that machine-readable paths are made relative to
 * ({@code sourceRoot}, the repository root in CI), the SARIF category, the command line and the times.
 *
 * @param category SARIF {@code automationDetails.id}, or null for none
 * @param arguments the command-line arguments after the program name (empty when not run from a command line)
 */
public record ReportContext(Path workingDirectory, Path sourceRoot, String category, String program,
                            List<String> arguments, Instant startTime, Instant endTime) {

    public ReportContext {
        workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory").toAbsolutePath().normalize();
        sourceRoot = sourceRoot == null ? workingDirectory : workingDirectory.resolve(sourceRoot).normalize();
        program = program == null ? "twiml-lint" : program;
        arguments = List.copyOf(arguments == null ? List.of() : arguments);
        Objects.requireNonNull(startTime, "startTime");
        endTime = endTime == null ? startTime : endTime;
    }

    /** Working directory and source root both the current directory, times now, no command line. */
    public static ReportContext defaults() {
        Instant now = Instant.now();
        return new ReportContext(Path.of(""), null, null, null, List.of(), now, now);
    }

    public ReportContext withEndTime(Instant end) {
        return new ReportContext(workingDirectory, sourceRoot, category, program, arguments, startTime, end);
    }

    /** The command line as one string, each argument quoted for a POSIX shell when it needs it. */
    public String commandLine() {
        StringBuilder b = new StringBuilder(program);
        for (String a : arguments) {
            b.append(' ').append(shellQuote(a));
        }
        return b.toString();
    }

    static String shellQuote(String s) {
        if (!s.isEmpty() && s.chars().allMatch(c -> Character.isLetterOrDigit(c) || "-_./=:,@%+".indexOf(c) >= 0)) {
            return s;
        }
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** The first of these displayed paths that lies outside the source root (a {@code ../} path), or null. */
    public String firstOutside(java.util.Collection<String> displayPaths) {
        for (String p : displayPaths) {
            if (rootRelative(p).startsWith("../")) {
                return p;
            }
        }
        return null;
    }

    /**
     * The path of a finding's file relative to the source root, with {@code /} separators: the form
     * GitHub, SARIF and CI annotations want. A displayed path is relative to the working directory or
     * absolute; a file outside the source root keeps a {@code ../} path; a name that is no path
     * ({@code <stdin>}) is returned as it is. Touches the file system only for files outside the
     * root, to resolve symbolic links; callers cache per path.
     */
    public String rootRelative(String displayPath) {
        Path file;
        try {
            file = workingDirectory.resolve(displayPath).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return io.github.twimllint.core.FileCollector.slashes(displayPath);
        }
        if (!file.startsWith(sourceRoot)) {
            // Reached through a symbolic link (the source root is a real path): GitHub can only place
            // the file by its real path under the root.
            try {
                Path real = file.toRealPath();
                if (real.startsWith(sourceRoot)) {
                    file = real;
                }
            } catch (java.io.IOException | SecurityException e) {
                // Not on disk (standard input, a test): keep the path as given.
            }
        }
        String rel = sourceRoot.equals(file) ? String.valueOf(file.getFileName()) : sourceRoot.relativize(file).toString();
        return io.github.twimllint.core.FileCollector.slashes(rel);
    }
}
