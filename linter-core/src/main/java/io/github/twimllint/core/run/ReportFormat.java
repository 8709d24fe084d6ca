package io.github.twimllint.maven;

import io.github.twimllint.core.report.CheckstyleReporter;
import io.github.twimllint.core.report.GithubReporter;
import io.github.twimllint.core.report.JsonReporter;
import io.github.twimllint.core.report.JunitReporter;
import io.github.twimllint.core.report.Reporter;
import io.github.twimllint.core.report.SarifReporter;
import io.github.twimllint.core.report.TextReporter;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The report formats of linter-core that the plugin can write, with the file name each gets. (Not
 * named {@code OutputFormat}: Maven would take {@code <outputFormat>} elements for that class.)
 */
enum ReportFormat {
    TEXT("twiml-lint.txt", TextReporter::new),
    SARIF("twiml-lint.sarif", SarifReporter::new),
    GITHUB("twiml-lint-github.txt", GithubReporter::new),
    JSON("twiml-lint.json", JsonReporter::new),
    CHECKSTYLE("twiml-lint-checkstyle.xml", CheckstyleReporter::new),
    JUNIT("twiml-lint-junit.xml", JunitReporter::new);

    final String fileName;
    private final Supplier<Reporter> reporter;

    ReportFormat(String fileName, Supplier<Reporter> reporter) {
        this.fileName = fileName;
        this.reporter = reporter;
    }

    Reporter reporter() {
        return reporter.get();
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ReportFormat parse(String name) {
        for (ReportFormat f : values()) {
            if (f.label().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown output format '" + name + "' (expected "
                + String.join(", ", labels()) + ")");
    }

    static String[] labels() {
        ReportFormat[] all = values();
        String[] out = new String[all.length];
        for (int i = 0; i < all.length; i++) {
            out[i] = all[i].label();
        }
        return out;
    }
}
