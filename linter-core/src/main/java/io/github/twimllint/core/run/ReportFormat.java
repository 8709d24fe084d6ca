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

/**
 * The one registry of report formats: the name every front end accepts, the reporter that writes
 * it and the file name it gets when a front end picks one (the Maven goal's build directory). (Not
 * named {@code OutputFormat}: Maven would take {@code <outputFormat>} elements for that class.)
 */
public enum ReportFormat {
    TEXT("twiml-lint.txt"),
    SARIF("twiml-lint.sarif"),
    // The call-flow graph (docs/call-flow.md); html is the only one that loads the layout library.
    DOT("twiml-lint.dot"),
    MERMAID("twiml-lint.mmd"),
    HTML("twiml-lint.html"),
    GITHUB("twiml-lint-github.txt"),
    JSON("twiml-lint.json"),
    CHECKSTYLE("twiml-lint-checkstyle.xml"),
    // GitLab Code Quality (artifacts:reports:codequality).
    CODECLIMATE("twiml-lint-codeclimate.json"),
    // Test cases pass or fail as the run does: only findings at the failing level fail one.
    JUNIT("twiml-lint-junit.xml");

    private final String fileName;

    ReportFormat(String fileName) {
        this.fileName = fileName;
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
        // A switch, not a lambda per constant: each lambda is linked at start-up (issue 15).
        return switch (this) {
            case TEXT -> new TextReporter();
            case SARIF -> new SarifReporter();
            case DOT -> new io.github.twimllint.core.report.DotReporter();
            case MERMAID -> new io.github.twimllint.core.report.MermaidReporter();
            case HTML -> new io.github.twimllint.core.report.HtmlReporter();
            case GITHUB -> new GithubReporter();
            case JSON -> new JsonReporter();
            case CHECKSTYLE -> new CheckstyleReporter();
            case CODECLIMATE -> new CodeClimateReporter();
            case JUNIT -> new JunitReporter(failOn);
        };
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
