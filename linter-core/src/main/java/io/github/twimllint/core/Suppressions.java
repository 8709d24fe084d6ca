package io.github.twimllint.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * In-source suppressions of one document, read from its comments:
 * {@code <!-- twiml-lint-disable-next-line a, b: reason -->} (the next line holding something
 * other than a comment), {@code <!-- twiml-lint-disable a -->} ... {@code <!-- twiml-lint-enable -->}
 * and {@code <!-- twiml-lint-disable-file a -->}. No ids means every rule. Suppressed findings are
 * kept, marked, so SARIF can show them; comments that suppressed nothing, name an unknown rule or
 * misspell a directive become {@code unused-suppression} findings.
 */
final class Suppressions {
    private static final String PREFIX = "twiml-lint-";
    private static final String NEXT_LINE = "twiml-lint-disable-next-line";
    private static final String FILE = "twiml-lint-disable-file";
    private static final String DISABLE = "twiml-lint-disable";
    private static final String ENABLE = "twiml-lint-enable";
    private static final List<String> DIRECTIVES = List.of(NEXT_LINE, FILE, DISABLE, ENABLE);

    /** One comment's directive; {@code ids} empty means every rule. */
    private static final class Directive {
        final String keyword;
        final Set<String> ids;
        final String reason;
        final int line;
        final int column;
        final int endLine;
        /** next-line: the line it covers (0 while unknown); ranges: where it ends. */
        int targetLine;
        int untilLine = Integer.MAX_VALUE;
        int untilColumn = Integer.MAX_VALUE;
        final Set<String> used = new LinkedHashSet<>();
        boolean usedAny;

        Directive(String keyword, Set<String> ids, String reason, int line, int column, int endLine) {
            this.keyword = keyword;
            this.ids = ids;
            this.reason = reason;
            this.line = line;
            this.column = column;
            this.endLine = endLine;
        }

        boolean covers(String ruleId) {
            return ids.isEmpty() || ids.contains(ruleId);
        }

        boolean open() {
            return untilLine == Integer.MAX_VALUE;
        }
    }

    /** A problem with a comment itself (unknown id, unknown directive), reported as unused-suppression. */
    private record Problem(int line, int column, String message) {
    }

    private final RuleSet rules;
    private final boolean reportUnused;
    private final Severity level;
    private List<Directive> directives;
    private List<Directive> pending;
    private List<Problem> problems;
    /** Set when the document was read: whether all of it was, and whether its findings may be marked. */
    private boolean read;
    private boolean complete;

    /**
     * @param reportUnused whether comments that suppressed nothing are reported
     * @param level        the level of {@code unused-suppression} (OFF: never reported)
     */
    Suppressions(RuleSet rules, boolean reportUnused, Severity level) {
        this.rules = rules;
        this.reportUnused = reportUnused;
        this.level = level;
    }

    /** True when the document held no suppression comment at all: there is nothing to apply. */
    boolean isEmpty() {
        return directives == null && problems == null;
    }

    /** True while a next-line directive waits for the line it covers. */
    boolean pending() {
        return pending != null && !pending.isEmpty();
    }

    /** Content (not a comment) starts at this line: the next-line directives before it cover it. */
    void content(int line) {
        for (java.util.Iterator<Directive> it = pending.iterator(); it.hasNext(); ) {
            Directive d = it.next();
            if (line > d.endLine) {
                d.targetLine = line;
                it.remove();
            }
        }
    }

    /** A comment at (line, column): the position of its {@code <!--}; its {@code -->} is on {@code endLine}. */
    void comment(String text, int line, int column, int endLine) {
        // Most comments are not directives: one look at where the text starts, before any copy.
        int first = 0;
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        if (!text.startsWith(PREFIX, first)) {
            return;
        }
        String t = text.strip();
        String keyword = keyword(t);
        if (keyword == null) {
            int end = 0;
            while (end < t.length() && !Character.isWhitespace(t.charAt(end)) && t.charAt(end) != ':') {
                end++;
            }
            String word = t.substring(0, end);
            problem(line, column, "unknown suppression directive '" + word + "'"
                    + Names.suggestion(word, DIRECTIVES) + "; it suppresses nothing");
            return;
        }
        String rest = t.substring(keyword.length());
        String reason = null;
        int colon = rest.indexOf(':');
        if (colon >= 0) {
            reason = rest.substring(colon + 1).strip();
            if (reason.isEmpty()) {
                reason = null;
            }
            rest = rest.substring(0, colon);
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String id : rest.split("[,\\s]+")) {
            if (id.isEmpty()) {
                continue;
            }
            if (rules.contains(id)) {
                ids.add(id);
            } else {
                problem(line, column, "unknown rule id '" + id + "' in a suppression comment"
                        + Names.suggestion(id, rules.ids()) + "; it suppresses nothing");
            }
        }
        if (ids.isEmpty() && !rest.isBlank()) {
            return; // Only unknown ids: suppressing everything instead would hide real problems.
        }
        if (keyword.equals(ENABLE)) {
            close(ids, line, column);
            return;
        }
        Directive d = new Directive(keyword, ids, reason, line, column, endLine);
        if (directives == null) {
            directives = new ArrayList<>();
        }
        directives.add(d);
        if (keyword.equals(NEXT_LINE)) {
            if (pending == null) {
                pending = new ArrayList<>();
            }
            pending.add(d);
        }
    }

    private static String keyword(String t) {
        for (String k : DIRECTIVES) {
            if (t.startsWith(k) && (t.length() == k.length() || Character.isWhitespace(t.charAt(k.length()))
                    || t.charAt(k.length()) == ':')) {
                return k;
            }
        }
        return null;
    }

    /** {@code twiml-lint-enable [ids]} ends the open ranges of those ids (all when none are named). */
    private void close(Set<String> ids, int line, int column) {
        if (directives == null) {
            return;
        }
        for (Directive d : directives) {
            if (d.keyword.equals(DISABLE) && d.open() && (ids.isEmpty() || ids.containsAll(d.ids) && !d.ids.isEmpty())) {
                d.untilLine = line;
                d.untilColumn = column;
            }
        }
    }

    private void problem(int line, int column, String message) {
        if (problems == null) {
            problems = new ArrayList<>();
        }
        problems.add(new Problem(line, column, message));
    }

    /**
     * The document was read ({@code complete}: to its end). Marking waits until the project phase
     * has added its findings, so a comment can suppress a cross-document finding too.
     */
    void documentRead(boolean complete) {
        this.read = true;
        this.complete = complete;
    }

    /** The result with its findings marked and the unused-suppression findings added. */
    FileResult applyTo(FileResult result) {
        if (!read || result.internalError() != null) {
            return result;
        }
        Findings.Builder all = Findings.builder();
        apply(result.findings(), all, result.path(), complete);
        return new FileResult(result.path(), all.build(), result.skipped(), result.readError(),
                result.internalError(), result.facts());
    }

    /**
     * Copies the findings to {@code findings}, the suppressed ones marked, and adds the
     * unused-suppression findings.
     *
     * @param complete whether the whole document was read (unused ones are only known then)
     */
    void apply(Iterable<Finding> in, Findings.Builder findings, String path, boolean complete) {
        if (directives != null) {
            for (Directive d : directives) {
                if (d.keyword.equals(NEXT_LINE) && d.targetLine == 0) {
                    d.targetLine = d.endLine + 1; // Nothing followed (or the parse stopped): the next line.
                }
            }
        }
        for (Finding f : in) {
            Directive d = directives == null || f.isSuppressed() ? null : match(f);
            if (d != null) {
                if (d.ids.isEmpty()) {
                    d.usedAny = true;
                } else {
                    d.used.add(f.ruleId());
                }
                f = f.suppressed(new Finding.Suppression(Finding.Suppression.Kind.IN_SOURCE, d.reason));
            }
            findings.add(f);
        }
        if (level == Severity.OFF) {
            return;
        }
        if (problems != null) {
            for (Problem p : problems) {
                add(findings, path, p.line(), p.column(), p.message());
            }
        }
        if (!reportUnused || !complete || directives == null) {
            return;
        }
        for (Directive d : directives) {
            if (d.ids.isEmpty()) {
                if (!d.usedAny) {
                    add(findings, path, d.line, d.column, "this " + d.keyword + " comment suppressed nothing");
                }
            } else {
                for (String id : d.ids) {
                    if (!d.used.contains(id)) {
                        add(findings, path, d.line, d.column, "this " + d.keyword + " comment suppressed no '"
                                + id + "' finding");
                    }
                }
            }
        }
    }

    private void add(Findings.Builder findings, String path, int line, int column, String message) {
        findings.add(new Finding(CoreRules.UNUSED_SUPPRESSION.id(), level, message, path, line, column,
                line, column + 4, "/comment()", List.of()));
    }

    /** The first directive that covers the finding: next-line, then ranges, then file-wide. */
    private Directive match(Finding f) {
        if (CoreRules.UNUSED_SUPPRESSION.id().equals(f.ruleId())) {
            return null;
        }
        Directive range = null;
        Directive file = null;
        for (Directive d : directives) {
            if (!d.covers(f.ruleId())) {
                continue;
            }
            switch (d.keyword) {
                case NEXT_LINE:
                    if (f.line() == d.targetLine) {
                        return d;
                    }
                    break;
                case DISABLE:
                    if (range == null && after(f, d.line, d.column) && !after(f, d.untilLine, d.untilColumn)) {
                        range = d;
                    }
                    break;
                default:
                    if (file == null) {
                        file = d;
                    }
                    break;
            }
        }
        return range != null ? range : file;
    }

    private static boolean after(Finding f, int line, int column) {
        return f.line() > line || (f.line() == line && f.column() > column);
    }
}
