package io.github.twimllint.cli;

import io.github.twimllint.core.LintReport;
import io.github.twimllint.core.report.CheckstyleReporter;
import io.github.twimllint.core.report.GithubReporter;
import io.github.twimllint.core.report.JsonReporter;
import io.github.twimllint.core.report.JunitReporter;
import io.github.twimllint.core.report.ReportContext;
import io.github.twimllint.core.report.Reporter;
import io.github.twimllint.core.report.SarifReporter;
import io.github.twimllint.core.report.TextReporter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * The report options of the command (a picocli mixin) and writing the reports. One run can write
 * several reports: each {@code --format FORMAT[=FILE]} is one report; {@code FILE} (or the
 * {@code --output} in the same position, for formats given without {@code =FILE}) names where it
 * goes, standard output when absent or {@code -}. Files are written to a temporary file and moved
 * into place, so a report file is complete or absent.
 */
public final class ReportOutputs {

    /** The report formats. */
    public enum Format {
        text, sarif, github, json, checkstyle, junit;

        Reporter reporter() {
            switch (this) {
                case sarif: return new SarifReporter();
                case github: return new GithubReporter();
                case json: return new JsonReporter();
                case checkstyle: return new CheckstyleReporter();
                case junit: return new JunitReporter();
                default: return new TextReporter();
            }
        }
    }

    /** One report: a format and its file, null for standard output. */
    public record Target(Format format, Path file) {
    }

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT[=FILE]",
            description = "Report format: text, sarif, github, json, checkstyle or junit (default: text)."
                    + " Repeat for several reports in one run; FORMAT=FILE writes that report to FILE"
                    + " ('-' is standard output).")
    List<String> formats = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where the report goes ('-': standard output). With several --format options, the"
                    + " n-th --output belongs to the n-th --format given without =FILE.")
    List<String> outputs = new ArrayList<>();

    @Option(names = "--source-root", paramLabel = "DIR",
            description = "Root that SARIF and GitHub paths are relative to: the repository root"
                    + " (default: the working directory).")
    Path sourceRoot;

    @Option(names = "--sarif-category", paramLabel = "ID",
            description = "SARIF automationDetails.id, e.g. twiml-lint/ (a category without '/' gets one"
                    + " appended), to keep several uploads apart in GitHub code scanning.")
    String sarifCategory;

    /** The reports to write, or an exception whose message is the usage error. */
    public List<Target> targets() {
        List<Target> plan = new ArrayList<>();
        List<Format> unpaired = new ArrayList<>();
        for (String spec : formats) {
            int eq = spec.indexOf('=');
            Format format = parse(eq < 0 ? spec : spec.substring(0, eq));
            if (eq < 0) {
                unpaired.add(format);
                plan.add(null);
            } else {
                plan.add(new Target(format, file(spec.substring(eq + 1), spec)));
            }
        }
        if (formats.isEmpty()) {
            if (outputs.size() > 1) {
                throw new IllegalArgumentException("--output is given " + outputs.size()
                        + " times but there is only one report; add a --format for each output");
            }
            return List.of(new Target(Format.text, outputs.isEmpty() ? null : file(outputs.get(0), "--output")));
        }
        if (!outputs.isEmpty() && outputs.size() != unpaired.size()) {
            throw new IllegalArgumentException("--output is given " + outputs.size() + " times for "
                    + unpaired.size() + " --format option(s) without =FILE; give one --output per such"
                    + " --format, in the same order, or write --format FORMAT=FILE");
        }
        int next = 0;
        for (int i = 0; i < plan.size(); i++) {
            if (plan.get(i) == null) {
                Format format = unpaired.get(next);
                plan.set(i, new Target(format, outputs.isEmpty() ? null : file(outputs.get(next), "--output")));
                next++;
            }
        }
        int toStdout = 0;
        Set<Path> files = new HashSet<>();
        for (Target t : plan) {
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

    private static Format parse(String name) {
        try {
            return Format.valueOf(name.trim().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + name
                    + "' (expected text, sarif, github, json, checkstyle or junit)");
        }
    }

    private static Path file(String name, String where) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("empty file name in " + where);
        }
        return name.equals("-") ? null : Path.of(name);
    }

    /** The run's context; the source root must be an existing directory. */
    public ReportContext context(Path workingDirectory, List<String> arguments, Instant start) {
        Path root = null;
        if (sourceRoot != null) {
            Path abs = workingDirectory.resolve(sourceRoot);
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

    /**
     * Writes every report, each on its own: one that fails does not stop the others. Returns
     * {@link ExitCodes#OK}, {@link ExitCodes#USAGE} when a report could not be written (a message is on
     * {@code err}), or {@link ExitCodes#INTERNAL} when a reporter failed (a bug).
     */
    public int write(List<Target> targets, LintReport report, ReportContext context, PrintWriter out,
                     PrintWriter err) {
        return write(targets, t -> t.format().reporter(), report, context, out, err);
    }

    /** As above, with the reporter for each target chosen by the caller (e.g. a coloured console). */
    public int write(List<Target> targets, java.util.function.Function<Target, Reporter> reporters,
                     LintReport report, ReportContext context, PrintWriter out, PrintWriter err) {
        int status = ExitCodes.OK;
        for (Target t : targets) {
            try {
                Reporter reporter = reporters.apply(t);
                boolean ok = t.file() == null ? toStdout(reporter, report, context, out, err)
                        : toFile(reporter, t.file(), report, context, err);
                if (!ok) {
                    status = Math.max(status, ExitCodes.USAGE);
                }
            } catch (RuntimeException | LinkageError e) {
                err.println("twiml-lint: internal error while writing the " + t.format() + " report: " + e);
                status = ExitCodes.INTERNAL;
            }
        }
        err.flush();
        return status;
    }

    private static boolean toStdout(Reporter reporter, LintReport report, ReportContext context, PrintWriter out,
                                    PrintWriter err) {
        try {
            Writer w = new BufferedWriter(out);
            reporter.write(report, context, w);
            w.flush();
            return true;
        } catch (IOException e) {
            err.println("twiml-lint: cannot write the report: " + e.getMessage());
            return false;
        }
    }

    /** A temporary file beside the target, moved into place, so a file is whole or absent. */
    private static boolean toFile(Reporter reporter, Path output, LintReport report, ReportContext context,
                                  PrintWriter err) {
        Path target = output.toAbsolutePath();
        Path dir = target.getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp),
                    StandardCharsets.UTF_8))) {
                reporter.write(report, context, w);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException e) {
            err.println("twiml-lint: cannot write the report to " + output + ": " + AtomicFile.reason(e));
            return false;
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // The temporary file is hidden and named after the target; nothing else to do.
                }
            }
        }
    }
}
