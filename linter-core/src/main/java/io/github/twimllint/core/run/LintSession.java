package io.github.twimllint.core.run;

import io.github.twimllint.core.Baseline;
import io.github.twimllint.core.CoreRules;
import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.LintReport;
import io.github.twimllint.core.Linter;
import io.github.twimllint.core.Names;
import io.github.twimllint.core.RuleSet;
import io.github.twimllint.core.Severity;
import io.github.twimllint.core.Source;
import io.github.twimllint.core.config.ConfigException;
import io.github.twimllint.core.config.ConfigLoader;
import io.github.twimllint.core.config.Configuration;
import io.github.twimllint.core.report.ReportContext;
import io.github.twimllint.core.report.Reporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * One run, the same for every front end (the command line, the Maven goal): the configuration
 * found and merged with the front end's options (the options win), the linter built from them,
 * the baseline applied or written, the reports written and the outcome. Front ends collect the
 * sources (their own file selection), print, and turn the {@link RunOutcome} into an exit code
 * or a build result.
 */
public final class LintSession {
    private final RunOptions options;
    private final RuleSet rules;
    private final Configuration config;
    private final Map<String, Severity> levels;
    private final Severity failOn;
    private final boolean reportUnusedSuppressions;
    private final int maxWarnings;
    private final Loaded loaded;
    /** The levels the options set (--enable, --severity, --disable): over the file's, overrides included. */
    private final Map<String, Severity> optionLevels;
    /** Per-file settings by the overrides that apply (their indexes): one per combination, made once. */
    private final Map<List<Integer>, Linter.Settings> perFile = new java.util.concurrent.ConcurrentHashMap<>();

    /** The configuration read, how it was chosen (for --verbose) and warnings about files passed over. */
    private record Loaded(Configuration config, String how, List<String> warnings) {
    }

    private LintSession(RunOptions options, RuleSet rules, Loaded loaded, Map<String, Severity> optionLevels,
                        Severity failOn, boolean reportUnused, int maxWarnings) {
        this.optionLevels = optionLevels;
        Map<String, Severity> levels = new LinkedHashMap<>(loaded.config().ruleLevels());
        levels.putAll(optionLevels);
        this.maxWarnings = maxWarnings;
        this.loaded = loaded;
        Configuration config = loaded.config();
        this.options = options;
        this.rules = rules;
        this.config = config;
        this.levels = levels;
        this.failOn = failOn;
        this.reportUnusedSuppressions = reportUnused;
    }

    /** Reads the configuration and checks the options: the defaults, then the file, then the options. */
    public static LintSession open(RunOptions o, RuleSet rules) throws RunException {
        Loaded loaded = load(o, rules);
        Configuration config = loaded.config();
        Map<String, Severity> levels = new LinkedHashMap<>();
        for (String id : o.enable()) {
            known(id, "--enable", rules);
            levels.put(id, rules.meta(id).defaultSeverity());
        }
        for (Map.Entry<String, String> e : o.severity().entrySet()) {
            known(e.getKey(), "--severity", rules);
            try {
                levels.put(e.getKey(), Severity.parse(e.getValue()));
            } catch (IllegalArgumentException ex) {
                throw new RunException("--severity " + e.getKey() + "=" + e.getValue() + ": " + ex.getMessage());
            }
        }
        for (String id : o.disable()) {
            known(id, "--disable", rules);
            levels.put(id, Severity.OFF);
        }
        Severity failOn = o.failOn() != null ? o.failOn() : config.failOn();
        int maxWarnings = o.maxWarnings() != null ? o.maxWarnings() : config.maxWarnings();
        if (maxWarnings < -1) {
            throw new RunException("--max-warnings must be -1 (no limit) or more, not " + maxWarnings);
        }
        if (o.jobs() < 0) {
            throw new RunException("--jobs must be 0 (one per processor) or more, not " + o.jobs());
        }
        // Asking for unused-suppression by name (a level in the file, --enable, --severity) asks for the report.
        Severity unused = levels.getOrDefault(CoreRules.UNUSED_SUPPRESSION.id(),
                config.ruleLevels().getOrDefault(CoreRules.UNUSED_SUPPRESSION.id(), Severity.OFF));
        boolean reportUnused = o.reportUnusedSuppressions() || config.reportUnusedSuppressions()
                || unused != Severity.OFF;
        return new LintSession(o, rules, loaded, levels, failOn, reportUnused, maxWarnings);
    }

    private static Loaded load(RunOptions o, RuleSet rules) throws RunException {
        List<String> warnings = new ArrayList<>();
        Path file;
        String how;
        if (o.configFile() != null) {
            file = o.configFile();
            how = "given";
        } else if (o.noConfig()) {
            return new Loaded(Configuration.defaults(o.baseDir()), "none: discovery turned off", List.of());
        } else {
            file = discoverConfig(o.baseDir(), o.configStop(), warnings::add);
            how = "found from " + o.baseDir().toAbsolutePath().normalize();
        }
        if (file == null) {
            return new Loaded(Configuration.defaults(o.baseDir()), "none found; every rule at its default level",
                    warnings);
        }
        try {
            Configuration c = new ConfigLoader(rules).load(o.baseDir().resolve(file), file);
            return new Loaded(c, o.baseDir().resolve(file).toAbsolutePath().normalize() + " (" + how + ")", warnings);
        } catch (ConfigException e) {
            throw new RunException("bad configuration: " + e.getMessage());
        }
    }

    /** The nearest {@code .twiml-lint.json} in {@code start} or above it, not above {@code stop} (null: no limit). */
    public static Path discoverConfig(Path start, Path stop) {
        return discoverConfig(start, stop, w -> { });
    }

    /**
     * As {@link #discoverConfig(Path, Path)}; a file in a folder anyone may write to, where the
     * folder or the file belongs to someone else (a {@code .twiml-lint.json} planted in {@code /tmp}),
     * is passed over with a warning: it could turn every rule off.
     */
    public static Path discoverConfig(Path start, Path stop, Consumer<String> warnings) {
        Path limit = stop == null ? null : stop.toAbsolutePath().normalize();
        for (Path d = start.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            Path f = ConfigLoader.inFolder(d);
            if (f != null && f.endsWith(ConfigLoader.FILE_NAME) && Files.isRegularFile(d.resolve(ConfigLoader.JSONC_NAME))) {
                warnings.accept("both " + f + " and " + ConfigLoader.JSONC_NAME + " exist; reading "
                        + ConfigLoader.FILE_NAME + " only");
            }
            if (f != null) {
                if (!untrusted(d, f)) {
                    return f;
                }
                warnings.accept("ignoring " + f + ": its folder is writable by every user and it or the file"
                        + " belongs to another user (use --config to read it anyway)");
            }
            if (limit != null && (!d.startsWith(limit) || d.equals(limit))) {
                return null;
            }
        }
        return null;
    }

    private static boolean untrusted(Path dir, Path file) {
        try {
            if (!Files.getPosixFilePermissions(dir).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_WRITE)) {
                return false;
            }
            String me = System.getProperty("user.name");
            return !Files.getOwner(dir).getName().equals(me) || !Files.getOwner(file).getName().equals(me);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false; // No POSIX owners (Windows): nothing to compare.
        }
    }

    /** How the configuration was chosen: its file and why, or why there is none (for --verbose). */
    public String configurationSource() {
        return loaded.how();
    }

    /** Warnings about configuration files passed over during discovery. */
    public List<String> warnings() {
        return loaded.warnings();
    }

    /**
     * The configuration in effect for one file, after discovery and the options, as JSON: every
     * rule's level (and options), whether the file is selected, its document kind and the run's
     * settings ({@code --print-config}).
     */
    public String effectiveConfig(Path file) {
        Path abs = options.baseDir().resolve(file).toAbsolutePath().normalize();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", file.toString());
        out.put("configFile", config.file() == null ? null
                : options.baseDir().resolve(config.file()).toAbsolutePath().normalize().toString());
        out.put("linted", config.selects(abs));
        out.put("documentKind", config.documentKind(abs));
        List<Integer> applying = config.overridesFor(abs);
        out.put("overrides", applying);
        Linter.Settings settings = applying.isEmpty() ? null : settings(applying);
        Map<String, Object> ruleLevels = new java.util.TreeMap<>();
        for (String id : rules.ids()) {
            Severity level = settings != null ? settings.level(id) : levels.getOrDefault(id, rules.meta(id).defaultSeverity());
            Map<String, Object> opts = settings != null ? settings.options().get(id) : config.ruleOptions().get(id);
            if (opts == null) {
                ruleLevels.put(id, level.label());
            } else {
                Map<String, Object> setting = new LinkedHashMap<>();
                setting.put("level", level.label());
                setting.put("options", opts);
                ruleLevels.put(id, setting);
            }
        }
        out.put("rules", ruleLevels);
        out.put("failOn", failOn.failLabel());
        out.put("maxWarnings", maxWarnings);
        out.put("reportUnusedSuppressions", reportUnusedSuppressions);
        out.put("templates", config.templates());
        Map<String, String> urls = new LinkedHashMap<>();
        urlMappings().forEach((u, d) -> urls.put(u, d.toString()));
        out.put("urlMappings", urls);
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(out);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e); // Maps of strings, numbers and booleans always serialise.
        }
    }

    private static void known(String id, String option, RuleSet rules) throws RunException {
        if (!rules.contains(id)) {
            throw new RunException(option + " " + id + ": unknown rule id" + Names.suggestion(id, rules.ids())
                    + "; 'twiml-lint --list-rules' lists them");
        }
    }

    /** The configuration in effect (its globs select the front end's files). */
    public Configuration configuration() {
        return config;
    }

    /** The failing level; {@link Severity#OFF} when findings never fail the run ({@code none}). */
    public Severity failOn() {
        return failOn;
    }

    /** The most warnings a passing run may have; -1: no limit. */
    public int maxWarnings() {
        return maxWarnings;
    }

    /** The effective level of every rule named by the configuration or the options. */
    public Map<String, Severity> levels() {
        return levels;
    }

    /**
     * The linter of this run. URL mappings: the configuration's, then the options' (which win);
     * document kinds, templates and levels from the configuration, then the options.
     */
    public Linter linter() {
        Linter.Builder b = Linter.builder(rules);
        config.applyTo(b, options.displayRoot());
        Map<String, Path> urls = new LinkedHashMap<>(config.urlMappings());
        options.urlMappings().forEach((url, dir) -> urls.put(url, options.baseDir().resolve(dir).normalize()));
        b.urlMappings(urls);
        b.siteRoot(options.siteRoot() == null ? null : options.baseDir().resolve(options.siteRoot()).normalize());
        levels.forEach(b::level);
        b.reportUnusedSuppressions(reportUnusedSuppressions);
        b.jobs(options.jobs());
        if (!config.overrides().isEmpty()) {
            Path root = options.displayRoot().toAbsolutePath().normalize();
            b.perFile(display -> {
                List<Integer> applying = config.overridesFor(root.resolve(display));
                return applying.isEmpty() ? null : settings(applying);
            });
        }
        return b.build();
    }

    /**
     * The settings of files these overrides apply to: every rule's default, the file's levels and
     * options, each override's in order (a later one wins; a rule's options are replaced, not
     * merged), then the options' levels. Made once per combination.
     */
    private Linter.Settings settings(List<Integer> applying) {
        return perFile.computeIfAbsent(applying, key -> {
            Map<String, Severity> l = rules.defaultLevels();
            l.putAll(config.ruleLevels());
            Map<String, Map<String, Object>> o = new LinkedHashMap<>(config.ruleOptions());
            for (int i : key) {
                l.putAll(config.overrides().get(i).levels());
                o.putAll(config.overrides().get(i).options());
            }
            l.putAll(optionLevels);
            return new Linter.Settings(l, o);
        });
    }

    /** The URL mappings in effect, folders absolute (part of the Maven goal's up-to-date check). */
    public Map<String, Path> urlMappings() {
        Map<String, Path> urls = new LinkedHashMap<>(config.urlMappings());
        options.urlMappings().forEach((url, dir) -> urls.put(url, options.baseDir().resolve(dir).normalize()));
        return urls;
    }

    /**
     * Lints the sources, adds the inputs the front end could not read (a folder it could not list
     * is a file it could not read: it counts in every report), then writes or applies the baseline.
     */
    public RunOutcome run(List<Source> sources, IntConsumer progress, List<FileResult> unreadable)
            throws RunException {
        LintReport report = linter().lint(sources, progress);
        if (!unreadable.isEmpty()) {
            List<FileResult> files = new ArrayList<>(report.files());
            files.addAll(unreadable);
            report = report.withFiles(files);
        }
        return baseline(report);
    }

    /**
     * {@code --fix} and {@code --diff}: lints, applies the fixes of the findings that count (not
     * suppressed) to the documents in memory, and lints again, until nothing more is fixed or
     * {@link FixRun#MAX_PASSES} passes were made. Writes nothing: the front end calls
     * {@link FixRun#write} or prints {@link FixRun#diff}. A path that is not a regular file (a pipe, a
     * device) is refused: it cannot be rewritten in place.
     */
    public FixRun fix(List<Source> sources, IntConsumer progress, List<FileResult> unreadable) throws RunException {
        for (Source s : sources) {
            if (s.file() != null && !Files.isRegularFile(s.file())) {
                throw new RunException(s.displayPath() + ": not a regular file; --fix and --diff work on files"
                        + " (use '-' for standard input)");
            }
        }
        return FixRun.run(sources, (now, first) -> run(now, first ? progress : n -> { }, unreadable));
    }

    private RunOutcome baseline(LintReport report) throws RunException {
        Path file = options.writeBaseline() != null ? options.writeBaseline() : options.baseline();
        if (file == null) {
            return new RunOutcome(report, failOn, 0, -1, maxWarnings);
        }
        Path abs = options.baseDir().resolve(file).toAbsolutePath().normalize();
        Function<String, String> keys = Baselines.keys(abs, options.displayRoot());
        Baseline baseline;
        int written = -1;
        if (options.writeBaseline() != null) {
            baseline = Baseline.of(report, keys);
            Baselines.write(abs, baseline, file.toString());
            written = baseline.size();
        } else {
            baseline = Baselines.read(abs, options.baselineLabel() + " " + file);
        }
        Baseline.Applied applied = baseline.apply(report, keys, "in baseline " + file);
        return new RunOutcome(applied.report(), failOn, written >= 0 ? 0 : applied.stale(), written,
                maxWarnings);
    }

    /**
     * Writes every report, each on its own: one that fails does not stop the others. A target
     * without a file goes to {@code out}, which is checked afterwards (a full disk is an error).
     * Each problem is one line given to {@code problems}. Returns {@link RunOutcome.Status#OK},
     * {@code INPUT_ERROR} when a report could not be written or {@code INTERNAL_ERROR} when a
     * reporter failed (a bug).
     */
    public static RunOutcome.Status writeReports(List<ReportTarget> targets, Function<ReportTarget, Reporter> reporters,
                                                 LintReport report, ReportContext context, Path baseDir,
                                                 PrintWriter out, Consumer<String> problems) {
        RunOutcome.Status status = RunOutcome.Status.OK;
        for (ReportTarget t : targets) {
            try {
                Reporter reporter = reporters.apply(t);
                if (t.file() == null) {
                    try {
                        ReportWriter.write(out, w -> reporter.write(report, context, w));
                    } catch (IOException e) {
                        problems.accept("cannot write the " + t.format() + " report to standard output: "
                                + ReportWriter.reason(e));
                        status = status.and(RunOutcome.Status.INPUT_ERROR);
                    }
                } else {
                    try {
                        ReportWriter.write(baseDir.resolve(t.file()), w -> reporter.write(report, context, w));
                    } catch (IOException e) {
                        problems.accept("cannot write the report to " + t.file() + ": " + ReportWriter.reason(e));
                        status = status.and(RunOutcome.Status.INPUT_ERROR);
                    }
                }
            } catch (OutOfMemoryError e) {
                // What this report held is garbage now: the next reports may still fit.
                problems.accept("out of memory while writing the " + t.format() + " report (give Java more with"
                        + " JAVA_TOOL_OPTIONS=-Xmx...)");
                status = status.and(RunOutcome.Status.INTERNAL_ERROR);
            } catch (RuntimeException | LinkageError e) {
                problems.accept("internal error while writing the " + t.format() + " report: " + e);
                status = status.and(RunOutcome.Status.INTERNAL_ERROR);
            }
        }
        return status;
    }
}
