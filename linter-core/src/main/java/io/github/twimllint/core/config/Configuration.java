package io.github.twimllint.core.config;

import io.github.twimllint.core.CoreRules;
import io.github.twimllint.core.Linter;
import io.github.twimllint.core.Severity;
import io.github.twimllint.core.config.generated.TwimlLintConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A loaded, checked {@code .twiml-lint.json}: the generated model ({@link #raw()}) plus what it
 * means, resolved (rule levels, globs, folders relative to the file). Use {@link #defaults(Path)}
 * when there is no file.
 */
public final class Configuration {
    /** A glob and the document kind of the files it matches. */
    public record KindMapping(Glob glob, String kind) {
    }

    /**
     * One {@code overrides} entry: the files it applies to ({@code files} but not {@code excluded})
     * and the rule levels, options and document kind it sets for them (null: not set).
     */
    public record OverrideEntry(List<Glob> files, List<Glob> excluded, Map<String, Severity> levels,
                           Map<String, Map<String, Object>> options, String documentKind) {
        public OverrideEntry {
            files = List.copyOf(files);
            excluded = List.copyOf(excluded);
            levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
            options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        }

        boolean applies(String relative) {
            return files.stream().anyMatch(g -> g.matches(relative)) && excluded.stream().noneMatch(g -> g.matches(relative));
        }
    }

    private final Path file;
    private final Path baseDir;
    private final TwimlLintConfig raw;
    private final Map<String, Severity> levels;
    private final Map<String, Map<String, Object>> options;
    private final List<Glob> include;
    private final List<Glob> exclude;
    private final List<KindMapping> kinds;
    private final Map<String, Path> urlMappings;
    private final List<OverrideEntry> overrides;

    Configuration(Path file, Path baseDir, TwimlLintConfig raw, Map<String, Severity> levels,
                  Map<String, Map<String, Object>> options, List<OverrideEntry> overrides) {
        this.overrides = List.copyOf(overrides);
        this.file = file;
        this.baseDir = baseDir.toAbsolutePath().normalize();
        this.raw = raw;
        this.levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
        this.options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        this.include = globs(raw.getInclude());
        this.exclude = globs(raw.getExclude());
        List<KindMapping> k = new ArrayList<>();
        if (raw.getDocumentKinds() != null) {
            raw.getDocumentKinds().getAdditionalProperties()
                    .forEach((glob, kind) -> k.add(new KindMapping(new Glob(glob), kind.value())));
        }
        this.kinds = List.copyOf(k);
        Map<String, Path> urls = new LinkedHashMap<>();
        if (raw.getUrlMappings() != null) {
            raw.getUrlMappings().getAdditionalProperties()
                    .forEach((url, dir) -> urls.put(url, this.baseDir.resolve(dir).normalize()));
        }
        this.urlMappings = Collections.unmodifiableMap(urls);
    }

    /** The configuration used when there is no file: every default, globs relative to {@code baseDir}. */
    public static Configuration defaults(Path baseDir) {
        return new Configuration(null, baseDir, new TwimlLintConfig(), Map.of(), Map.of(), List.of());
    }

    static List<Glob> globs(List<String> texts) {
        List<Glob> out = new ArrayList<>();
        if (texts != null) {
            for (String t : texts) {
                out.add(new Glob(t));
            }
        }
        return List.copyOf(out);
    }

    /** The file read, or null for the defaults. */
    public Path file() {
        return file;
    }

    /** The folder globs and mapped folders are relative to. */
    public Path baseDir() {
        return baseDir;
    }

    /** The model generated from the schema, as read. */
    public TwimlLintConfig raw() {
        return raw;
    }

    /** Levels set per rule id, in file order. */
    public Map<String, Severity> ruleLevels() {
        return levels;
    }

    /** Options set per rule id ({@code {"level": ..., "options": {...}}}). */
    public Map<String, Map<String, Object>> ruleOptions() {
        return options;
    }

    /** Base URL -> absolute folder holding the documents served under it. */
    public Map<String, Path> urlMappings() {
        return urlMappings;
    }

    public List<KindMapping> documentKinds() {
        return kinds;
    }

    public boolean templates() {
        return raw.getTemplates() == null || raw.getTemplates();
    }

    public Severity failOn() {
        return raw.getFailOn() == null ? Severity.ERROR : Severity.parseFailLevel(raw.getFailOn().value());
    }

    /** The most warnings a passing run may have; -1: no limit. */
    public int maxWarnings() {
        return raw.getMaxWarnings() == null ? -1 : raw.getMaxWarnings();
    }

    public boolean reportUnusedSuppressions() {
        return raw.getReportUnusedSuppressions() != null && raw.getReportUnusedSuppressions();
    }

    /** The path relative to the base folder, {@code /}-separated. */
    public String relative(Path path) {
        Path a = path.toAbsolutePath().normalize();
        String s = a.startsWith(baseDir) ? baseDir.relativize(a).toString() : a.toString();
        return io.github.twimllint.core.FileCollector.slashes(s);
    }

    /** Whether a file is linted: it matches an include glob (when there are any) and no exclude glob. */
    public boolean selects(Path path) {
        if (exclude.isEmpty() && include.isEmpty()) {
            return true;
        }
        String rel = relative(path);
        for (Glob g : exclude) {
            if (g.matches(rel)) {
                return false;
            }
        }
        if (include.isEmpty()) {
            return true;
        }
        for (Glob g : include) {
            if (g.matches(rel)) {
                return true;
            }
        }
        return false;
    }

    /** The {@code overrides} entries, in file order. */
    public List<OverrideEntry> overrides() {
        return overrides;
    }

    /** The indexes of the overrides that apply to a file, in file order (later ones win). */
    public List<Integer> overridesFor(Path path) {
        if (overrides.isEmpty()) {
            return List.of();
        }
        String rel = relative(path);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < overrides.size(); i++) {
            if (overrides.get(i).applies(rel)) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * The document kind configured for a file, or null: the last applying override that sets one,
     * else the first matching {@code documentKinds} glob.
     */
    public String documentKind(Path path) {
        List<Integer> applying = overridesFor(path);
        for (int i = applying.size() - 1; i >= 0; i--) {
            String kind = overrides.get(applying.get(i)).documentKind();
            if (kind != null) {
                return kind;
            }
        }
        if (kinds.isEmpty()) {
            return null;
        }
        String rel = relative(path);
        for (KindMapping k : kinds) {
            if (k.glob().matches(rel)) {
                return k.kind();
            }
        }
        return null;
    }

    /** Applies rule levels and options, templates, document kinds and unused-suppression reporting to a builder. */
    public Linter.Builder applyTo(Linter.Builder builder, Path workingDir) {
        levels.forEach(builder::level);
        options.forEach(builder::options);
        builder.templates(templates());
        // Naming unused-suppression with a level asks for the report, as on the command line.
        builder.reportUnusedSuppressions(reportUnusedSuppressions()
                || levels.getOrDefault(CoreRules.UNUSED_SUPPRESSION.id(), Severity.OFF) != Severity.OFF);
        builder.urlMappings(urlMappings);
        if (!kinds.isEmpty() || overrides.stream().anyMatch(o -> o.documentKind() != null)) {
            Path cwd = workingDir.toAbsolutePath().normalize();
            builder.documentKinds(display -> documentKind(cwd.resolve(display)));
        }
        return builder;
    }
}
