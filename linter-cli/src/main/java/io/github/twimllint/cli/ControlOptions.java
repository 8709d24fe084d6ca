package io.github.twimllint.cli;

import static io.github.twimllint.cli.Args.flag;
import static io.github.twimllint.cli.Args.given;
import static io.github.twimllint.cli.Args.list;
import static io.github.twimllint.cli.Args.option;
import static io.github.twimllint.cli.Args.value;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The options that tune a run: configuration, rule levels, failing level, suppressions, baseline
 * and console behaviour. Declared by {@link #addTo}, read back by {@link #read}, so
 * {@link LintCommand} stays about inputs and outputs.
 */
final class ControlOptions {

    enum ColorMode { auto, always, never }

    Path config;
    boolean noConfig;
    Path printConfig;
    List<String> include = new ArrayList<>();
    List<String> exclude = new ArrayList<>();
    boolean noGitignore;
    String failOn;
    Integer maxWarnings;
    List<String> enable = new ArrayList<>();
    List<String> disable = new ArrayList<>();
    Map<String, String> severity = new LinkedHashMap<>();
    boolean reportUnusedSuppressions;
    Path baseline;
    Path writeBaseline;
    String stdinFilename;
    ColorMode color = ColorMode.auto;
    /** Null: only when the text report goes to a terminal. */
    Boolean showSource;
    boolean quiet;
    boolean verbose;
    int jobs;
    boolean listRules;
    String explain;

    static void addTo(CommandSpec spec) {
        spec.addOption(option("FILE", Path.class,
                "Read the configuration from FILE instead of the nearest .twiml-lint.json in the"
                        + " working directory or a folder above it.", "--config").build());
        spec.addOption(flag("Do not look for a .twiml-lint.json: every rule at its default level, unless --config"
                + " names a file.", "--no-config").build());
        spec.addOption(option("FILE", Path.class,
                "Print the configuration in effect for FILE (after discovery and these options) as"
                        + " JSON; then exit.", "--print-config").build());
        spec.addOption(list("GLOB", "Lint only files matching GLOB, relative to the working directory (repeatable;"
                + " applies after the configuration's include and exclude).", "--include").build());
        spec.addOption(list("GLOB", "Do not lint files matching GLOB, relative to the working directory (repeatable;"
                + " wins over --include).", "--exclude").build());
        spec.addOption(flag("Inside a git work tree, files its top-level .gitignore ignores are not linted;"
                + " --no-gitignore lints them. A .twiml-lintignore (same syntax) in the working directory"
                + " always applies.", "--no-gitignore").build());
        // Completion offers the failing levels (any alias of Severity.parse is accepted).
        spec.addOption(option("LEVEL", String.class,
                "Exit with 1 when a finding at LEVEL or above is reported (inclusive): error, warning"
                        + " or note (or err, warn, info); none: findings never fail (input errors still exit 2)."
                        + " Default: error, or failOn from the configuration.", "--fail-on")
                .completionCandidates(List.of("error", "warning", "note", "none")).build());
        spec.addOption(option("N", Integer.class,
                "Exit with 1 when more than N warnings are reported, whatever --fail-on says;"
                        + " -1: no limit. Default: -1, or maxWarnings from the configuration.", "--max-warnings")
                .build());
        spec.addOption(list("RULE", "Run RULE at its default level even if the configuration turns it off"
                + " (repeatable).", "--enable").build());
        spec.addOption(list("RULE", "Do not run RULE (repeatable; wins over --enable and --severity).", "--disable")
                .build());
        spec.addOption(option("RULE=LEVEL", Map.class, "Run RULE at LEVEL: off, note, warning or error (repeatable).",
                "--severity").auxiliaryTypes(String.class, String.class).build());
        spec.addOption(flag("Report suppression comments that suppressed nothing (unused-suppression).",
                "--report-unused-suppressions").build());
        spec.addOption(option("FILE", Path.class,
                "Report only findings beyond those recorded in FILE (see --write-baseline).", "--baseline").build());
        spec.addOption(option("FILE", Path.class,
                "Record today's findings in FILE (per file and rule, counted; no line numbers) and"
                        + " report nothing as new.", "--write-baseline").build());
        spec.addOption(option("NAME", String.class,
                "The name to report for standard input ('-'); configuration globs apply to it.", "--stdin-filename")
                .build());
        String colorDefault = "auto";
        spec.addOption(option("WHEN", ColorMode.class,
                "Colour the text report: auto (only on a terminal, and not when NO_COLOR is set),"
                        + " always or never. Default: " + colorDefault + ".", "--color").defaultValue(colorDefault)
                .build());
        spec.addOption(OptionSpec.builder("--show-source").type(Boolean.class).negatable(true)
                .description("Show the offending source line with a caret under the column (default: only when the"
                        + " text report goes to a terminal).").build());
        spec.addOption(flag("Report errors only, without the summary line.", "-q", "--quiet").build());
        spec.addOption(flag("Also say on standard error which configuration was used, every file considered or"
                + " skipped and why, and how long each phase took; the text report ends with the"
                + " documentation URL of each rule that reported.", "--verbose").build());
        spec.addOption(option("N", int.class, "Lint N files at a time; 0 (the default) means one per processor.",
                "-j", "--jobs").defaultValue("0").build());
        spec.addOption(flag("List every rule: id, default level, level under the configuration and these options,"
                + " and summary (--format json: also fixable and the documentation URL); then exit.",
                "--list-rules").build());
        spec.addOption(option("RULE", String.class,
                "Print RULE's full help with a bad and a fixed example; then exit.", "--explain").build());
    }

    void read(CommandSpec spec) {
        config = value(spec, "--config", null);
        noConfig = given(spec, "--no-config");
        printConfig = value(spec, "--print-config", null);
        include = value(spec, "--include", new ArrayList<>());
        exclude = value(spec, "--exclude", new ArrayList<>());
        noGitignore = given(spec, "--no-gitignore");
        failOn = value(spec, "--fail-on", null);
        maxWarnings = value(spec, "--max-warnings", null);
        enable = value(spec, "--enable", new ArrayList<>());
        disable = value(spec, "--disable", new ArrayList<>());
        severity = value(spec, "--severity", new LinkedHashMap<>());
        reportUnusedSuppressions = given(spec, "--report-unused-suppressions");
        baseline = value(spec, "--baseline", null);
        writeBaseline = value(spec, "--write-baseline", null);
        stdinFilename = value(spec, "--stdin-filename", null);
        color = value(spec, "--color", ColorMode.auto);
        showSource = value(spec, "--show-source", null);
        quiet = given(spec, "--quiet");
        verbose = given(spec, "--verbose");
        jobs = value(spec, "--jobs", 0);
        listRules = given(spec, "--list-rules");
        explain = value(spec, "--explain", null);
    }
}
