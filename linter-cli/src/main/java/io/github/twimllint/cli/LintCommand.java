package io.github.twimllint.cli;

import io.github.twimllint.core.FileCollector;
import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.LintReport;
import io.github.twimllint.core.Linter;
import io.github.twimllint.core.RuleSet;
import io.github.twimllint.core.Severity;
import io.github.twimllint.core.Source;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "twiml-lint",
        mixinStandardHelpOptions = true,
        versionProvider = LintCommand.VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {"Finds mistakes in TwiML documents before Twilio does.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no finding at or above the failing level (default: error)",
            "1:findings at or above the failing level",
            "2:usage or input error (unknown option, missing path, unreadable file)",
            "3:internal error (a bug; please report it)"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  twiml-lint examples/",
            "  twiml-lint --format sarif --output twiml-lint.sarif src/main/twiml",
            "  cat call.xml | twiml-lint -"})
public final class LintCommand implements Callable<Integer> {

    enum Format { text, sarif }

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Files or directories to lint; '-' reads standard input. In directories, *.twiml files"
                    + " and *.xml files whose root is <Response> are linted.")
    List<String> paths = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output.")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final PrintWriter out;
    private final PrintWriter err;

    LintCommand(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        LintCommand command = new LintCommand(out, err);
        CommandLine cl = new CommandLine(command);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(t -> ExitCodes.INTERNAL);
        cl.setParameterExceptionHandler((ex, args) -> {
            err.println("twiml-lint: " + ex.getMessage());
            hintOptionLikeFiles(args, err);
            err.println("Try 'twiml-lint --help' for more information.");
            err.flush();
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("twiml-lint: internal error: " + ex);
            err.flush();
            return ExitCodes.INTERNAL;
        });
        return cl;
    }

    /** A file named like an option ({@code -v.xml}) is parsed as one; say how to lint it. */
    private static void hintOptionLikeFiles(String[] args, PrintWriter err) {
        for (String a : args) {
            if (a.equals("--")) {
                return;
            }
            if (a.length() > 1 && a.startsWith("-") && isFile(a)) {
                err.println("twiml-lint: '" + a + "' is read as an option; to lint the file of that name,"
                        + " put '--' before it: twiml-lint -- " + a);
            }
        }
    }

    private static boolean isFile(String name) {
        try {
            return java.nio.file.Files.exists(java.nio.file.Path.of(name));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    @Override
    public Integer call() throws IOException {
        Path cwd = Path.of("").toAbsolutePath();
        List<Source> sources = new ArrayList<>();
        List<Path> filePaths = new ArrayList<>();
        boolean stdin = false;
        for (String p : paths) {
            if (p.equals("-")) {
                if (!stdin) {
                    sources.add(Source.ofStream("<stdin>", () -> System.in));
                }
                stdin = true;
            } else {
                filePaths.add(Path.of(p));
            }
        }
        FileCollector.Result collected = new FileCollector(cwd).collect(filePaths);
        sources.addAll(collected.sources());
        boolean inputError = false;
        for (String e : collected.errors()) {
            err.println("twiml-lint: " + e);
            inputError = true;
        }

        Linter linter = Linter.builder(RuleSet.discover()).build();
        LintReport report = linter.lint(sources);

        for (FileResult f : report.unreadable()) {
            err.println("twiml-lint: " + f.path() + ": " + f.readError());
            inputError = true;
        }
        boolean internal = false;
        for (FileResult f : report.files()) {
            if (f.internalError() != null) {
                err.println("twiml-lint: " + f.path() + ": internal error: " + f.internalError());
                internal = true;
            }
        }
        Reporter reporter = format == Format.sarif ? new SarifReporter() : new TextReporter();
        if (!writeReport(reporter, report)) {
            return ExitCodes.USAGE;
        }
        err.flush();
        if (internal) {
            return ExitCodes.INTERNAL;
        }
        if (inputError) {
            return ExitCodes.USAGE;
        }
        return report.hasAtLeast(Severity.ERROR) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** Writes to standard output, or to a temporary file moved into place so a file is whole or absent. */
    private boolean writeReport(Reporter reporter, LintReport report) {
        if (output == null) {
            try {
                Writer w = new BufferedWriter(out);
                reporter.write(report, w);
                w.flush();
            } catch (IOException e) {
                err.println("twiml-lint: cannot write the report: " + e.getMessage());
                return false;
            }
            return true;
        }
        Path target = output.toAbsolutePath();
        Path dir = target.getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp),
                    StandardCharsets.UTF_8))) {
                reporter.write(report, w);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException e) {
            err.println("twiml-lint: cannot write " + output + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // The temporary file is hidden and named after the target; nothing else to do.
                }
            }
            return false;
        }
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"twiml-lint " + io.github.twimllint.core.Version.VERSION};
        }
    }
}
