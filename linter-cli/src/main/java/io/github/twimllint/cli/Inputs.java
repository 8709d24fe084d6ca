package io.github.twimllint.cli;

import io.github.twimllint.core.FileCollector;
import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.LintReport;
import io.github.twimllint.core.Source;
import io.github.twimllint.core.config.Configuration;
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
    /** Every file considered, with what became of it ("linted", "excluded by ..."), for --verbose. */
    final Map<String, String> considered = new LinkedHashMap<>();
    /** Symbolic links in walked folders whose targets lie outside them: not read, reported as skipped. */
    final List<String> outside = new ArrayList<>();
    /** Source by displayed path, to re-read lines for snippets. */
    final Map<String, Source> byPath = new LinkedHashMap<>();
    private final Map<String, List<String>> folders = new LinkedHashMap<>();
    private final Map<String, Integer> excludedIn = new LinkedHashMap<>();

    static Inputs collect(List<String> paths, String stdinName, Path cwd, Configuration config,
                          boolean bufferStdin, Supplier<InputStream> stdin) throws IOException {
        Inputs in = new Inputs();
        List<Path> named = new ArrayList<>();
        Map<String, Path> folderArgs = new LinkedHashMap<>();
        Set<Path> explicit = new HashSet<>();
        boolean stdinAdded = false;
        for (String p : paths) {
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
            if (stdinName != null && !config.selects(cwd.resolve(stdinName))) {
                in.notes.add(name + ": not linted, excluded by " + config.file());
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
        for (Source s : r.sources()) {
            String folder = null;
            for (Map.Entry<String, Path> f : folderArgs.entrySet()) {
                if (s.file().toAbsolutePath().normalize().startsWith(f.getValue())) {
                    folder = f.getKey();
                    break;
                }
            }
            if (!config.selects(s.file())) {
                in.considered.put(s.displayPath(), "skipped, excluded by " + config.file());
                if (!explicit.contains(s.file().toAbsolutePath().normalize()) && folder != null) {
                    in.excludedIn.merge(folder, 1, Integer::sum);
                } else {
                    in.notes.add(s.displayPath() + ": not linted, excluded by " + config.file());
                }
                continue;
            }
            in.add(s);
            for (Map.Entry<String, Path> f : folderArgs.entrySet()) {
                if (s.file().toAbsolutePath().normalize().startsWith(f.getValue())) {
                    in.folders.get(f.getKey()).add(s.displayPath());
                }
            }
        }
        return in;
    }

    private void add(Source s) {
        considered.put(s.displayPath(), "linted");
        sources.add(s);
        byPath.put(s.displayPath(), s);
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
        Set<String> linted = new HashSet<>();
        for (FileResult f : report.files()) {
            if (!f.skipped() && f.readError() == null) {
                linted.add(f.path());
            }
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : folders.entrySet()) {
            if (e.getValue().stream().noneMatch(linted::contains)) {
                int excluded = excludedIn.getOrDefault(e.getKey(), 0);
                out.add(e.getKey() + ": no TwiML documents found (*.twiml files, or *.xml files whose root is"
                        + " <Response>)" + (excluded > 0 ? "; " + excluded + " excluded by the configuration" : ""));
            }
        }
        return out;
    }
}
