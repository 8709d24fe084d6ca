package io.github.twimllint.core.run;

import io.github.twimllint.core.Severity;
import io.github.twimllint.core.report.CheckstyleReporter;
import io.github.twimllint.core.report.CodeClimateReporter;
import io.github.twimllint.core.report.GithubReporter;
import io.github.twimllint.core.report.JsonReporter;
import io.github.twimllint.core.report.JunitReporter;
import io.github.twimllint.core.report.Reporter;
import io.github.twimllint.core.report.SarifReporter;
import io.github.twimllint.core.report.TextReporter;
import java.util.Locale;
import java.util.function.Function;

/**
 * The one registry of report formats: the name every front end accepts, the reporter that writes
 * it and the file name it gets when a front end picks one (the Maven goal's build directory). (Not
 * named {@code OutputFormat}: Maven would take {@code <outputFormat>} elements for that class.)
 */
public enum ReportFormat {
    TEXT("twiml-lint.txt", level -> new TextReporter()),
    SARIF("twiml-lint.sarif", level -> new SarifReporter()),
    // The call-flow graph (docs/call-flow.md); html is the only one that loads the layout library.
    DOT("twiml-lint.dot", level -> new io.github.twimllint.core.report.DotReporter()),
    MERMAID("twiml-lint.mmd", level -> new io.github.twimllint.core.report.MermaidReporter()),
    HTML("twiml-lint.html", level -> new io.github.twimllint.core.report.HtmlReporter()),
    GITHUB("twiml-lint-github.txt", level -> new GithubReporter()),
    JSON("twiml-lint.json", level -> new JsonReporter()),
    CHECKSTYLE("twiml-lint-checkstyle.xml", level -> new CheckstyleReporter()),
    // GitLab Code Quality (artifacts:reports:codequality).
    CODECLIMATE("twiml-lint-codeclimate.json", level -> new CodeClimateReporter()),
    // Test cases pass or fail as the run does: only findings at the failing level fail one.
    JUNIT("twiml-lint-junit.xml", JunitReporter::new);

    private final String fileName;
    private final Function<Severity, Reporter> reporter;

    ReportFormat(String fileName, Function<Severity, Reporter> reporter) {
        this.fileName = fileName;
        this.reporter = reporter;
    }

    /** The default file name of a report in this format. */
    public String fileName() {
        return fileName;
    }

    /** The reporter for a run failing at {@code error}. */
    public Reporter reporter() {
        return reporter(Severity.ERROR);
    }

    /** The reporter for a run with the given failing level ({@link Severity#OFF}: none). */
    public Reporter reporter(Severity failOn) {
        return reporter.apply(failOn);
    }

    /** The name users type: {@code text}, {@code sarif}, ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return label();
    }

    /** A format by its name, case-insensitive; the message of the exception lists the known ones. */
    public static ReportFormat parse(String name) {
        for (ReportFormat f : values()) {
            if (f.label().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "' (expected " + expected() + ")");
    }

    /** {@code text, sarif, github, json, checkstyle or junit}. */
    public static String expected() {
        ReportFormat[] all = values();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < all.length; i++) {
            b.append(i == 0 ? "" : i == all.length - 1 ? " or " : ", ").append(all[i].label());
        }
        return b.toString();
    }
}
