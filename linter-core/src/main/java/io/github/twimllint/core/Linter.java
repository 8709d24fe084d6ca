package io.github.twimllint.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The engine's entry point: lints sources in parallel across cores and returns a report whose
 * order does not depend on scheduling, so two runs give identical output.
 */
public final class Linter {
    private final RuleSet rules;
    private final Map<String, Severity> levels;
    private final boolean templates;
    private final int jobs;
    private final java.util.function.Function<String, String> kinds;
    private final UrlResolver resolver;
    private final boolean reportUnusedSuppressions;
    private final Dialect dialect;
    private final Map<String, Map<String, Object>> options;
    /** This linter's own levels and options: what a file without overrides gets. */
    private final Settings base;
    private final java.util.function.Function<String, Settings> perFile;
    /** What each settings instance's documents share (by identity, as documents are grouped). */
    private final Map<Settings, DocumentLinter.Plan> plans = new java.util.IdentityHashMap<>();
    private volatile DocumentLinter.Plan basePlan;

    /**
     * The levels (every rule) and options one document is linted with. A front end with per-file
     * settings ({@code overrides}) hands out one instance per distinct combination, so documents
     * sharing one are grouped by identity (the project phase runs once per group).
     */
    public record Settings(Map<String, Severity> levels, Map<String, Map<String, Object>> options) {
        public Settings {
            levels = Map.copyOf(levels);
            options = Map.copyOf(options);
        }

        public Severity level(String ruleId) {
            return levels.getOrDefault(ruleId, Severity.OFF);
        }

        public Map<String, Object> options(String ruleId) {
            return options.getOrDefault(ruleId, Map.of());
        }
    }

    private Linter(Builder b) {
        this.dialect = b.dialect != null ? b.dialect : Dialect.discover(Linter.class.getClassLoader());
        this.options = Map.copyOf(b.options);
        this.reportUnusedSuppressions = b.reportUnusedSuppressions;
        this.kinds = b.kinds;
        this.resolver = new UrlResolver(b.urlMappings, b.siteRoot);
        this.rules = b.rules;
        this.levels = b.rules.defaultLevels();
        this.levels.putAll(b.levels);
        this.templates = b.templates;
        this.base = new Settings(levels, options);
        this.perFile = b.perFile;
        int processors = Runtime.getRuntime().availableProcessors();
        this.jobs = b.jobs > 0 ? Math.min(b.jobs, processors * MAX_JOBS_PER_PROCESSOR) : processors;
    }

    /** The number of workers a run may use. */
    int jobs() {
        return jobs;
    }

    public static Builder builder(RuleSet rules) {
        return new Builder(rules);
    }

    public RuleSet ruleSet() {
        return rules;
    }

    /** The level a rule runs at in this linter (OFF when disabled). */
    public Severity level(String ruleId) {
        return levels.getOrDefault(ruleId, Severity.OFF);
    }

    /** Metadata of the rules that run, in id order. */
    public List<RuleMeta> enabledRules() {
        return enabledRules(List.of(base));
    }

    /** Metadata of the rules that run under any of these settings, in id order. */
    private List<RuleMeta> enabledRules(java.util.Collection<Settings> used) {
        List<RuleMeta> out = new ArrayList<>();
        for (RuleMeta m : rules.allMeta()) {
            if (used.stream().anyMatch(s -> s.level(m.id()) != Severity.OFF)) {
                out.add(m);
            }
        }
        return out;
    }

    /** The settings a document is linted with: its overrides' when the front end has any, else this linter's. */
    private Settings settings(Source source) {
        if (perFile == null) {
            return base;
        }
        Settings s = perFile.apply(source.displayPath());
        return s == null ? base : s;
    }

    /**
     * Lints one source in the calling thread, with the per-document rules only: the project rules
     * run in {@link #lint(List)} (or {@link #checkProject}), once every document was read.
     */
    public FileResult lint(Source source) {
        return document(source, settings(source)).finish(ProjectPhase.Findings.NONE);
    }

    /** One document's findings, suppressions not yet applied (the project phase may add findings). */
    private DocumentLinter.Result document(Source source, Settings settings) {
        Suppressions suppressions = new Suppressions(rules, reportUnusedSuppressions,
                settings.level(CoreRules.UNUSED_SUPPRESSION.id()));
        try {
            return new DocumentLinter(source, plan(settings), templates, dialect, kinds.apply(source.displayPath()),
                    suppressions).run();
        } catch (OutOfMemoryError e) {
            // What this document held is garbage now: the other documents and the reports go on,
            // and the run ends with the internal-error status (suppressions leave such a result alone).
            return new DocumentLinter.Result(
                    new FileResult(source.displayPath(), List.of(), false, null, OUT_OF_MEMORY), null);
        }
    }

    /** The plan of a settings instance: made at its first document, then shared by every worker. */
    private DocumentLinter.Plan plan(Settings settings) {
        DocumentLinter.Plan p = settings == base ? basePlan : null;
        if (p != null) {
            return p;
        }
        synchronized (plans) {
            p = plans.computeIfAbsent(settings, this::newPlan);
        }
        if (settings == base) {
            basePlan = p;
        }
        return p;
    }

    private DocumentLinter.Plan newPlan(Settings settings) {
        List<DocumentLinter.Slot> slots = new ArrayList<>();
        for (Map.Entry<String, Supplier<Rule>> e : rules.factories().entrySet()) {
            Severity level = settings.level(e.getKey());
            if (level != Severity.OFF) {
                slots.add(new DocumentLinter.Slot(e.getValue(), rules.meta(e.getKey()), level,
                        settings.options(e.getKey())));
            }
        }
        return new DocumentLinter.Plan(slots, settings.level(CoreRules.XML_SYNTAX.id()));
    }

    /** The options configured for a rule (empty when none). */
    public Map<String, Object> options(String ruleId) {
        return options.getOrDefault(ruleId, Map.of());
    }

    /** The internal error of a document whose linting ran out of memory. */
    public static final String OUT_OF_MEMORY = "out of memory while linting this file"
            + " (give Java more with JAVA_TOOL_OPTIONS=-Xmx..., or lint the file on its own)";

    /** At most this many workers per processor: more only adds threads and per-document memory. */
    static final int MAX_JOBS_PER_PROCESSOR = 4;

    /** Lints every source, in parallel when there is more than one. */
    public LintReport lint(List<Source> sources) {
        return lint(sources, null);
    }

    /** As {@link #lint(List)}, calling {@code progress} with the number of files done so far. */
    public LintReport lint(List<Source> sources, java.util.function.IntConsumer progress) {
        int n = sources.size();
        DocumentLinter.Result[] results = new DocumentLinter.Result[n];
        Settings[] settings = new Settings[n];
        for (int i = 0; i < n; i++) {
            settings[i] = settings(sources.get(i));
        }
        int threads = Math.min(jobs, n);
        if (threads <= 1) {
            for (int i = 0; i < n; i++) {
                results[i] = document(sources.get(i), settings[i]);
                if (progress != null) {
                    progress.accept(i + 1);
                }
            }
            return finish(results, settings);
        }
        // Workers take the next index until none is left: no task object is queued per file (a
        // run of 100,000 files kept 100,000 of them).
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        Runnable work = () -> {
            try {
                for (int i = next.getAndIncrement(); i < n && failure.get() == null; i = next.getAndIncrement()) {
                    results[i] = document(sources.get(i), settings[i]);
                    if (progress != null) {
                        progress.accept(done.incrementAndGet());
                    }
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "twiml-lint-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> workers = new ArrayList<>(threads);
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(work));
            }
            for (Future<?> f : workers) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            failure.compareAndSet(null, e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Throwable t = failure.get();
        if (t instanceof OutOfMemoryError oom) {
            throw oom; // Past the per-document guard: the front end says so in one line.
        }
        if (t != null) {
            throw new IllegalStateException("internal error: " + t, t);
        }
        return finish(results, settings);
    }

    /**
     * The project phase, then each document's suppressions over all of its findings. The project
     * rules see every document's facts once per distinct settings, at those settings' levels;
     * each document takes the findings of the run with its own settings.
     */
    private LintReport finish(DocumentLinter.Result[] results, Settings[] settings) {
        List<FileResult> files = new ArrayList<>(results.length);
        for (DocumentLinter.Result r : results) {
            files.add(r.file());
        }
        Map<Settings, ProjectPhase.Findings> project = new java.util.IdentityHashMap<>();
        for (Settings s : settings) {
            project.computeIfAbsent(s, x -> projectPhase(files, x));
        }
        // Each result is replaced by its final form as soon as it is made: the documents' results
        // are not held twice.
        List<FileResult> out = files;
        for (int i = 0; i < results.length; i++) {
            out.set(i, results[i].finish(project.get(settings[i])));
            results[i] = null;
        }
        return new LintReport(out, enabledRules(project.isEmpty() ? List.of(base) : project.keySet()),
                new CallFlow.Resolver(resolver, this::readFacts, dialect));
    }

    /**
     * The project phase: runs the enabled {@link ProjectRule}s over the facts of these results
     * (documents they reference that exist on disk are read for their facts only) and returns the
     * results with the project findings added. {@link #lint(List)} calls it; it is public so a
     * caller with its own results (or a benchmark with synthetic facts) can run it.
     */
    public List<FileResult> checkProject(List<FileResult> results) {
        ProjectPhase.Findings project = projectPhase(results, base);
        if (project == ProjectPhase.Findings.NONE) {
            return results;
        }
        List<FileResult> out = new ArrayList<>(results.size());
        for (FileResult r : results) {
            out.add(project.addTo(r));
        }
        return out;
    }

    private ProjectPhase.Findings projectPhase(List<FileResult> results, Settings settings) {
        List<ProjectPhase.Slot> slots = new ArrayList<>();
        for (Map.Entry<String, Supplier<ProjectRule>> e : rules.projectFactories().entrySet()) {
            Severity level = settings.level(e.getKey());
            if (level != Severity.OFF) {
                ProjectRule rule = e.getValue().get();
                slots.add(new ProjectPhase.Slot(rule, rule.meta(), level));
            }
        }
        if (slots.isEmpty()) {
            return ProjectPhase.Findings.NONE;
        }
        return new ProjectPhase(slots, resolver, this::readFacts).run(results);
    }

    /** Facts of a document that was not named: no rule runs on it and nothing is reported. */
    private DocumentFacts readFacts(java.nio.file.Path file, String displayPath) {
        DocumentLinter.Result r = new DocumentLinter(Source.ofFile(file, displayPath, false), DocumentLinter.Plan.NONE,
                templates, dialect, null, new Suppressions(rules, false, Severity.OFF)).run();
        return r.file().facts();
    }

    public static final class Builder {
        private final RuleSet rules;
        private final Map<String, Severity> levels = new HashMap<>();
        private boolean templates = true;
        private int jobs;
        private java.util.function.Function<String, String> kinds = path -> null;
        private Map<String, java.nio.file.Path> urlMappings = Map.of();
        private java.nio.file.Path siteRoot;
        private boolean reportUnusedSuppressions;
        private Dialect dialect;
        private final Map<String, Map<String, Object>> options = new HashMap<>();
        private java.util.function.Function<String, Settings> perFile;

        private Builder(RuleSet rules) {
            this.rules = rules;
        }

        /** Sets a rule's level; {@link Severity#OFF} disables it. */
        public Builder level(String ruleId, Severity level) {
            if (!rules.contains(ruleId)) {
                throw new IllegalArgumentException("unknown rule id: " + ruleId);
            }
            levels.put(ruleId, level);
            return this;
        }

        /** Whether template constructs are masked before parsing (default on). */
        public Builder templates(boolean on) {
            this.templates = on;
            return this;
        }

        /** Worker threads; 0 means one per core; more than four per core are not started. */
        public Builder jobs(int n) {
            this.jobs = n;
            return this;
        }

        /**
         * Maps a displayed path to its document kind ({@code "voice"}, {@code "messaging"}) or null
         * to let rules decide from the document itself (the default).
         */
        public Builder documentKinds(java.util.function.Function<String, String> resolver) {
            this.kinds = resolver;
            return this;
        }

        /**
         * Base-URL mappings for the cross-document rules: an absolute URL under a base
         * ({@code https://example.com/twiml/}) names the file at the same relative path under the
         * folder. The longest matching base wins; an absolute URL under no base is left alone.
         */
        public Builder urlMappings(Map<String, java.nio.file.Path> mappings) {
            this.urlMappings = mappings == null ? Map.of() : new java.util.LinkedHashMap<>(mappings);
            return this;
        }

        /**
         * The folder root-relative URLs ({@code /twiml/x.xml}) resolve against; null (the default)
         * leaves them alone.
         */
        public Builder siteRoot(java.nio.file.Path dir) {
            this.siteRoot = dir;
            return this;
        }

        /**
         * Whether suppression comments that suppressed nothing are reported as
         * {@code unused-suppression} (default off; unknown ids in them are always reported).
         */
        public Builder reportUnusedSuppressions(boolean on) {
            this.reportUnusedSuppressions = on;
            return this;
        }

        /**
         * Sets a rule's options, handed to it as {@link RuleContext#options()}; the rule reads the
         * ones it documents.
         */
        public Builder options(String ruleId, Map<String, Object> ruleOptions) {
            if (!rules.contains(ruleId)) {
                throw new IllegalArgumentException("unknown rule id: " + ruleId);
            }
            options.put(ruleId, ruleOptions == null ? Map.of()
                    : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ruleOptions)));
            return this;
        }

        /**
         * The markup knowledge the engine uses (document kinds, references between documents);
         * by default the {@link Dialect} found on the class path.
         */
        public Builder dialect(Dialect d) {
            this.dialect = d;
            return this;
        }

        /**
         * Settings per document, by displayed path (null: this builder's levels and options). The
         * function should return one instance per distinct combination: documents are grouped by it.
         */
        public Builder perFile(java.util.function.Function<String, Settings> settings) {
            this.perFile = settings;
            return this;
        }

        public Linter build() {
            return new Linter(this);
        }
    }
}
