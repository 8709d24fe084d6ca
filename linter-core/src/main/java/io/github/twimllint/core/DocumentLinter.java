package io.github.twimllint.core;

import io.github.twimllint.core.parse.XmlParser;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Lints one document: runs the {@link XmlParser} over it and dispatches each event to every
 * enabled rule (each through its own {@link RuleContext}), to the facts the project phase reads,
 * and to the suppression comments. Decides the document's kind once for all rules. Never throws
 * for bad input: a broken document is an {@code xml-syntax} finding, an unreadable file a read
 * error, a rule that throws an internal error with the findings made before it.
 */
final class DocumentLinter implements XmlParser.Handler {

    /** A rule enabled for a run, with its level and options, and how each document gets an instance. */
    record Slot(Supplier<? extends Rule> factory, RuleMeta meta, Severity level, Map<String, Object> options) {
        Slot(Rule rule, RuleMeta meta, Severity level) {
            this(() -> rule, meta, level, Map.of());
        }
    }

    /**
     * What stays the same from one document to the next under one set of levels and options: the
     * enabled rules, the instance each document uses (or how to make one) and which events each
     * rule has a handler for. Built once per run and settings and shared by the workers, so a
     * document's set-up is making its contexts (and instances of the rules with state).
     */
    static final class Plan {
        static final Plan NONE = new Plan(List.of(), Severity.OFF);

        private final Slot[] slots;
        /** Per slot: the one instance every document uses (a rule without state), else null. */
        private final Rule[] shared;
        /** Per slot: whether a thread keeps its instance from one document to the next ({@link Rule#reusable()}). */
        private final boolean[] perThread;
        private final ThreadLocal<Rule[]> threadInstances;
        private final int[] startDocuments;
        private final int[] starts;
        private final int[] ends;
        private final int[] comments;
        private final int[] endDocuments;
        private final int[] endInputs;
        /**
         * Per element name that some rule lists in {@link Rule#elements()}: the start and end handlers
         * to call for it; null when no rule lists any (then {@link #starts} and {@link #ends} serve all).
         */
        private final Map<String, int[][]> byName;
        private final int[] startsUnlisted;
        private final int[] endsUnlisted;
        final Severity syntaxLevel;

        Plan(List<Slot> slots, Severity syntaxLevel) {
            this.slots = slots.toArray(new Slot[0]);
            this.syntaxLevel = syntaxLevel;
            int n = this.slots.length;
            shared = new Rule[n];
            perThread = new boolean[n];
            int[] events = new int[n];
            List<java.util.Set<String>> elements = new java.util.ArrayList<>(n);
            boolean anyPerThread = false;
            for (int i = 0; i < n; i++) {
                Rule probe = this.slots[i].factory().get();
                java.util.Set<String> names = probe.elements();
                elements.add(names == null ? null : java.util.Set.copyOf(names));
                if (stateless(probe.getClass())) {
                    shared[i] = probe;
                } else if (probe.reusable()) {
                    perThread[i] = true;
                    anyPerThread = true;
                }
                events[i] = EVENTS.get(probe.getClass()) | (perThread[i] ? START_DOCUMENT : 0);
            }
            threadInstances = anyPerThread ? ThreadLocal.withInitial(() -> new Rule[n]) : null;
            startDocuments = handling(events, START_DOCUMENT);
            starts = handling(events, START);
            ends = handling(events, END);
            comments = handling(events, COMMENT);
            endDocuments = handling(events, END_DOCUMENT);
            endInputs = handling(events, END_INPUT);
            byName = byName(starts, ends, elements);
            startsUnlisted = taking(starts, elements, null);
            endsUnlisted = taking(ends, elements, null);
        }

        /** The handlers of each listed name: the rules that list it and those that take every element. */
        private static Map<String, int[][]> byName(int[] starts, int[] ends, List<java.util.Set<String>> elements) {
            java.util.Set<String> listed = new java.util.HashSet<>();
            for (java.util.Set<String> names : elements) {
                if (names != null) {
                    listed.addAll(names);
                }
            }
            if (listed.isEmpty()) {
                return null;
            }
            Map<String, int[][]> table = new java.util.HashMap<>();
            for (String name : listed) {
                table.put(name, new int[][] {taking(starts, elements, name), taking(ends, elements, name)});
            }
            return table;
        }

        /** The slots of {@code handlers} whose rules take an element of that name (null: a name no rule lists). */
        private static int[] taking(int[] handlers, List<java.util.Set<String>> elements, String name) {
            return java.util.Arrays.stream(handlers)
                    .filter(i -> elements.get(i) == null || name != null && elements.get(i).contains(name))
                    .toArray();
        }

        /** The slots whose {@link Rule#startElement} an element of that name goes to. */
        int[] startsFor(String name) {
            if (byName == null) {
                return starts;
            }
            int[][] named = byName.get(name);
            return named == null ? startsUnlisted : named[0];
        }

        /** The slots whose {@link Rule#endElement} an element of that name goes to. */
        int[] endsFor(String name) {
            if (byName == null) {
                return ends;
            }
            int[][] named = byName.get(name);
            return named == null ? endsUnlisted : named[1];
        }

        /** The instance of slot {@code i} for the next document in this thread. */
        private Rule instance(int i, Rule[] mine) {
            if (shared[i] != null) {
                return shared[i];
            }
            if (!perThread[i]) {
                return slots[i].factory().get();
            }
            Rule r = mine[i];
            if (r == null) {
                r = slots[i].factory().get();
                mine[i] = r;
            }
            return r;
        }

        /** The slots whose rules handle the event, in slot order. */
        private static int[] handling(int[] events, int event) {
            int n = 0;
            for (int e : events) {
                if ((e & event) != 0) {
                    n++;
                }
            }
            int[] some = new int[n];
            n = 0;
            for (int i = 0; i < events.length; i++) {
                if ((events[i] & event) != 0) {
                    some[n++] = i;
                }
            }
            return some;
        }
    }

    /**
     * True when instances of the class hold nothing (no instance field in it or a superclass): one
     * instance then behaves exactly like a fresh one for every document, in any thread.
     */
    static boolean stateless(Class<?> type) {
        return STATELESS.get(type);
    }

    private static final ClassValue<Boolean> STATELESS = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                    if (!java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                        return false;
                    }
                }
            }
            return true;
        }
    };

    private final Source source;
    private final Context[] contexts;
    // Which contexts each event goes to (a rule that keeps Rule's empty default is not called).
    private final Plan plan;
    private final Severity syntaxLevel;
    private final boolean templates;
    private final Dialect dialect;
    private final DocumentKind kind;
    private final Suppressions suppressions;
    private final Findings.Builder findings = Findings.builder();
    private final ArrayDeque<Element> stack = new ArrayDeque<>();
    private final FactsCollector facts;
    private boolean notWellFormed;
    private XmlParser parser;

    DocumentLinter(Source source, Plan plan, boolean templates, Dialect dialect, String documentKind,
                   Suppressions suppressions) {
        this.source = source;
        Rule[] mine = plan.threadInstances == null ? null : plan.threadInstances.get();
        this.contexts = new Context[plan.slots.length];
        for (int i = 0; i < contexts.length; i++) {
            contexts[i] = new Context(plan.instance(i, mine), plan.slots[i]);
        }
        this.plan = plan;
        this.syntaxLevel = plan.syntaxLevel;
        this.templates = templates;
        this.dialect = dialect;
        this.kind = new DocumentKind(dialect, documentKind);
        this.suppressions = suppressions;
        this.facts = new FactsCollector(dialect);
    }

    private static final int START = 1;
    private static final int END = 2;
    private static final int COMMENT = 4;
    private static final int START_DOCUMENT = 8;
    private static final int END_DOCUMENT = 16;
    private static final int END_INPUT = 32;

    /** Per rule class, the events it has its own handler for (one bit each, as {@link #START}). */
    private static final ClassValue<Integer> EVENTS = new ClassValue<>() {
        @Override
        protected Integer computeValue(Class<?> type) {
            return (overrides(type, "startElement", Element.class, RuleContext.class) ? START : 0)
                    | (overrides(type, "endElement", Element.class, RuleContext.class) ? END : 0)
                    | (overrides(type, "comment", String.class, int.class, int.class, RuleContext.class) ? COMMENT : 0)
                    | (overrides(type, "startDocument", RuleContext.class) ? START_DOCUMENT : 0)
                    | (overrides(type, "endDocument", RuleContext.class) ? END_DOCUMENT : 0)
                    | (overrides(type, "endInput", RuleContext.class) ? END_INPUT : 0);
        }
    };

    private static boolean overrides(Class<?> type, String method, Class<?>... parameters) {
        try {
            return type.getMethod(method, parameters).getDeclaringClass() != Rule.class;
        } catch (NoSuchMethodException e) {
            return true;
        }
    }

    /**
     * What linting one document gave, its suppressions still to apply (after the project phase);
     * null when the document has no suppression comment (nothing is kept per file for them).
     */
    record Result(FileResult file, Suppressions suppressions) {
        /** The final result: project findings added, then suppressions applied. */
        FileResult finish(ProjectPhase.Findings project) {
            FileResult all = project.addTo(file);
            return suppressions == null ? all : suppressions.applyTo(all);
        }
    }

    Result run() {
        String internalError = null;
        XmlParser.Outcome outcome = null;
        try {
            for (int i : plan.startDocuments) {
                Context c = contexts[i];
                try {
                    c.rule.startDocument(c);
                } catch (RuntimeException | StackOverflowError e) {
                    throw new RuleFailure(c, e);
                }
            }
            parser = new XmlParser(source, templates, this);
            outcome = parser.parse();
            if (!outcome.skipped() && outcome.readError() == null) {
                for (int i : plan.endInputs) {
                    Context c = contexts[i];
                    try {
                        c.rule.endInput(c);
                    } catch (RuntimeException | StackOverflowError e) {
                        throw new RuleFailure(c, e);
                    }
                }
            }
        } catch (RuleFailure e) {
            internalError = "rule " + e.ruleId + " failed: " + e.getCause();
        } catch (RuntimeException | StackOverflowError e) {
            internalError = "the engine failed: " + e;
        }
        if (outcome != null && outcome.skipped()) {
            return new Result(FileResult.skipped(source.displayPath()), null);
        }
        if (outcome != null && outcome.readError() != null) {
            return new Result(FileResult.unreadable(source.displayPath(), outcome.readError()), null);
        }
        List<Finding> all = findings.build();
        if (notWellFormed) {
            // What rules saw (up to the mistake, and at the end of input) may be an effect of it:
            // the user fixes the syntax first and then sees the rest.
            Findings.Builder syntax = Findings.builder();
            for (Finding f : all) {
                if (f.ruleId().equals(CoreRules.XML_SYNTAX.id())) {
                    syntax.add(f);
                }
            }
            all = syntax.build();
        }
        if (internalError == null) {
            suppressions.documentRead(outcome.complete());
        }
        return new Result(new FileResult(source.displayPath(), all, false, null, internalError,
                facts.build(source, kind.kind())), suppressions.isEmpty() ? null : suppressions);
    }

    /** A rule threw: which one, for the internal error. */
    private static final class RuleFailure extends RuntimeException {
        final String ruleId;

        RuleFailure(Context c, Throwable cause) {
            super(cause);
            this.ruleId = c.meta.id();
        }
    }

    // --- parse events ---

    @Override
    public boolean startElement(String name, int line, int column, long offset, List<Attribute> attributes) {
        Element parent = stack.peek();
        if (parent == null && source.sniffRoot() && dialect.root() != null && !dialect.root().equals(name)) {
            return false;
        }
        if (suppressions.pending()) {
            suppressions.content(line);
        }
        int index = parent == null ? 1 : parent.registerChild(name);
        Element element = new Element(name, parent, line, column, offset, index, attributes);
        stack.push(element);
        if (parent != null && parent.parent() == null) {
            kind.topLevel(name);
        }
        facts.startElement(element);
        for (int i : plan.startsFor(name)) {
            Context c = contexts[i];
            try {
                c.rule.startElement(element, c);
            } catch (RuntimeException | StackOverflowError e) {
                throw new RuleFailure(c, e);
            }
        }
        return true;
    }

    @Override
    public void endElement(int line, int column, long offset) {
        if (suppressions.pending()) {
            suppressions.content(line);
        }
        Element element = stack.pop();
        element.endTag(line, column, offset);
        facts.endElement(element);
        for (int i : plan.endsFor(element.name())) {
            Context c = contexts[i];
            try {
                c.rule.endElement(element, c);
            } catch (RuntimeException | StackOverflowError e) {
                throw new RuleFailure(c, e);
            }
        }
    }

    @Override
    public void text(XmlParser.Text text) {
        Element element = stack.peek();
        boolean blank = text.isBlank();
        if (blank && !element.hasText()) {
            // Indentation between tags, most often: nothing to keep.
            element.skipLeadingBlank(text.length());
            return;
        }
        element.appendText(text.chars(), text.start(), text.length());
        if (blank) {
            return;
        }
        if (element.textLine() == 0 || suppressions.pending()) {
            int line = text.firstLine();
            if (element.textLine() == 0) {
                element.textStart(line, text.firstColumn(), text.firstOffset());
            }
            if (suppressions.pending()) {
                suppressions.content(line);
            }
        }
        element.textEnd(text.endLine(), text.endColumn());
    }

    @Override
    public void comment(String text, int line, int column, int endLine) {
        suppressions.comment(text, line, column, endLine);
        for (int i : plan.comments) {
            Context c = contexts[i];
            try {
                c.rule.comment(text, line, column, c);
            } catch (RuntimeException | StackOverflowError e) {
                throw new RuleFailure(c, e);
            }
        }
    }

    @Override
    public void syntaxProblem(int line, int column, String message) {
        syntax(line, column, syntaxLevel, message);
    }

    @Override
    public void notWellFormed(int line, int column, String message, boolean note, Fix fix) {
        notWellFormed = true;
        syntax(line, column, note ? Severity.NOTE : syntaxLevel, message, fix);
    }

    private void syntax(int line, int column, Severity level, String message) {
        syntax(line, column, level, message, null);
    }

    private void syntax(int line, int column, Severity level, String message, Fix fix) {
        if (syntaxLevel == Severity.OFF) {
            return;
        }
        Severity at = level.compareTo(syntaxLevel) < 0 ? level : syntaxLevel;
        findings.add(new Finding(CoreRules.XML_SYNTAX.id(), at, message, source.displayPath(),
                line, column, line, column + 1, "/", List.of(), null, fix));
    }

    @Override
    public void endDocument() {
        for (int i : plan.endDocuments) {
            Context c = contexts[i];
            try {
                c.rule.endDocument(c);
            } catch (RuntimeException | StackOverflowError e) {
                throw new RuleFailure(c, e);
            }
        }
    }

    /**
     * A rule may report some cases at another level than its default (a duplicated event is only a
     * warning). A user who lowers the rule's level lowers those too; otherwise the rule's choice holds.
     */
    static Severity level(Severity configured, Severity ruleDefault, Severity explicit) {
        if (explicit == null) {
            return configured;
        }
        if (configured.compareTo(ruleDefault) < 0) {
            return explicit.compareTo(configured) < 0 ? explicit : configured;
        }
        return explicit;
    }

    /** One rule's context for this document: its id, level and options are fixed. */
    private final class Context implements RuleContext {
        final Rule rule;
        final RuleMeta meta;
        final Severity level;
        final Map<String, Object> options;

        Context(Rule rule, Slot slot) {
            this.rule = rule;
            this.meta = slot.meta();
            this.level = slot.level();
            this.options = slot.options();
        }

        @Override
        public String path() {
            return source.displayPath();
        }

        @Override
        public String ruleId() {
            return meta.id();
        }

        @Override
        public Severity level() {
            return level;
        }

        @Override
        public Map<String, Object> options() {
            return options;
        }

        @Override
        public String documentKind() {
            return kind.kind();
        }

        @Override
        public boolean documentKindConfigured() {
            return kind.configured();
        }

        @Override
        public long documentBytes() {
            return parser == null ? 0 : parser.bytesRead();
        }

        @Override
        public void report(Attribute attribute, String message) {
            report(attribute, null, message);
        }

        @Override
        public void report(Attribute attribute, Severity severity, String message) {
            report(attribute.mark(), severity, message);
        }

        @Override
        public void report(Mark mark, String message) {
            report(mark, null, message);
        }

        @Override
        public void report(Mark mark, Severity severity, String message) {
            report(mark, severity, message, null);
        }

        @Override
        public void report(Mark mark, Severity severity, String message, Fix fix) {
            add(severity, message, mark.line(), mark.column(), mark.endLine(), mark.endColumn(), mark.anchor(),
                    meta.fixable() ? fix : null);
        }

        @Override
        public void report(Element element, String message) {
            report(element, null, message);
        }

        @Override
        public void report(Element element, Severity severity, String message) {
            report(element.mark(), severity, message);
        }

        @Override
        public void reportText(Element element, String message) {
            reportText(element, null, message);
        }

        @Override
        public void reportText(Element element, Severity severity, String message) {
            if (!element.hasText()) {
                report(element, severity, message);
                return;
            }
            add(severity, message, element.textLine(), element.textColumn(), element.textEndLine(),
                    element.textEndColumn(), element.path() + "/text()", null);
        }

        @Override
        public void report(int line, int column, String message) {
            Element top = stack.peek();
            add(null, message, line, column, line, column + 1, top == null ? "/" : top.path(), null);
        }

        private void add(Severity explicit, String message, int line, int column, int endLine, int endColumn,
                         String anchor, Fix fix) {
            Severity at = DocumentLinter.level(level, meta.defaultSeverity(), explicit);
            if (at == Severity.OFF) {
                return;
            }
            findings.add(new Finding(meta.id(), at, message, source.displayPath(), line, column,
                    endLine, endColumn, anchor, List.of(), null, fix));
        }
    }
}
