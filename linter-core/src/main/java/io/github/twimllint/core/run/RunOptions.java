package io.github.twimllint.core.run;

import io.github.twimllint.core.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a front end asks of a run, its own parameters already parsed. Null or empty means "not
 * given": the configuration file's value, else the default, applies.
 *
 * @param baseDir       relative paths in these options are resolved here (the working directory, the module)
 * @param displayRoot   reported paths are relative to it (the working directory, the top of the build)
 * @param configFile    the configuration file; null: discover the nearest .twiml-lint.json from baseDir up
 * @param configStop    discovery goes no higher than this folder; null: up to the file-system root
 * @param enable        rule ids to run at their default level (named {@code --enable} in messages)
 * @param severity      rule id -> level name ({@code --severity})
 * @param disable       rule ids not to run ({@code --disable}); wins over the two above
 * @param failOn        the lowest failing level; null: the configuration's, else error
 * @param reportUnusedSuppressions report suppressions that suppressed nothing (also when the configuration asks)
 * @param jobs          files linted at a time; 0: one per processor
 * @param urlMappings   base URL -> folder; added to the configuration's, and win over them
 * @param siteRoot      folder for root-relative URLs, or null
 * @param baseline      baseline file to apply, or null
 * @param writeBaseline baseline file to write (today's findings), or null
 * @param baselineLabel how messages name the baseline option ({@code --baseline}, {@code baselineFile})
 * @param maxWarnings   the run fails with more warnings than this; -1: no limit; null: the configuration's
 * @param noConfig      no configuration file is discovered (an explicit {@code configFile} is still read)
 */
public record RunOptions(Path baseDir, Path displayRoot, Path configFile, Path configStop, List<String> enable,
                         Map<String, String> severity, List<String> disable, Severity failOn,
                         boolean reportUnusedSuppressions, int jobs, Map<String, Path> urlMappings, Path siteRoot,
                         Path baseline, Path writeBaseline, String baselineLabel,
                         Integer maxWarnings, boolean noConfig) {

    public RunOptions {
        enable = List.copyOf(enable);
        severity = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(severity));
        disable = List.copyOf(disable);
        urlMappings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(urlMappings));
    }

    /** The defaults for a run in {@code dir}: no option given. */
    public static RunOptions in(Path dir) {
        return new RunOptions(dir, dir, null, null, List.of(), Map.of(), List.of(), null, false, 0, Map.of(), null,
                null, null, "--baseline", null, false);
    }

    /** Reported paths relative to {@code root} instead of the base folder. */
    public RunOptions displayRoot(Path root) {
        return new RunOptions(baseDir, root, configFile, configStop, enable, severity, disable, failOn,
                reportUnusedSuppressions, jobs, urlMappings, siteRoot, baseline, writeBaseline, baselineLabel, maxWarnings, noConfig);
    }

    /** The configuration file (null: discover one) and how high discovery goes (null: no limit). */
    public RunOptions config(Path file, Path stop) {
        return new RunOptions(baseDir, displayRoot, file, stop, enable, severity, disable, failOn,
                reportUnusedSuppressions, jobs, urlMappings, siteRoot, baseline, writeBaseline, baselineLabel, maxWarnings, noConfig);
    }

    /** Rule levels over the configuration's: enabled, set, then disabled. */
    public RunOptions levels(List<String> enabled, Map<String, String> levels, List<String> disabled) {
        return new RunOptions(baseDir, displayRoot, configFile, configStop, enabled, levels, disabled, failOn,
                reportUnusedSuppressions, jobs, urlMappings, siteRoot, baseline, writeBaseline, baselineLabel, maxWarnings, noConfig);
    }

    /** The failing level (null: the configuration's) and whether unused suppressions are reported. */
    public RunOptions failing(Severity level, boolean unusedSuppressions) {
        return new RunOptions(baseDir, displayRoot, configFile, configStop, enable, severity, disable, level,
                unusedSuppressions, jobs, urlMappings, siteRoot, baseline, writeBaseline, baselineLabel, maxWarnings, noConfig);
    }

    public RunOptions jobs(int n) {
        return new RunOptions(baseDir, displayRoot, configFile, configStop, enable, severity, disable, failOn,
                reportUnusedSuppressions, n, urlMappings, siteRoot, baseline, writeBaseline, baselineLabel, maxWarnings, noConfig);
    }

    /** URL mappings (added to the configuration's) and the site root, folders relative to the base folder. */
    public RunOptions urls(Map<String, Path> mappings, Path root) {
        return new RunOptions(baseDir, displayRoot, configFile, configStop, enable, severity, disable, failOn,
                reportUnusedSuppressions, jobs, mappings, root, baseline, writeBaseline, baselineLabel, maxWarnings, noConfig);
    }

    /** The baseline to apply and the one to write (either may be null); {@code label} names the option. */
    public RunOptions baseline(Path apply, Path write, String label) {
        return new RunOptions(baseDir, displayRoot, configFile, configStop, enable, severity, disable, failOn,
                reportUnusedSuppressions, jobs, urlMappings, siteRoot, apply, write, label, maxWarnings, noConfig);
    }

    /** The most warnings a passing run may have (-1: no limit; null: the configuration's). */
    public RunOptions maxWarnings(Integer n) {
        return new RunOptions(baseDir, displayRoot, configFile, configStop, enable, severity, disable, failOn,
                reportUnusedSuppressions, jobs, urlMappings, siteRoot, baseline, writeBaseline, baselineLabel, n,
                noConfig);
    }

    /** Whether discovery of a configuration file is turned off ({@code --no-config}). */
    public RunOptions noConfig(boolean off) {
        return new RunOptions(baseDir, displayRoot, configFile, configStop, enable, severity, disable, failOn,
                reportUnusedSuppressions, jobs, urlMappings, siteRoot, baseline, writeBaseline, baselineLabel,
                maxWarnings, off);
    }
}
