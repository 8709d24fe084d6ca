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
    // How references resolve in the run that made this report; the call flow is built from it
    // only when a report asks (null: the report was not made by a Linter).
    private final CallFlow.Resolver resolver;
    private CallFlow callFlow;

    public LintReport(List<FileResult> files, List<RuleMeta> rules) {
        this(files, rules, null);
    }

    LintReport(List<FileResult> files, List<RuleMeta> rules, CallFlow.Resolver resolver) {
        this.resolver = resolver;
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

    /** The same run's report over other results (a baseline applied, inputs added). */
    public LintReport withFiles(List<FileResult> newFiles) {
        return new LintReport(newFiles, rules, resolver);
    }

    /**
     * The call flow between the documents, with this report's findings on its nodes and edges.
     * Built on first use (it resolves every reference and may read documents that were not named).
     */
    public synchronized CallFlow callFlow() {
        if (callFlow == null) {
            callFlow = CallFlow.of(this, resolver);
        }
        return callFlow;
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
