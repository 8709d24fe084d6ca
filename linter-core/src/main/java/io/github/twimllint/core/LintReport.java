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
        // Each file's findings are in report order and files are in path order, so the findings
        // of the whole run are the files' findings one after the other: views over them, not a
        // copy (a file's findings may be in a temporary file). Should a file break that (two
        // results with one path, a finding on another path), the findings are copied and sorted.
        int active = 0;
        int quiet = 0;
        boolean ordered = true;
        String previous = null;
        for (FileResult f : sorted) {
            ordered &= previous == null || !previous.equals(f.path());
            previous = f.path();
            Finding last = null;
            for (Finding x : f.findings()) {
                ordered &= x.path().equals(f.path()) && (last == null || Finding.ORDER.compare(last, x) <= 0);
                last = x;
                if (x.isSuppressed()) {
                    quiet++;
                } else {
                    active++;
                }
            }
        }
        if (ordered) {
            this.findings = new View(this.files, false, active);
            this.suppressed = new View(this.files, true, quiet);
        } else {
            this.findings = copy(sorted, false);
            this.suppressed = copy(sorted, true);
        }
    }

    private static List<Finding> copy(List<FileResult> files, boolean suppressed) {
        List<Finding> out = new ArrayList<>();
        for (FileResult f : files) {
            for (Finding x : f.findings()) {
                if (x.isSuppressed() == suppressed) {
                    out.add(x);
                }
            }
        }
        out.sort(Finding.ORDER);
        return Collections.unmodifiableList(out);
    }

    /**
     * The active or the suppressed findings of the files, one file after the other. Read it in
     * order (iterate): {@code get(i)} works but walks from the start.
     */
    private static final class View extends java.util.AbstractList<Finding> {
        private final List<FileResult> files;
        private final boolean suppressed;
        private final int size;

        View(List<FileResult> files, boolean suppressed, int size) {
            this.files = files;
            this.suppressed = suppressed;
            this.size = size;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Finding get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException(index);
            }
            java.util.Iterator<Finding> it = iterator();
            for (int i = 0; i < index; i++) {
                it.next();
            }
            return it.next();
        }

        @Override
        public java.util.Iterator<Finding> iterator() {
            return new java.util.Iterator<>() {
                private int file;
                private java.util.Iterator<Finding> current = java.util.Collections.emptyIterator();
                private Finding next = advance();

                private Finding advance() {
                    while (true) {
                        while (current.hasNext()) {
                            Finding f = current.next();
                            if (f.isSuppressed() == suppressed) {
                                return f;
                            }
                        }
                        if (file >= files.size()) {
                            return null;
                        }
                        current = files.get(file++).findings().iterator();
                    }
                }

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public Finding next() {
                    if (next == null) {
                        throw new java.util.NoSuchElementException();
                    }
                    Finding f = next;
                    next = advance();
                    return f;
                }
            };
        }
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
