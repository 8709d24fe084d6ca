package io.github.twimllint.maven;

import io.github.twimllint.core.report.Reporter;
import io.github.twimllint.core.report.SarifReporter;
import io.github.twimllint.core.report.TextReporter;
import java.util.Locale;
import java.util.function.Supplier;

/** The report formats of linter-core that the plugin can write, with the file name each gets. */
enum OutputFormat {
    TEXT("twiml-lint.txt", TextReporter::new),
    SARIF("twiml-lint.sarif", SarifReporter::new);

    final String fileName;
    private final Supplier<Reporter> reporter;

    OutputFormat(String fileName, Supplier<Reporter> reporter) {
        this.fileName = fileName;
        this.reporter = reporter;
    }

    Reporter reporter() {
        return reporter.get();
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static OutputFormat parse(String name) {
        for (OutputFormat f : values()) {
            if (f.label().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown output format '" + name + "' (expected "
                + String.join(", ", labels()) + ")");
    }

    static String[] labels() {
        OutputFormat[] all = values();
        String[] out = new String[all.length];
        for (int i = 0; i < all.length; i++) {
            out[i] = all[i].label();
        }
        return out;
    }
}
