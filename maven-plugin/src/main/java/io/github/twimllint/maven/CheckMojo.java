package io.github.twimllint.maven;

import io.github.twimllint.core.FileCollector;
import io.github.twimllint.core.FileResult;
import io.github.twimllint.core.Finding;
import io.github.twimllint.core.LintReport;
import io.github.twimllint.core.RuleSet;
import io.github.twimllint.core.Severity;
import io.github.twimllint.core.Source;
import io.github.twimllint.core.Version;
import io.github.twimllint.core.report.ReportContext;
import io.github.twimllint.core.report.TextReporter;
import io.github.twimllint.core.run.LintSession;
import io.github.twimllint.core.run.ReportFormat;
import io.github.twimllint.core.run.ReportTarget;
import io.github.twimllint.core.run.ReportWriter;
import io.github.twimllint.core.run.RunException;
import io.github.twimllint.core.run.RunOptions;
import io.github.twimllint.core.run.RunOutcome;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Lints the project's TwiML documents and fails the build when there are findings at or above
 * the failing level. Findings are logged in Maven's clickable {@code path:[line,column]} form and
 * written as SARIF (paths relative to the top of the build, so one upload covers every module).
 * A run whose inputs, configuration and plugin are unchanged since the last successful run is
 * skipped.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class CheckMojo extends AbstractMojo {

    /** Skips the check entirely (no linting, no report files). */
    @Parameter(property = "twimllint.skip", defaultValue = "false")
    boolean skip;

    /**
     * Directories searched for TwiML documents; relative ones are resolved against the module's
     * directory, and directories that do not exist are ignored.
     */
    @Parameter(property = "twimllint.sourceDirectories",
            defaultValue = "${project.basedir}/src/main/twiml,${project.basedir}/src/main/resources,"
                    + "${project.basedir}/src/main/webapp")
    List<File> sourceDirectories;

    /**
     * Ant-style patterns, relative to each source directory, of the files to lint. A matching
     * {@code *.xml} file is linted only when its root element is <code>&lt;Response&gt;</code>, so other XML
     * (logback.xml, Spring contexts) is ignored; any other matching file is always linted.
     */
    @Parameter(property = "twimllint.includes", defaultValue = "**/*.twiml,**/*.xml")
    List<String> includes;

    /** Ant-style patterns, relative to each source directory, of files not to lint. Hidden directories are never entered. */
    @Parameter(property = "twimllint.excludes")
    List<String> excludes;

    /** Fails the build when there are findings at or above {@code failOn}; when false, findings are only reported. */
    @Parameter(property = "twimllint.failOnViolation", defaultValue = "true")
    boolean failOnViolation;

    /**
     * The lowest level that fails the build: {@code error}, {@code warning} or {@code note};
     * {@code none}: findings never fail it. Default: the configuration file's {@code failOn}, else
     * {@code error}.
     */
    @Parameter(property = "twimllint.failOn")
    String failOn;

    /**
     * Fails the build when more than this many warnings are reported (as ESLint's --max-warnings),
     * whatever {@code failOn} says; -1: no limit. Default: the configuration file's
     * {@code maxWarnings}, else no limit.
     */
    @Parameter(property = "twimllint.maxWarnings")
    Integer maxWarnings;

    /**
     * The configuration file ({@code .twiml-lint.json}, the command line's format: rule levels and
     * options, include/exclude globs, document kinds, templates, failOn). When not set, the nearest
     * {@code .twiml-lint.json} in the module's directory or a directory above it, up to
     * {@code repositoryRoot}, is used; without one, every rule runs at its default level.
     */
    @Parameter(property = "twimllint.configFile")
    File configFile;

    /**
     * Base-URL mappings for the cross-document rules, each {@code URL=DIR}: an absolute URL under
     * the base names the file at the same relative path under DIR (relative to the module's
     * directory), e.g. {@code https://example.com/twiml/=src/main/twiml}. They are added to the
     * configuration file's {@code urlMappings} and win over them. Relative URLs need no mapping.
     */
    @Parameter(property = "twimllint.urlMappings")
    List<String> urlMappings;

    /**
     * A baseline file (as written by the command line's {@code --write-baseline}): the findings it
     * records, counted per file and rule, do not count. Paths in it are relative to its directory.
     */
    @Parameter(property = "twimllint.baselineFile")
    File baselineFile;

    /**
     * The SARIF 2.1.0 report, written on every run (also when there is nothing to report), with
     * paths relative to {@code repositoryRoot}.
     */
    @Parameter(property = "twimllint.sarifOutputFile", defaultValue = "${project.build.directory}/twiml-lint.sarif")
    File sarifOutputFile;

    /**
     * Further report formats, the command line's, each written to the build directory:
     * {@code text} (twiml-lint.txt), {@code json} (twiml-lint.json), {@code checkstyle}
     * (twiml-lint-checkstyle.xml), {@code junit} (twiml-lint-junit.xml), {@code codeclimate}
     * (twiml-lint-codeclimate.json), {@code github} (twiml-lint-github.txt, workflow commands),
     * {@code dot} (twiml-lint.dot), {@code mermaid} (twiml-lint.mmd), {@code html} (twiml-lint.html,
     * the call-flow page) and {@code sarif} (always written to {@code sarifOutputFile} anyway).
     */
    @Parameter(property = "twimllint.outputFormats")
    List<String> outputFormats;

    /** Logs each finding as an {@code [ERROR]}/{@code [WARNING]}/{@code [INFO]} line; the summary is always logged. */
    @Parameter(property = "twimllint.consoleOutput", defaultValue = "true")
    boolean consoleOutput;

    /**
     * The directory that reported paths are relative to. Defaults to the top of the build
     * ({@code maven.multiModuleProjectDirectory}, else the directory Maven was started in), so the
     * paths of every module are repository paths, as GitHub code scanning needs.
     */
    @Parameter(property = "twimllint.repositoryRoot", defaultValue = "${maven.multiModuleProjectDirectory}")
    File repositoryRoot;

    /**
     * In a build of several modules, the SARIF file merging every module's report into one run (one
     * file to upload). Defaults to {@code target/twiml-lint-aggregate.sarif} under
     * {@code repositoryRoot}. Not written by a build of a single project.
     */
    @Parameter(property = "twimllint.aggregateSarifFile")
    File aggregateSarifFile;

    /** The module's directory. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /** The module's build directory, where the staleness record is kept. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    File buildDirectory;

    /** The running build: its top directory and its modules, for the aggregate report. */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    /** This plugin, whose version and jars are part of the staleness check. */
    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    PluginDescriptor plugin;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("twiml-lint: skipped");
            return;
        }
        Path top = top();
        LintSession lint = open(top);
        Path build = buildDirectory.toPath();
        List<ReportTarget> reports = reports(build);
        List<Path> outputs = new ArrayList<>();
        reports.forEach(r -> outputs.add(r.file()));
        Path sarif = reports.get(0).file();
        List<Path> dirs = sourceDirectories();
        SourceScanner.Result scanned = new SourceScanner(includes, excludes).scan(dirs);
        List<SourceScanner.Candidate> selected = new ArrayList<>();
        for (SourceScanner.Candidate c : scanned.files()) {
            if (lint.configuration().selects(c.file())) {
                selected.add(c);
            }
        }

        BuildState state = new BuildState(build.resolve("twiml-lint.state"));
        String inputs = fingerprint(top, dirs, lint, reports, selected);
        if (!fixing() && scanned.errors().isEmpty() && state.upToDate(inputs, outputs)) {
            getLog().debug("twiml-lint: up to date, not linting again: no change to the "
                    + selected.size() + " input file(s), the configuration or the plugin since the last run"
                    + " (" + state.file() + ")");
            aggregate(sarif, top);
            return;
        }
        forget(state);

        Instant start = Instant.now();
        RunOutcome outcome = run(lint, selected, scanned.errors(), top);
        log(outcome.report());
        write(outcome, reports, top, start);
        aggregate(sarif, top);
        fail(outcome, new FileCollector(top).display(sarif));
        try {
            state.record(inputs, outputs);
        } catch (IOException e) {
            getLog().warn("twiml-lint: cannot record the build state in " + state.file() + ": " + e.getMessage());
        }
    }

    /** The source directories, resolved against the module's directory. */
    private List<Path> sourceDirectories() {
        List<Path> dirs = new ArrayList<>();
        for (File d : sourceDirectories == null ? List.<File>of() : sourceDirectories) {
            dirs.add(basedir.toPath().resolve(d.toPath()).normalize());
        }
        return dirs;
    }

    /** The parameters as the run layer's options; the configuration is read here. */
    private LintSession open(Path top) throws MojoExecutionException {
        Severity failLevel = null;
        if (failOn != null && !failOn.isBlank()) {
            try {
                failLevel = Severity.parseFailLevel(failOn);
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("twiml-lint: failOn: " + e.getMessage());
            }
        }
        RunOptions options = RunOptions.in(basedir.toPath())
                .displayRoot(top)
                .config(configFile == null ? null : configFile.toPath(), top)
                .failing(failLevel, false)
                .maxWarnings(maxWarnings)
                .urls(urlMappings(), null)
                .baseline(baselineFile == null ? null : baselineFile.toPath(), null, "baselineFile");
        try {
            return LintSession.open(options, RuleSet.discover(CheckMojo.class.getClassLoader()));
        } catch (RunException e) {
            throw new MojoExecutionException("twiml-lint: " + e.getMessage());
        }
    }

    /** Lints the selected files; folders the scan could not read count as unreadable files in every report. */
    private RunOutcome run(LintSession lint, List<SourceScanner.Candidate> selected,
                           List<SourceScanner.Problem> unreadable, Path top) throws MojoExecutionException {
        FileCollector paths = new FileCollector(top);
        List<Source> sources = new ArrayList<>();
        Source.Folders folders = new Source.Folders();
        for (SourceScanner.Candidate c : selected) {
            boolean xml = c.file().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml");
            sources.add(folders.file(c.file(), paths.display(c.file()), xml));
        }
        List<FileResult> unread = new ArrayList<>();
        for (SourceScanner.Problem p : unreadable) {
            unread.add(FileResult.unreadable(paths.display(p.path()), p.reason()));
        }
        try {
            RunOutcome outcome = lint(lint, sources, unread);
            if (outcome.staleBaseline() > 0) {
                getLog().info("twiml-lint: " + outcome.staleBaseline() + " baseline entries have fewer findings now;"
                        + " lower them with the command line's --write-baseline");
            }
            return outcome;
        } catch (RunException e) {
            throw new MojoExecutionException("twiml-lint: " + e.getMessage());
        }
    }

    /** Whether this goal fixes the files ({@code fix}): then it always runs, up to date or not. */
    boolean fixing() {
        return false;
    }

    /** One run over the sources; the {@code fix} goal fixes them first. */
    RunOutcome lint(LintSession lint, List<Source> sources, List<FileResult> unread) throws RunException {
        return lint.run(sources, null, unread);
    }

    /** The SARIF report first (always written), then each further format in the build directory. */
    private List<ReportTarget> reports(Path build) throws MojoExecutionException {
        List<ReportTarget> out = new ArrayList<>();
        out.add(new ReportTarget(ReportFormat.SARIF, sarifOutputFile.toPath().toAbsolutePath().normalize()));
        Set<ReportFormat> formats = new LinkedHashSet<>();
        for (String name : outputFormats == null ? List.<String>of() : outputFormats) {
            if (name == null || name.isBlank()) {
                continue;
            }
            try {
                formats.add(ReportFormat.parse(name));
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("twiml-lint: outputFormats: " + e.getMessage());
            }
        }
        formats.remove(ReportFormat.SARIF);
        for (ReportFormat f : formats) {
            out.add(new ReportTarget(f, build.resolve(f.fileName())));
        }
        return out;
    }

    private void write(RunOutcome outcome, List<ReportTarget> reports, Path top, Instant start) throws MojoExecutionException {
        // Displayed paths are relative to the top directory, which is also the SARIF source root.
        ReportContext context = new ReportContext(top, top, null, fixing() ? "twiml-lint:fix" : "twiml-lint:check",
                List.of(), start, Instant.now());
        List<String> problems = new ArrayList<>();
        for (ReportTarget r : reports) {
            try {
                Files.createDirectories(r.file().getParent());
            } catch (IOException e) {
                problems.add("cannot create the folder of " + r.file() + ": " + ReportWriter.reason(e));
            }
        }
        if (problems.isEmpty()) {
            LintSession.writeReports(reports, r -> r.format().reporter(outcome.failOn()), outcome.report(), context, top, null,
                    problems::add);
        }
        if (!problems.isEmpty()) {
            throw new MojoExecutionException("twiml-lint: " + String.join("; ", problems));
        }
    }

    /** Internal errors and unreadable inputs stop the build; findings at the failing level fail it. */
    private void fail(RunOutcome outcome, String sarifShown)
            throws MojoExecutionException, MojoFailureException {
        LintReport report = outcome.report();
        List<String> internal = outcome.internalErrors();
        if (!internal.isEmpty()) {
            throw new MojoExecutionException("twiml-lint internal error (a bug; please report it): "
                    + String.join("; ", internal) + ". SARIF report: " + sarifShown);
        }
        if (!report.unreadable().isEmpty()) {
            int n = report.unreadable().size();
            throw new MojoExecutionException("twiml-lint could not read " + n + (n == 1 ? " file" : " files")
                    + " (see the errors above). SARIF report: " + sarifShown);
        }
        int failing = outcome.failing();
        if (failing > 0 && failOnViolation) {
            throw new MojoFailureException("twiml-lint found " + failing + (failing == 1 ? " finding" : " findings")
                    + " at level " + outcome.failOn().label() + " or above ("
                    + breakdown(report, outcome.failOn()) + "). SARIF report: " + sarifShown);
        }
        if (outcome.tooManyWarnings() && failOnViolation) {
            throw new MojoFailureException("twiml-lint found " + outcome.warnings() + " warnings, more than maxWarnings "
                    + outcome.maxWarnings() + " allows. SARIF report: " + sarifShown);
        }
    }

    /** This goal's URL=DIR parameters; folders are relative to the module (the run layer resolves them). */
    private Map<String, Path> urlMappings() throws MojoExecutionException {
        Map<String, Path> out = new LinkedHashMap<>();
        for (String m : urlMappings == null ? List.<String>of() : urlMappings) {
            if (m == null || m.isBlank()) {
                continue;
            }
            int eq = m.indexOf('=');
            if (eq <= 0 || eq == m.length() - 1) {
                throw new MojoExecutionException("twiml-lint: urlMappings: '" + m
                        + "' is not URL=DIR (e.g. https://example.com/twiml/=src/main/twiml)");
            }
            out.put(m.substring(0, eq).trim(), Path.of(m.substring(eq + 1).trim()));
        }
        return out;
    }

    /** The directory reported paths are relative to. */
    Path top() {
        if (repositoryRoot != null) {
            return repositoryRoot.toPath().toAbsolutePath().normalize();
        }
        if (session != null && session.getExecutionRootDirectory() != null) {
            return Path.of(session.getExecutionRootDirectory()).toAbsolutePath().normalize();
        }
        return basedir.toPath().toAbsolutePath().normalize();
    }

    private String fingerprint(Path top, List<Path> dirs, LintSession lint, List<ReportTarget> reports,
                               List<SourceScanner.Candidate> inputs) {
        BuildState.Fingerprint f = new BuildState.Fingerprint()
                .add("core", Version.VERSION)
                .add("top", top)
                .add("dirs", dirs)
                .add("includes", includes)
                .add("excludes", excludes)
                .add("failOn", lint.failOn())
                .add("maxWarnings", lint.maxWarnings())
                .add("failOnViolation", failOnViolation)
                .add("consoleOutput", consoleOutput)
                .add("reports", reports);
        if (lint.configuration().file() != null) {
            f.addFile("config", lint.configuration().file());
        }
        if (baselineFile != null) {
            f.addFile("baseline", basedir.toPath().resolve(baselineFile.toPath()).normalize());
        }
        // Cross-document rules read the documents under mapped folders, inputs or not.
        Map<String, Path> urls = lint.urlMappings();
        f.add("urlMappings", urls);
        List<Path> mapped = new ArrayList<>(urls.values());
        for (SourceScanner.Candidate c : new SourceScanner(List.of("**"), List.of()).scan(mapped).files()) {
            f.add("mapped", c.file() + " " + c.size() + " " + c.modified());
        }
        if (plugin != null) {
            f.add("plugin", plugin.getId());
            // A SNAPSHOT keeps its version while its jars change: the jars themselves count.
            for (Artifact a : plugin.getArtifacts()) {
                if (a.getFile() != null) {
                    f.addFile("jar", a.getFile().toPath());
                }
            }
        }
        for (SourceScanner.Candidate c : inputs) {
            f.add("input", c.file() + " " + c.size() + " " + c.modified());
        }
        return f.hex();
    }

    private void forget(BuildState state) throws MojoExecutionException {
        try {
            state.forget();
        } catch (IOException e) {
            throw new MojoExecutionException("twiml-lint: cannot delete " + state.file() + ": " + e.getMessage(), e);
        }
    }

    private void log(LintReport report) {
        if (consoleOutput) {
            for (Finding f : report.findings()) {
                String line = consoleLine(f);
                switch (f.severity()) {
                    case ERROR: getLog().error(line); break;
                    case WARNING: getLog().warn(line); break;
                    default: getLog().info(line); break;
                }
            }
        }
        for (FileResult f : report.files()) {
            if (f.readError() != null) {
                getLog().error("twiml-lint: " + f.path() + ": " + f.readError());
            } else if (f.internalError() != null) {
                getLog().error("twiml-lint: " + f.path() + ": internal error: " + f.internalError());
            } else if (f.skipped() && getLog().isDebugEnabled()) {
                getLog().debug("twiml-lint: " + f.path() + ": not TwiML (the root element is not <Response>)");
            }
        }
        getLog().info("twiml-lint: " + TextReporter.summary(report));
    }

    /** Maven's clickable form, e.g. {@code src/main/twiml/a.xml:[12,7] message [rule-id]}. */
    static String consoleLine(Finding f) {
        return f.path() + ":[" + f.line() + "," + f.column() + "] " + f.message() + " [" + f.ruleId() + "]";
    }

    /** E.g. {@code 2 errors, 1 warning}: the counts at or above the failing level. */
    static String breakdown(LintReport report, Severity failLevel) {
        List<String> parts = new ArrayList<>();
        for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.NOTE}) {
            int n = report.count(s);
            if (s.atLeast(failLevel) && n > 0) {
                parts.add(n + " " + s.label() + (n == 1 ? "" : "s"));
            }
        }
        return String.join(", ", parts);
    }

    /** In a build of several projects, merges this module's SARIF into the build's aggregate file. */
    private void aggregate(Path sarif, Path top) throws MojoExecutionException {
        if (session == null || session.getProjects() == null || session.getProjects().size() < 2) {
            return;
        }
        Path aggregate = aggregateSarifFile != null ? aggregateSarifFile.toPath()
                : top.resolve("target").resolve("twiml-lint-aggregate.sarif");
        try {
            // The request identifies the build: under -T every module gets its own clone of the session.
            int modules = SarifAggregate.addAndWrite(session.getRequest(), sarif, aggregate);
            getLog().info("twiml-lint: aggregate SARIF report (" + modules + (modules == 1 ? " module" : " modules")
                    + " so far): " + new FileCollector(top).display(aggregate));
        } catch (IOException e) {
            throw new MojoExecutionException("twiml-lint: cannot write the aggregate SARIF report " + aggregate
                    + ": " + e.getMessage(), e);
        }
    }
}
