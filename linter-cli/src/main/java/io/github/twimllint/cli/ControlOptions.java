package io.github.twimllint.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options that tune a run: configuration, rule levels, failing level, suppressions, baseline
 * and console behaviour. A mixin, so {@link LintCommand} stays about inputs and outputs.
 */
final class ControlOptions {

    /** The failing levels, for completion (any alias of {@code Severity.parse} is accepted). */
    static final class FailLevels extends ArrayList<String> {
        FailLevels() {
            super(List.of("error", "warning", "note", "none"));
        }
    }

    enum ColorMode { auto, always, never }

    @Option(names = "--config", paramLabel = "FILE",
            description = "Read the configuration from FILE instead of the nearest .twiml-lint.json in the"
                    + " working directory or a folder above it.")
    Path config;

    @Option(names = "--no-config",
            description = "Do not look for a .twiml-lint.json: every rule at its default level, unless --config"
                    + " names a file.")
    boolean noConfig;

    @Option(names = "--print-config", paramLabel = "FILE",
            description = "Print the configuration in effect for FILE (after discovery and these options) as"
                    + " JSON; then exit.")
    Path printConfig;

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Lint only files matching GLOB, relative to the working directory (repeatable; applies"
                    + " after the configuration's include and exclude).")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Do not lint files matching GLOB, relative to the working directory (repeatable; wins"
                    + " over --include).")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--no-gitignore",
            description = "Inside a git work tree, files its top-level .gitignore ignores are not linted;"
                    + " --no-gitignore lints them. A .twiml-lintignore (same syntax) in the working directory"
                    + " always applies.")
    boolean noGitignore;

    @Option(names = "--fail-on", paramLabel = "LEVEL", completionCandidates = FailLevels.class,
            description = "Exit with 1 when a finding at LEVEL or above is reported (inclusive): error, warning"
                    + " or note (or err, warn, info); none: findings never fail (input errors still exit 2)."
                    + " Default: error, or failOn from the configuration.")
    String failOn;

    @Option(names = "--max-warnings", paramLabel = "N",
            description = "Exit with 1 when more than N warnings are reported, whatever --fail-on says;"
                    + " -1: no limit. Default: -1, or maxWarnings from the configuration.")
    Integer maxWarnings;

    @Option(names = "--enable", paramLabel = "RULE",
            description = "Run RULE at its default level even if the configuration turns it off (repeatable).")
    List<String> enable = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "RULE",
            description = "Do not run RULE (repeatable; wins over --enable and --severity).")
    List<String> disable = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "RULE=LEVEL",
            description = "Run RULE at LEVEL: off, note, warning or error (repeatable).")
    Map<String, String> severity = new LinkedHashMap<>();

    @Option(names = "--report-unused-suppressions",
            description = "Report suppression comments that suppressed nothing (unused-suppression).")
    boolean reportUnusedSuppressions;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report only findings beyond those recorded in FILE (see --write-baseline).")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Record today's findings in FILE (per file and rule, counted; no line numbers) and"
                    + " report nothing as new.")
    Path writeBaseline;

    @Option(names = "--stdin-filename", paramLabel = "NAME",
            description = "The name to report for standard input ('-'); configuration globs apply to it.")
    String stdinFilename;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour the text report: auto (only on a terminal, and not when NO_COLOR is set),"
                    + " always or never. Default: ${DEFAULT-VALUE}.")
    ColorMode color;

    @Option(names = "--show-source", negatable = true,
            description = "Show the offending source line with a caret under the column (default: only when the"
                    + " text report goes to a terminal).")
    Boolean showSource;

    @Option(names = {"-q", "--quiet"},
            description = "Report errors only, without the summary line.")
    boolean quiet;

    @Option(names = "--verbose",
            description = "Also say on standard error which configuration was used, every file considered or"
                    + " skipped and why, and how long each phase took; the text report ends with the"
                    + " documentation URL of each rule that reported.")
    boolean verbose;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", defaultValue = "0",
            description = "Lint N files at a time; 0 (the default) means one per processor.")
    int jobs;

    @Option(names = "--list-rules", description = "List every rule: id, default level, level under the configuration and these options,"
            + " and summary (--format json: also fixable and the documentation URL); then exit.")
    boolean listRules;

    @Option(names = "--explain", paramLabel = "RULE",
            description = "Print RULE's full help with a bad and a fixed example; then exit.")
    String explain;
}
