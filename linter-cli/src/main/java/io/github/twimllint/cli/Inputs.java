package io.github.twimllint.cli;

import io.github.twimllint.core.FileCollector;
import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.LintReport;
import io.github.twimllint.core.Source;
import io.github.twimllint.core.config.Configuration;
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
