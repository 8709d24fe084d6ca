package io.github.twimllint.cli;

import io.github.twimllint.core.FileCollector;
import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.LintReport;
import io.github.twimllint.core.Source;
import io.github.twimllint.core.config.Configuration;
import io.github.twimllint.core.config.Glob;
import io.github.twimllint.core.report.Printable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns the command line's paths into sources, applying the configuration's include and exclude
 * globs, and afterwards names the folders in which nothing was linted.
 */
final class Inputs {
    final List<Source> sources = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    /** Files and folders found in a walk that could not be read: they count in the reports. */
    final List<FileResult> unreadable = new ArrayList<>();
    /** Explicitly named files left out by the configuration: worth a note, not an error. */
    final List<String> notes = new ArrayList<>();
    /**
     * Files considered, with what became of it ("linted", "excluded by ..."), for --verbose: only
     * the ones not linted unless {@link #verbose} (a map entry per file is most of what a bulk run
     * would keep per file).
     */
    final Map<String, String> considered = new LinkedHashMap<>();
    private boolean verbose;
    /** Symbolic links in walked folders whose targets lie outside them: not read, reported as skipped. */
    final List<String> outside = new ArrayList<>();
    private final Map<String, List<String>> folders = new LinkedHashMap<>();
    private final Map<String, Integer> excludedIn = new LinkedHashMap<>();

    /**
     * The command line's {@code --include} and {@code --exclude} globs, relative to the working
     * directory, applied after the configuration's.
     */
    record Globs(List<Glob> include, List<Glob> exclude, List<IgnoreFile> ignoreFiles) {
        static final Globs NONE = new Globs(List.of(), List.of(), List.of());

        static Globs of(List<String> include, List<String> exclude) {
            return new Globs(compile(include, "--include"), compile(exclude, "--exclude"), List.of());
        }

        /**
         * With the ignore files: {@code .twiml-lintignore} in the working directory and, unless
         * turned off, the {@code .gitignore} at the root of the git work tree holding it.
         */
        Globs ignoring(Path cwd, boolean gitignore) {
            List<IgnoreFile> files = new ArrayList<>();
            IgnoreFile own = IgnoreFile.read(cwd.resolve(".twiml-lintignore"));
            if (own != null) {
                files.add(own);
            }
            Path tree = gitignore ? IgnoreFile.workTree(cwd) : null;
            IgnoreFile git = tree == null ? null : IgnoreFile.read(tree.resolve(".gitignore"));
            if (git != null) {
                files.add(git);
            }
            return new Globs(include, exclude, files);
        }

        private static List<Glob> compile(List<String> texts, String option) {
            List<Glob> out = new ArrayList<>();
            for (String t : texts) {
                try {
                    out.add(new Glob(t));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(option + " " + t + ": " + e.getMessage());
                }
            }
            return out;
        }
    }

    /** Why a file is not linted ("excluded by ..."), or null when it is. */
    private static String why(Path file, Path cwd, Configuration config, Globs globs) {
        if (!config.selects(file)) {
            return "excluded by " + config.file();
        }
        Path abs = cwd.resolve(file).toAbsolutePath().normalize();
        // Asked for every file of a walk: the relative path only when there are globs to match.
        if (!globs.exclude().isEmpty() || !globs.include().isEmpty()) {
            String rel = cwd.relativize(abs).toString().replace('\\', '/');
            for (Glob g : globs.exclude()) {
                if (g.matches(rel)) {
                    return "excluded by --exclude " + g.text();
                }
            }
            if (!globs.include().isEmpty() && globs.include().stream().noneMatch(g -> g.matches(rel))) {
                return "not matched by any --include";
            }
        }
        for (IgnoreFile i : globs.ignoreFiles()) {
            if (i.ignores(abs)) {
                return "ignored by " + i.file();
            }
        }
        return null;
    }

    /** Whether a path argument is a glob for the tool to expand (quoted, or from a shell that does not). */
    static boolean isGlob(String arg) {
        return arg.chars().anyMatch(c -> "*?[{".indexOf(c) >= 0);
    }

    /**
     * The files under the glob's literal leading folders that it matches, found as a folder walk
     * finds them (*.twiml, *.xml with a {@code <Response>} root, build folders not entered).
     */
    private static FileCollector.Result expand(String glob, Path cwd) {
        String g = glob.replace('\\', '/');
        String[] parts = g.split("/", -1);
        StringBuilder literal = new StringBuilder(g.startsWith("/") ? "/" : "");
        int i = g.startsWith("/") ? 1 : 0;
        for (; i < parts.length - 1 && !isGlob(parts[i]); i++) {
            literal.append(parts[i]).append('/');
        }
        Path base = cwd.resolve(literal.length() == 0 ? "." : literal.toString()).normalize();
        Glob rest = new Glob(String.join("/", java.util.Arrays.asList(parts).subList(i, parts.length)));
        if (!Files.isDirectory(base)) {
            return new FileCollector.Result(List.of(), List.of(), List.of(), List.of());
        }
        FileCollector.Result all = new FileCollector(cwd).collect(List.of(base));
        List<Source> matched = new ArrayList<>();
        for (Source s : all.sources()) {
            if (rest.matches(base.relativize(s.file().toAbsolutePath().normalize()).toString().replace('\\', '/'))) {
                matched.add(s);
            }
        }
        return new FileCollector.Result(matched, all.errors(), all.unreadable(), all.outside());
    }

    static Inputs collect(List<String> paths, String stdinName, Path cwd, Configuration config,
                          boolean bufferStdin, Supplier<InputStream> stdin) throws IOException {
        return collect(paths, stdinName, cwd, config, Globs.NONE, bufferStdin, stdin);
    }

    static Inputs collect(List<String> paths, String stdinName, Path cwd, Configuration config, Globs globs,
                          boolean bufferStdin, Supplier<InputStream> stdin) throws IOException {
        return collect(paths, stdinName, cwd, config, globs, bufferStdin, stdin, false);
    }

    /** As above; {@code verbose} keeps every file considered in {@link #considered}, not only those left out. */
    static Inputs collect(List<String> paths, String stdinName, Path cwd, Configuration config, Globs globs,
                          boolean bufferStdin, Supplier<InputStream> stdin, boolean verbose) throws IOException {
        Inputs in = new Inputs();
        in.verbose = verbose;
        List<Source> globbed = new ArrayList<>();
        List<Path> named = new ArrayList<>();
        Map<String, Path> folderArgs = new LinkedHashMap<>();
        Set<Path> explicit = new HashSet<>();
        boolean stdinAdded = false;
        for (String p : paths) {
            if (!p.equals("-") && isGlob(p) && !Files.exists(cwd.resolve(p))) {
                FileCollector.Result r = expand(p, cwd);
                if (r.sources().isEmpty()) {
                    in.errors.add(p + ": no file matches this pattern");
                }
                globbed.addAll(r.sources());
                in.unreadable.addAll(r.unreadable());
                in.outside.addAll(r.outside());
                continue;
            }
            if (!p.equals("-")) {
                named.add(Path.of(p));
                Path abs = cwd.resolve(p).toAbsolutePath().normalize();
                if (Files.isDirectory(abs)) {
                    folderArgs.put(p, abs);
                    in.folders.put(p, new ArrayList<>());
                } else {
                    explicit.add(abs);
                }
                continue;
            }
            if (stdinAdded) {
                continue;
            }
            stdinAdded = true;
            String name = stdinName == null ? "<stdin>" : stdinName;
            String stdinWhy = stdinName == null ? null : why(cwd.resolve(stdinName), cwd, config, globs);
            if (stdinWhy != null) {
                in.notes.add(name + ": not linted, " + stdinWhy);
                continue;
            }
            if (bufferStdin) {
                byte[] data = stdin.get().readAllBytes();
                in.add(Source.ofStream(name, () -> new ByteArrayInputStream(data)));
            } else {
                in.add(Source.ofStream(name, stdin::get));
            }
        }
        // One collection, so a file both named and found in a folder is linted once, as named.
        FileCollector.Result r = new FileCollector(cwd).collect(named);
        in.errors.addAll(r.errors());
        in.unreadable.addAll(r.unreadable());
        in.outside.addAll(r.outside());
        List<Source> found = new ArrayList<>(r.sources());
        // A file's path is already absolute and normalized (Source.file); made once per file.
        if (!globbed.isEmpty()) {
            Set<Path> seen = new HashSet<>();
            found.forEach(s -> seen.add(s.file()));
            for (Source s : globbed) {
                if (seen.add(s.file())) {
                    found.add(s);
                }
            }
        }
        for (Source s : found) {
            Path abs = s.file();
            String folder = null;
            for (Map.Entry<String, Path> f : folderArgs.entrySet()) {
                if (abs.startsWith(f.getValue())) {
                    folder = f.getKey();
                    break;
                }
            }
            String notLinted = why(abs, cwd, config, globs);
            if (notLinted != null) {
                in.considered.put(s.displayPath(), "skipped, " + notLinted);
                if (explicit.contains(abs) || folder == null && !globbed.contains(s)) {
                    in.notes.add(s.displayPath() + ": not linted, " + notLinted);
                } else if (folder != null) {
                    in.excludedIn.merge(folder, 1, Integer::sum);
                }
                continue;
            }
            in.add(s);
            for (Map.Entry<String, Path> f : folderArgs.entrySet()) {
                if (abs.startsWith(f.getValue())) {
                    in.folders.get(f.getKey()).add(s.displayPath());
                }
            }
        }
        return in;
    }

    private void add(Source s) {
        if (verbose) {
            considered.put(s.displayPath(), "linted");
        }
        sources.add(s);
    }

    /** Source by displayed path, to re-read lines for snippets (built when needed, not kept during the run). */
    Map<String, Source> byPath() {
        Map<String, Source> map = new java.util.HashMap<>();
        for (Source s : sources) {
            map.put(s.displayPath(), s);
        }
        return map;
    }

    /** The report with the links left out of folder walks counted as skipped files. */
    /** Results for what was found but not linted: unreadable files and folders, links leading outside. */
    List<FileResult> notLinted() {
        List<FileResult> files = new ArrayList<>(unreadable);
        for (String link : outside) {
            files.add(FileResult.skipped(link));
        }
        return files;
    }

    /** One line for standard error naming the links (a few of them) that were not followed, or null. */
    String outsideNote() {
        if (outside.isEmpty()) {
            return null;
        }
        List<String> shown = new ArrayList<>();
        for (String link : outside.subList(0, Math.min(3, outside.size()))) {
            shown.add(Printable.escape(link));
        }
        int more = outside.size() - shown.size();
        return "skipped " + outside.size() + (outside.size() == 1 ? " symbolic link" : " symbolic links")
                + " pointing outside the folder walked (" + String.join(", ", shown)
                + (more > 0 ? " and " + more + " more" : "") + "); name a file on the command line to lint it";
    }

    /** One message per folder argument in which no TwiML document was linted. */
    List<String> emptyFolders(LintReport report) {
        // The report's files are in path order: a search, not a set of every path (a copy per file).
        List<FileResult> files = report.files();
        List<String> paths = new java.util.AbstractList<>() {
            @Override
            public String get(int i) {
                return files.get(i).path();
            }

            @Override
            public int size() {
                return files.size();
            }
        };
        java.util.function.Predicate<String> linted = p -> {
            int i = java.util.Collections.binarySearch(paths, p);
            if (i < 0) {
                return false;
            }
            // The same path may appear twice (a file named twice is linted once, but be safe).
            for (int j = i; j >= 0 && paths.get(j).equals(p); j--) {
                if (!files.get(j).skipped() && files.get(j).readError() == null) {
                    return true;
                }
            }
            for (int j = i + 1; j < files.size() && paths.get(j).equals(p); j++) {
                if (!files.get(j).skipped() && files.get(j).readError() == null) {
                    return true;
                }
            }
            return false;
        };
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : folders.entrySet()) {
            if (e.getValue().stream().noneMatch(linted)) {
                int excluded = excludedIn.getOrDefault(e.getKey(), 0);
                out.add(e.getKey() + ": no TwiML documents found (*.twiml files, or *.xml files whose root is"
                        + " <Response>, or such templates: *.twiml.erb, *.xml.php, ...)" + (excluded > 0 ? "; " + excluded
                        + " skipped by the configuration, --include/--exclude or an ignore file (--verbose says which)" : ""));
            }
        }
        return out;
    }
}
