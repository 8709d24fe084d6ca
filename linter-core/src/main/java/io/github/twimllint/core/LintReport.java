package io.github.twimllint.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The result of one run, files in path order, findings in report order. */
public final class LintReport {
    private final List<FileResult> files;
    private final List<RuleMeta> rules;
    private final List<Finding> findings;
    private final List<Finding> suppressed;

    public LintReport(List<FileResult> files, List<RuleMeta> rules) {
        List<FileResult> sorted = new ArrayList<>(files);
        sorted.sort((a, b) -> a.path().compareTo(b.path()));
        this.files = Collections.unmodifiableList(sorted);
        this.rules = List.copyOf(rules);
        List<Finding> active = new ArrayList<>();
        List<Finding> quiet = new ArrayList<>();
        for (FileResult f : sorted) {
            for (Finding x : f.findings()) {
                (x.isSuppressed() ? quiet : active).add(x);
            }
        }
        active.sort(Finding.ORDER);
        quiet.sort(Finding.ORDER);
        this.findings = Collections.unmodifiableList(active);
        this.suppressed = Collections.unmodifiableList(quiet);
    }

    /** Every file considered, including skipped and unreadable ones. */
    public List<FileResult> files() {
        return files;
    }

    /** The rules that ran (enabled ones), in id order; xml-syntax included. */
    public List<RuleMeta> rules() {
        return rules;
    }

    /** Findings that count: not suppressed. These are printed and decide the exit code. */
    public List<Finding> findings() {
        return findings;
    }

    /** Suppressed findings, kept so SARIF can show them with a {@code suppressions} entry. */
    public List<Finding> suppressed() {
        return suppressed;
    }

    /** Files actually linted (not skipped, readable). */
    public int lintedCount() {
        int n = 0;
        for (FileResult f : files) {
            if (!f.skipped() && f.readError() == null) {
                n++;
            }
        }
        return n;
    }

    public List<FileResult> unreadable() {
        List<FileResult> out = new ArrayList<>();
        for (FileResult f : files) {
            if (f.readError() != null) {
                out.add(f);
            }
        }
        return out;
    }

    public int count(Severity severity) {
        int n = 0;
        for (Finding f : findings) {
            if (f.severity() == severity) {
                n++;
            }
        }
        return n;
    }

    /** True when some finding is at or above the level. */
    public boolean hasAtLeast(Severity level) {
        for (Finding f : findings) {
            if (f.severity().atLeast(level)) {
                return true;
            }
        }
        return false;
    }
}
