package io.github.twimllint.maven;

import io.github.twimllint.core.FileCollector;
import io.github.twimllint.core.Messages;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the files under the source directories that match an include pattern and no exclude
 * pattern (patterns are relative to each source directory). Hidden directories are not entered.
 * Returns each file once, in path order, with the size and modification time the staleness
 * check needs, so the tree is walked only once.
 */
final class SourceScanner {

    /** A matched file and what it looked like when scanned. */
    record Candidate(Path file, long size, long modified) {
    }

    /** A file or folder that could not be read; the run counts it as an unreadable file. */
    record Problem(Path path, String reason) {
    }

    record Result(List<Candidate> files, List<Problem> errors) {
    }

    private final List<AntPattern> includes;
    private final List<AntPattern> excludes;

    SourceScanner(List<String> includes, List<String> excludes) {
        this.includes = compile(includes);
        this.excludes = compile(excludes);
    }

    private static List<AntPattern> compile(List<String> patterns) {
        List<AntPattern> out = new ArrayList<>();
        if (patterns != null) {
            for (String p : patterns) {
                if (p != null && !p.isBlank()) {
                    out.add(new AntPattern(p));
                }
            }
        }
        return out;
    }

    Result scan(List<Path> directories) {
        Map<Path, Candidate> found = new TreeMap<>();
        List<Problem> errors = new ArrayList<>();
        for (Path d : directories) {
            Path dir = d.toAbsolutePath().normalize();
            if (Files.isDirectory(dir)) {
                walk(dir, found, errors);
            }
        }
        return new Result(new ArrayList<>(found.values()), errors);
    }

    boolean selected(String relativePath) {
        return matchesAny(includes, relativePath) && !matchesAny(excludes, relativePath);
    }

    private static boolean matchesAny(List<AntPattern> patterns, String path) {
        for (AntPattern p : patterns) {
            if (p.matches(path)) {
                return true;
            }
        }
        return false;
    }

    private void walk(Path dir, Map<Path, Candidate> found, List<Problem> errors) {
        Path realRoot;
        try {
            realRoot = dir.toRealPath();
        } catch (IOException e) {
            errors.add(new Problem(dir, "cannot read directory (" + Messages.of(e) + ")"));
            return;
        }
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                            Path name = d.getFileName();
                            if (!d.equals(dir) && name != null && name.toString().startsWith(".")) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            // As on the command line: a link out of the source folder is not followed.
                            if (!d.equals(dir) && FileCollector.leavesTree(d, realRoot)) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && !FileCollector.leavesTree(f, realRoot)
                                    && selected(dir.relativize(f).toString().replace('\\', '/'))) {
                                found.putIfAbsent(f, new Candidate(f, attrs.size(),
                                        attrs.lastModifiedTime().toMillis()));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path f, IOException e) {
                            if (!(e instanceof FileSystemLoopException)) {
                                errors.add(new Problem(f, "cannot read (" + Messages.of(e) + ")"));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            errors.add(new Problem(dir, "cannot read directory (" + Messages.of(e) + ")"));
        }
    }
}
