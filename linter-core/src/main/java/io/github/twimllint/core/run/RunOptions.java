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
 */
public record RunOptions(Path baseDir, Path displayRoot, Path configFile, Path configStop, List<String> enable,
                         Map<String, String> severity, List<String> disable, Severity failOn,
                         boolean reportUnusedSuppressions, int jobs, Map<String, Path> urlMappings, Path siteRoot,
                         Path baseline, Path writeBaseline, String baselineLabel) {

    public RunOptions {
        enable = List.copyOf(enable);
        severity = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(severity));
        disable = List.copyOf(disable);
        urlMappings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(urlMappings));
    }

    /** The defaults for a run in {@code dir}: no option given. */
    public static RunOptions in(Path dir) {
        return new RunOptions(dir, dir, null, null, List.of(), Map.of(), List.of(), null, false, 0, Map.of(), null,
                null, null, "--baseline");
    }
}
