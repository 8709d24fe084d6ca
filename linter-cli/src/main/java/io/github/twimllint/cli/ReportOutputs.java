package io.github.twimllint.cli;

import io.github.twimllint.core.report.ReportContext;
import io.github.twimllint.core.run.ReportFormat;
import io.github.twimllint.core.run.ReportTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The report options of the command. One run can write
 * several reports: each {@code --format FORMAT[=FILE]} is one report; {@code FILE} (or the
 * {@code --output} in the same position, for formats given without {@code =FILE}) names where it
 * goes, standard output when absent or {@code -}. The run layer writes them
 * ({@link io.github.twimllint.core.run.LintSession#writeReports}).
 */
public final class ReportOutputs {

    List<String> formats = new ArrayList<>();
    List<String> outputs = new ArrayList<>();
    Path sourceRoot;
    String sarifCategory;

    static void addTo(CommandSpec spec) {
        spec.addOption(Args.list("FORMAT[=FILE]", "Report format: text, sarif, github, json, checkstyle, codeclimate"
                + " or junit (default: text). Repeat for several reports in one run; FORMAT=FILE writes that report"
                + " to FILE ('-' is standard output).", "-f", "--format").build());
        spec.addOption(Args.list("FILE", "Where the report goes ('-': standard output). With several --format"
                + " options, the n-th --output belongs to the n-th --format given without =FILE.", "-o", "--output")
                .build());
        spec.addOption(Args.option("DIR", Path.class, "Root that SARIF, GitHub and Code Quality paths are relative"
                + " to: the repository root (default: the root of the git work tree holding the working directory,"
                + " else the working directory).", "--source-root").build());
        spec.addOption(Args.option("ID", String.class, "SARIF automationDetails.id, e.g. twiml-lint/ (a category"
                + " without '/' gets one appended), to keep several uploads apart in GitHub code scanning.",
                "--sarif-category").build());
    }

    void read(CommandSpec spec) {
        formats = Args.value(spec, "--format", new ArrayList<>());
        outputs = Args.value(spec, "--output", new ArrayList<>());
        sourceRoot = Args.value(spec, "--source-root", null);
        sarifCategory = Args.value(spec, "--sarif-category", null);
    }

    /** The reports to write, or an exception whose message is the usage error. */
    public List<ReportTarget> targets() {
        List<ReportTarget> plan = new ArrayList<>();
        List<ReportFormat> unpaired = new ArrayList<>();
        for (String spec : formats) {
            int eq = spec.indexOf('=');
            ReportFormat format = parse(eq < 0 ? spec : spec.substring(0, eq));
            if (eq < 0) {
                unpaired.add(format);
                plan.add(null);
            } else {
                plan.add(new ReportTarget(format, file(spec.substring(eq + 1), spec)));
            }
        }
        if (formats.isEmpty()) {
            if (outputs.size() > 1) {
                throw new IllegalArgumentException("--output is given " + outputs.size()
                        + " times but there is only one report; add a --format for each output");
            }
            return List.of(new ReportTarget(ReportFormat.TEXT, outputs.isEmpty() ? null : file(outputs.get(0), "--output")));
        }
        if (!outputs.isEmpty() && outputs.size() != unpaired.size()) {
            throw new IllegalArgumentException("--output is given " + outputs.size() + " times for "
                    + unpaired.size() + " --format option(s) without =FILE; give one --output per such"
                    + " --format, in the same order, or write --format FORMAT=FILE");
        }
        int next = 0;
        for (int i = 0; i < plan.size(); i++) {
            if (plan.get(i) == null) {
                ReportFormat format = unpaired.get(next);
                plan.set(i, new ReportTarget(format, outputs.isEmpty() ? null : file(outputs.get(next), "--output")));
                next++;
            }
        }
        int toStdout = 0;
        Set<Path> files = new HashSet<>();
        for (ReportTarget t : plan) {
            if (t.file() == null) {
                toStdout++;
            } else if (!files.add(t.file().toAbsolutePath().normalize())) {
                throw new IllegalArgumentException("two reports would be written to " + t.file());
            }
        }
        if (toStdout > 1) {
            throw new IllegalArgumentException(toStdout + " reports would go to standard output;"
                    + " send all but one to a file (--format FORMAT=FILE)");
        }
        return List.copyOf(plan);
    }

    private static ReportFormat parse(String name) {
        return ReportFormat.parse(name);
    }

    private static Path file(String name, String where) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("empty file name in " + where);
        }
        return name.equals("-") ? null : Path.of(name);
    }

    /** Whether the one format asked for is json ({@code --list-rules --format json}); text otherwise. */
    boolean json() throws UsageException {
        List<ReportTarget> t = targets();
        if (t.size() != 1 || t.get(0).format() != ReportFormat.TEXT && t.get(0).format() != ReportFormat.JSON) {
            throw new UsageException("--list-rules prints text or json, not " + String.join(", ", formats));
        }
        return t.get(0).format() == ReportFormat.JSON;
    }

    /** The formats whose paths are relative to the source root. */
    private static final Set<ReportFormat> ROOT_RELATIVE = java.util.EnumSet.of(ReportFormat.SARIF, ReportFormat.GITHUB,
            ReportFormat.CODECLIMATE);

    /**
     * One warning when a report made relative to the source root would name a file with a
     * {@code ../} path (GitHub drops such results), else null.
     */
    static String outsideRootWarning(List<ReportTarget> targets, ReportContext context,
                                     io.github.twimllint.core.LintReport report) {
        if (targets.stream().noneMatch(t -> ROOT_RELATIVE.contains(t.format()))) {
            return null;
        }
        List<String> paths = new ArrayList<>();
        report.files().forEach(f -> paths.add(f.path()));
        String outside = context.firstOutside(paths);
        return outside == null ? null : "warning: " + io.github.twimllint.core.report.Printable.escape(outside)
                + " is outside the source root " + context.sourceRoot() + ": SARIF, github and codeclimate reports"
                + " name it with a ../ path, which GitHub drops (pass --source-root)";
    }

    /**
     * The run's context; the source root must be an existing directory. Without {@code --source-root}
     * it is the git work tree's root (a folder holding {@code .git}, a folder or a worktree's file):
     * the root GitHub and GitLab join reported paths to, wherever in the tree the run started.
     */
    public ReportContext context(Path workingDirectory, List<String> arguments, Instant start) {
        Path root = null;
        Path given = sourceRoot != null ? sourceRoot : IgnoreFile.workTree(workingDirectory);
        if (given != null) {
            Path abs = workingDirectory.resolve(given);
            if (!Files.isDirectory(abs)) {
                throw new IllegalArgumentException("--source-root " + sourceRoot + " is not a directory");
            }
            try {
                root = abs.toRealPath();
            } catch (IOException e) {
                root = abs;
            }
        }
        return new ReportContext(workingDirectory, root, sarifCategory, "twiml-lint", arguments, start, start);
    }
}
