package io.github.twimllint.cli;

import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.LintReport;
import io.github.twimllint.core.RuleSet;
import io.github.twimllint.core.Severity;
import io.github.twimllint.core.Source;
import io.github.twimllint.core.report.Printable;
import io.github.twimllint.core.report.ReportContext;
import io.github.twimllint.core.report.Reporter;
import io.github.twimllint.core.run.LintSession;
import io.github.twimllint.core.run.ReportFormat;
import io.github.twimllint.core.run.ReportTarget;
import io.github.twimllint.core.run.RunException;
import io.github.twimllint.core.run.RunOptions;
import io.github.twimllint.core.run.RunOutcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code twiml-lint} command. Its picocli model is built in code ({@link #spec}), not from
 * annotations: reflection over annotations was a quarter of a small run's start-up.
 */
public final class LintCommand implements Callable<Integer> {

    List<String> paths = new ArrayList<>();

    /** --format, --output, --source-root, --sarif-category and writing the reports. */
    ReportOutputs reports = new ReportOutputs();

    ControlOptions control = new ControlOptions();

    FixOptions fixes = new FixOptions();

    java.util.Map<String, Path> urlMappings = new java.util.LinkedHashMap<>();

    Path siteRoot;

    CommandSpec spec;

    /** The console; tests replace it to act as a terminal. */
    Terminal terminal = Terminal.system();

    /** Relative paths, configuration discovery and displayed paths start here; tests set it. */
    Path workingDir;

    /** Standard output as bytes, for a fixed standard input in its own encoding (null: through {@code out}). */
    java.io.OutputStream rawOut;

    private final PrintWriter out;
    private final PrintWriter err;

    LintCommand(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** picocli's system property: regular expressions of the types whose built-in converters it skips. */
    static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, Terminal.system());
    }

    /** As {@link #commandLine(PrintWriter, PrintWriter)} with a given console (tests act as a terminal). */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, Terminal terminal) {
        return commandLine(out, err, terminal, null);
    }

    /** With a given console and working directory (null: the process's), for tests. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, Terminal terminal, Path workingDir) {
        // Every CommandLine (the subcommand's too) registers picocli's converters for java.sql and
        // java.time types by reflection: about 90 JDK classes loaded and initialised on every run,
        // for types no option here has. picocli's documented switch leaves them out (unless set).
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, "java\\.(sql|time)\\..*");
        }
        LintCommand command = new LintCommand(out, err);
        command.terminal = terminal;
        command.workingDir = workingDir;
        CommandLine cl = new CommandLine(command.spec());
        cl.setOut(out);
        cl.setErr(err);
        Failures failures = new Failures(err);
        cl.setExitCodeExceptionMapper(failures);
        cl.setParameterExceptionHandler(failures);
        cl.setExecutionExceptionHandler(failures);
        return cl;
    }

    /**
     * What picocli does with a usage error or a failure: one class, not three lambdas (each lambda is
     * linked at start-up, issue 15).
     */
    private static final class Failures implements CommandLine.IExitCodeExceptionMapper,
            CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {
        private final PrintWriter err;

        Failures(PrintWriter err) {
            this.err = err;
        }

        @Override
        public int getExitCode(Throwable exception) {
            return ExitCodes.INTERNAL;
        }

        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            // picocli names an option "option '--x'" and sometimes adds its own "option" before it.
            err.println("twiml-lint: " + Printable.escape(ex.getMessage().replace("option option", "option"))
                    + optionSuggestion(ex));
            hintOptionLikeFiles(args, err);
            err.println("Try 'twiml-lint --help' for more information.");
            err.flush();
            return ExitCodes.USAGE;
        }

        @Override
        public int handleExecutionException(Exception ex, CommandLine commandLine,
                                            CommandLine.ParseResult parseResult) {
            err.println("twiml-lint: internal error: " + ex);
            err.flush();
            return ExitCodes.INTERNAL;
        }
    }

    /** The command's model: options in the order of the help, then the completion subcommand. */
    private CommandSpec spec() {
        spec = CommandSpec.wrapWithoutInspection(this);
        // No ${...} variables in this model's texts: without interpolation picocli does not scan every
        // option name and description for a dozen lookup keys (a fifth of building the model).
        spec.interpolateVariables(false);
        spec.name("twiml-lint").versionProvider(new VersionProvider());
        spec.usageMessage()
                .sortOptions(false)
                .autoWidth(true)
                .description("Finds mistakes in TwiML documents before Twilio does.", "",
                        "Settings come from the nearest .twiml-lint.json (or --config FILE); options given here win.", "")
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(CommandLine.Model.UsageMessageSpec.keyValuesMap(
                        "0:no finding at or above the failing level (default: error)",
                        "1:findings at or above the failing level (--fail-on is inclusive)",
                        "2:usage or input error (unknown option or rule id, bad configuration, missing path,"
                                + " unreadable file, folder without TwiML, report or baseline not writable)",
                        "3:internal error (a bug; please report it)"))
                .footerHeading("%nExamples:%n")
                .footer("  twiml-lint examples/",
                        "  twiml-lint --format sarif --output twiml-lint.sarif src/main/twiml",
                        "  twiml-lint -f text -f sarif=twiml-lint.sarif src/main/twiml",
                        "  cat call.xml | twiml-lint --stdin-filename call.xml -",
                        "  twiml-lint --fail-on warning --disable client-identifier-mobile src/",
                        "  twiml-lint --severity client-identifier-mobile=error src/",
                        "  twiml-lint --write-baseline baseline.json src/  # adopt on old code",
                        "  twiml-lint --baseline baseline.json src/        # fail on new findings",
                        "  twiml-lint --list-rules",
                        "  twiml-lint --explain root-element",
                        "  source <(twiml-lint generate-completion)        # bash/zsh completion");
        spec.addPositional(CommandLine.Model.PositionalParamSpec.builder().paramLabel("PATH").arity("0..*")
                .type(List.class).auxiliaryTypes(String.class)
                .description("Files or directories to lint; '-' reads standard input. In directories, *.twiml files"
                        + " and *.xml files whose root is <Response> are linted, and templates of either"
                        + " (*.twiml.erb, *.xml.php, *.xml.j2, ...).").build());
        ReportOutputs.addTo(spec);
        ControlOptions.addTo(spec);
        FixOptions.addTo(spec);
        spec.addOption(Args.option("URL=DIR", java.util.Map.class,
                "Resolve absolute URLs under base URL to files under DIR for the cross-document rules,"
                        + " e.g. https://example.com/twiml/=src/main/twiml/ (repeatable; the longest base wins).",
                "--url-mapping").auxiliaryTypes(String.class, Path.class).build());
        spec.addOption(Args.option("DIR", Path.class,
                "Resolve root-relative URLs (/twiml/x.xml) against DIR for the cross-document rules"
                        + " (default: they are left alone).", "--site-root").build());
        Args.standardHelp(spec);
        spec.addSubcommand("generate-completion", Completion.spec());
        return spec;
    }

    /** The parsed arguments into the fields the run reads. */
    @SuppressWarnings("unchecked")
    private void read() {
        paths = spec.positionalParameters().get(0).getValue();
        if (paths == null) {
            paths = new ArrayList<>();
        }
        reports.read(spec);
        control.read(spec);
        fixes.read(spec);
        urlMappings = Args.value(spec, "--url-mapping", new java.util.LinkedHashMap<>());
        siteRoot = Args.value(spec, "--site-root", null);
    }

    /** " (did you mean '--disable'?)" for a misspelt option, else the empty string. */
    private static String optionSuggestion(CommandLine.ParameterException ex) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException)) {
            return "";
        }
        List<String> unmatched = ((CommandLine.UnmatchedArgumentException) ex).getUnmatched();
        if (unmatched.isEmpty() || !unmatched.get(0).startsWith("--")) {
            return "";
        }
        String given = unmatched.get(0);
        int eq = given.indexOf('=');
        if (eq > 0) {
            given = given.substring(0, eq);
        }
        List<String> names = new ArrayList<>();
        for (CommandLine.Model.OptionSpec o : ex.getCommandLine().getCommandSpec().options()) {
            for (String n : o.names()) {
                if (n.startsWith("--")) {
                    names.add(n);
                }
            }
        }
        return io.github.twimllint.core.Names.suggestion(given, names);
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
        Instant start = Instant.now();
        read();
        Path cwd = workingDir != null ? workingDir : Path.of("").toAbsolutePath();
        RuleSet rules = RuleSet.discover();
        LintSession session;
        List<ReportTarget> targets;
        ReportContext context;
        try {
            try {
                targets = reports.targets();
                context = reports.context(cwd, spec.commandLine().getParseResult().originalArgs(), start);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            if (control.listRules) {
                RulesHelp.list(rules, LintSession.open(options(cwd), rules).levels(), reports.json(), out);
                return ExitCodes.OK;
            }
            if (control.explain != null) {
                RulesHelp.explain(rules, control.explain, out);
                return ExitCodes.OK;
            }
            if (control.printConfig != null) {
                session = LintSession.open(options(cwd), rules);
                session.warnings().forEach(w -> err.println("twiml-lint: " + w));
                err.flush();
                out.println(session.effectiveConfig(control.printConfig));
                out.flush();
                return ExitCodes.OK;
            }
            if (paths.isEmpty()) {
                throw new UsageException("no PATH given (use '-' for standard input)");
            }
            checkPaths();
            fixes.check();
            if (paths.contains("-") && Main.stdinClosedAtStart()) {
                throw new UsageException("'-' reads standard input, but standard input is closed");
            }
            if (control.stdinFilename != null && !paths.contains("-")) {
                throw new UsageException("--stdin-filename names standard input, but '-' is not among the paths");
            }
            session = LintSession.open(options(cwd), rules);
        } catch (UsageException | RunException e) {
            return usage(e.getMessage());
        }
        for (String w : session.warnings()) {
            err.println("twiml-lint: " + w);
        }
        Timings timings = new Timings(start);
        timings.lap("configuration");
        if (control.verbose) {
            err.println("twiml-lint: configuration: " + session.configurationSource());
        }

        // Colour and source snippets are for a person at a terminal: the text report on standard output.
        boolean textToConsole = false;
        for (ReportTarget t : targets) {
            textToConsole |= t.format() == ReportFormat.TEXT && t.file() == null;
        }
        boolean showSource = textToConsole
                && (control.showSource != null ? control.showSource : terminal.interactive());
        Inputs.Globs globs;
        try {
            globs = Inputs.Globs.of(control.include, control.exclude).ignoring(cwd, !control.noGitignore);
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        Inputs inputs = Inputs.collect(paths, control.stdinFilename, cwd, session.configuration(), globs,
                showSource || fixes.any(), () -> System.in, control.verbose);
        boolean inputError = false;
        for (String e : inputs.errors) {
            err.println("twiml-lint: " + Printable.escape(e));
            inputError = true;
        }
        for (String n : inputs.notes) {
            err.println("twiml-lint: " + Printable.escape(n));
        }
        String outside = inputs.outsideNote();
        if (outside != null) {
            err.println("twiml-lint: " + outside);
        }
        timings.lap("collecting files");

        Progress progress = Progress.of(terminal, err, inputs.sources.size());
        RunOutcome outcome;
        io.github.twimllint.core.run.FixRun fixRun = null;
        try {
            if (fixes.any()) {
                fixRun = session.fix(inputs.sources, progress, inputs.notLinted());
                outcome = fixRun.outcome();
            } else {
                outcome = session.run(inputs.sources, progress, inputs.notLinted());
            }
        } catch (RunException e) {
            return usage(e.getMessage());
        } finally {
            if (progress != null) {
                progress.finish();
            }
        }
        timings.lap("linting");
        RunOutcome.Status fixed = fixRun == null ? RunOutcome.Status.OK
                : fixes.finish(fixRun, inputs.sources, out, rawOut, err);
        LintReport report = outcome.report();
        if (control.verbose) {
            verbose(inputs, report);
        }
        for (FileResult f : report.unreadable()) {
            err.println("twiml-lint: " + Printable.escape(f.path()) + ": " + f.readError());
        }
        for (String e : inputs.emptyFolders(report)) {
            err.println("twiml-lint: " + Printable.escape(e));
            inputError = true;
        }
        for (FileResult f : report.files()) {
            if (f.internalError() != null) {
                err.println("twiml-lint: " + Printable.escape(f.path()) + ": internal error: "
                        + Printable.escape(f.internalError()));
            }
        }
        if (outcome.baselineWritten() >= 0) {
            err.println("twiml-lint: wrote " + outcome.baselineWritten() + " baseline entries to "
                    + control.writeBaseline);
        }
        if (outcome.staleBaseline() > 0) {
            err.println("twiml-lint: " + outcome.staleBaseline() + " baseline entries have fewer findings now;"
                    + " run with --write-baseline " + control.baseline + " to lower them");
        }
        String outsideRoot = ReportOutputs.outsideRootWarning(targets, context, report);
        if (outsideRoot != null) {
            err.println("twiml-lint: " + outsideRoot);
        }
        // --quiet trims the text report only; machine-readable reports stay complete. Trimmed when a
        // text report is written, not before (a bulk run's SARIF alone would copy every result).
        LintReport[] trimmed = new LintReport[1];
        java.util.function.Supplier<LintReport> textReport = () -> {
            if (trimmed[0] == null) {
                trimmed[0] = control.quiet ? Quiet.errorsOnly(report) : report;
            }
            return trimmed[0];
        };
        SourcePrinter snippets = showSource ? new SourcePrinter(inputs.byPath()) : null;
        RunOutcome.Status written = LintSession.writeReports(targets, target -> {
            if (target.format() != ReportFormat.TEXT) {
                return target.format().reporter(outcome.failOn());
            }
            boolean console = target.file() == null;
            ConsoleTextReporter text = new ConsoleTextReporter(console && terminal.color(control.color),
                    console ? snippets : null, !control.quiet, control.verbose);
            return (Reporter) (r, w) -> text.write(textReport.get(), w);
        }, report, context.withEndTime(Instant.now()), cwd, fixes.reportStream(out, err, paths),
                problem -> err.println("twiml-lint: " + Printable.escape(problem)));
        if (control.quiet && outcome.failing() > 0 && !Quiet.showsAtLeast(report, outcome.failOn())) {
            // The exit status would otherwise come with nothing printed to explain it.
            int hidden = outcome.failing();
            err.println("twiml-lint: " + hidden + (hidden == 1 ? " finding" : " findings") + " at or above the"
                    + " failing level (" + outcome.failOn().name().toLowerCase(java.util.Locale.ROOT) + ") not shown"
                    + " with --quiet, which shows errors only; exit status 1");
        }
        if (outcome.tooManyWarnings()) {
            err.println("twiml-lint: " + outcome.warnings() + " warnings, more than --max-warnings "
                    + outcome.maxWarnings() + " allows");
        }
        timings.lap("reports");
        if (control.verbose) {
            err.println("twiml-lint: timings: " + timings);
        }
        err.flush();
        RunOutcome.Status status = outcome.status().and(written).and(fixed);
        if (inputError) {
            status = status.and(RunOutcome.Status.INPUT_ERROR);
        }
        return ExitCodes.of(status);
    }

    /** --verbose: each file considered and what became of it; a linted file that is not TwiML was skipped. */
    private void verbose(Inputs inputs, LintReport report) {
        java.util.Set<String> notTwiml = new java.util.HashSet<>();
        for (FileResult f : report.files()) {
            if (f.skipped()) {
                notTwiml.add(f.path());
            }
        }
        inputs.considered.forEach((path, what) -> err.println("twiml-lint: " + path + ": "
                + (notTwiml.contains(path) ? "skipped, not TwiML (the root element is not <Response>)" : what)));
    }

    /** Wall-clock time per phase of the run, for --verbose. */
    private static final class Timings {
        private final StringBuilder text = new StringBuilder();
        private long last;

        Timings(Instant start) {
            last = start.toEpochMilli();
        }

        void lap(String phase) {
            long now = System.currentTimeMillis();
            text.append(text.length() == 0 ? "" : ", ").append(phase).append(' ').append(now - last).append(" ms");
            last = now;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /** The run asked for by the options: paths are relative to the working directory. */
    private RunOptions options(Path cwd) throws UsageException {
        Severity failOn = null;
        if (control.failOn != null) {
            try {
                failOn = Severity.parseFailLevel(control.failOn);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--fail-on " + control.failOn + ": " + e.getMessage());
            }
        }
        return RunOptions.in(cwd)
                .config(control.config, null)
                .levels(control.enable, control.severity, control.disable)
                .failing(failOn, control.reportUnusedSuppressions)
                .maxWarnings(control.maxWarnings)
                .noConfig(control.noConfig)
                .jobs(control.jobs)
                .urls(urlMappings, siteRoot)
                .baseline(control.baseline, control.writeBaseline, "--baseline");
    }

    /** Paths and folders that cannot mean anything are usage errors, not silently something else. */
    private void checkPaths() throws UsageException {
        for (String p : paths) {
            if (p.isEmpty()) {
                throw new UsageException("an empty PATH was given (the current folder is '.')");
            }
        }
        if (siteRoot != null && !java.nio.file.Files.isDirectory(base().resolve(siteRoot))) {
            throw new UsageException("--site-root " + Printable.escape(siteRoot.toString()) + ": no such folder");
        }
        for (java.util.Map.Entry<String, Path> m : urlMappings.entrySet()) {
            String url = m.getKey();
            String dir = m.getValue().toString();
            String given = "--url-mapping " + Printable.escape(url + "=" + dir);
            String host = url.startsWith("https://") ? url.substring(8)
                    : url.startsWith("http://") ? url.substring(7) : "";
            if (host.isEmpty() || host.startsWith("/")) {
                throw new UsageException(given + ": expected URL=DIR with an absolute http(s) URL before '=',"
                        + " e.g. https://example.com/twiml/=src/main/twiml");
            }
            if (dir.isEmpty()) {
                throw new UsageException(given + ": expected URL=DIR with a folder after '='");
            }
            if (!java.nio.file.Files.isDirectory(base().resolve(m.getValue()))) {
                throw new UsageException(given + ": no such folder");
            }
        }
    }

    private Path base() {
        return workingDir != null ? workingDir : Path.of("").toAbsolutePath();
    }

    private int usage(String message) {
        err.println("twiml-lint: " + message);
        err.flush();
        return ExitCodes.USAGE;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {io.github.twimllint.core.Version.describe()};
        }
    }
}
