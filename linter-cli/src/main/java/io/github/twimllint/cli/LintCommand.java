package io.github.twimllint.cli;

import io.github.twimllint.core.FileCollector;
import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.LintReport;
import io.github.twimllint.core.Linter;
import io.github.twimllint.core.RuleSet;
import io.github.twimllint.core.Severity;
import io.github.twimllint.core.Source;
import io.github.twimllint.core.report.ReportContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
            "  twiml-lint -f text -f sarif=twiml-lint.sarif src/main/twiml",
            "  cat call.xml | twiml-lint -"})
public final class LintCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Files or directories to lint; '-' reads standard input. In directories, *.twiml files"
                    + " and *.xml files whose root is <Response> are linted.")
    List<String> paths = new ArrayList<>();

    /** --format, --output, --source-root, --sarif-category and writing the reports. */
    @Mixin
    ReportOutputs reports = new ReportOutputs();

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

    @Override
    public Integer call() throws IOException {
        Instant start = Instant.now();
        Path cwd = Path.of("").toAbsolutePath();
        List<ReportOutputs.Target> targets;
        ReportContext context;
        try {
            targets = reports.targets();
            context = reports.context(cwd, spec.commandLine().getParseResult().originalArgs(), start);
        } catch (IllegalArgumentException e) {
            err.println("twiml-lint: " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        }
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
        int written = reports.write(targets, report, context.withEndTime(Instant.now()), out, err);
        if (written != ExitCodes.OK) {
            return written;
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

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"twiml-lint " + io.github.twimllint.core.Version.VERSION};
        }
    }
}
