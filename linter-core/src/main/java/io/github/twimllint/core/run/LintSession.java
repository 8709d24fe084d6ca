package io.github.twimllint.cli;

import io.github.twimllint.core.CoreRules;
import io.github.twimllint.core.Linter;
import io.github.twimllint.core.Names;
import io.github.twimllint.core.RuleSet;
import io.github.twimllint.core.Severity;
import io.github.twimllint.core.config.ConfigException;
import io.github.twimllint.core.config.ConfigLoader;
import io.github.twimllint.core.config.Configuration;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a run does, from the defaults, then the configuration file, then the command line (which
 * wins): rule levels, failing level, unused-suppression reporting and the linter built from them.
 */
final class RunSettings {
    final Configuration config;
    final Map<String, Severity> levels;
    final Severity failOn;
    final boolean reportUnusedSuppressions;
    final int jobs;
    private final RuleSet rules;

    private RunSettings(RuleSet rules, Configuration config, Map<String, Severity> levels, Severity failOn,
                        boolean reportUnused, int jobs) {
        this.rules = rules;
        this.config = config;
        this.levels = levels;
        this.failOn = failOn;
        this.reportUnusedSuppressions = reportUnused;
        this.jobs = jobs;
    }

    static RunSettings resolve(ControlOptions o, Path cwd, RuleSet rules) throws UsageException {
        Configuration config = load(o.config, cwd, rules);
        Map<String, Severity> levels = new LinkedHashMap<>(config.ruleLevels());
        for (String id : o.enable) {
            known(id, "--enable", rules);
            levels.put(id, rules.meta(id).defaultSeverity());
        }
        for (Map.Entry<String, String> e : o.severity.entrySet()) {
            known(e.getKey(), "--severity", rules);
            try {
                levels.put(e.getKey(), Severity.parse(e.getValue()));
            } catch (IllegalArgumentException ex) {
                throw new UsageException("--severity " + e.getKey() + "=" + e.getValue() + ": " + ex.getMessage());
            }
        }
        for (String id : o.disable) {
            known(id, "--disable", rules);
            levels.put(id, Severity.OFF);
        }
        Severity failOn = o.failOn != null ? Severity.parse(o.failOn.name()) : config.failOn();
        if (o.jobs < 0) {
            throw new UsageException("--jobs must be 0 (one per processor) or more, not " + o.jobs);
        }
        // Asking for unused-suppression by name (a level in the file, --enable, --severity) asks for the report.
        Severity unused = levels.getOrDefault(CoreRules.UNUSED_SUPPRESSION.id(), Severity.OFF);
        boolean reportUnused = o.reportUnusedSuppressions || config.reportUnusedSuppressions() || unused != Severity.OFF;
        return new RunSettings(rules, config, levels, failOn, reportUnused, o.jobs);
    }

    private static Configuration load(Path explicit, Path cwd, RuleSet rules) throws UsageException {
        Optional<Path> file = explicit != null ? Optional.of(explicit) : ConfigLoader.find(cwd);
        if (file.isEmpty()) {
            return Configuration.defaults(cwd);
        }
        try {
            return new ConfigLoader(rules).load(cwd.resolve(file.get()), file.get());
        } catch (ConfigException e) {
            throw new UsageException("bad configuration: " + e.getMessage());
        }
    }

    static void known(String id, String option, RuleSet rules) throws UsageException {
        if (!rules.contains(id)) {
            throw new UsageException(option + " " + id + ": unknown rule id" + Names.suggestion(id, rules.ids())
                    + "; 'twiml-lint --list-rules' lists them");
        }
    }

    /**
     * The linter for this run. {@code --url-mapping} bases add to (and override) the file's
     * {@code urlMappings}; folders given on the command line are taken from {@code cwd}.
     */
    Linter linter(Path cwd, Map<String, Path> urlMappings, Path siteRoot) {
        Linter.Builder b = Linter.builder(rules);
        config.applyTo(b, cwd);
        Map<String, Path> urls = new LinkedHashMap<>(config.urlMappings());
        urlMappings.forEach((url, dir) -> urls.put(url, cwd.resolve(dir).normalize()));
        b.urlMappings(urls).siteRoot(siteRoot == null ? null : cwd.resolve(siteRoot).normalize());
        levels.forEach(b::level);
        b.reportUnusedSuppressions(reportUnusedSuppressions);
        b.jobs(jobs);
        return b.build();
    }
}
