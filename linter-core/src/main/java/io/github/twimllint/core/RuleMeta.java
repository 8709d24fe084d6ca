package io.github.twimllint.core;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a rule is, declared beside its logic: the stable id from the rule catalogue, the default
 * level, a one-line summary, the Twilio runtime codes it prevents, the ids of the documented
 * TwiML constraints it enforces (the C-numbers of the constraint list; the coverage table in the
 * documentation is built from them), and the options it reads ({@link RuleContext#options()}).
 * The longer help (why, a bad and a fixed example, options) is the rule's page
 * {@code docs/rules/<id>.md} ({@link RuleDoc}); {@code help} given here overrides it and is
 * otherwise null. {@code fixable} says the rule's findings can carry a mechanical fix that
 * {@code --fix} applies.
 */
public record RuleMeta(String id, Severity defaultSeverity, String summary, String help,
                       List<String> twilioCodes, List<String> tags, List<String> constraints,
                       List<Option> options, boolean fixable) {

    // Compiled once: every run builds every rule's metadata at start-up, and String.matches
    // compiled these again for each rule (about a tenth of a small run's Java time).
    private static final Pattern CONSTRAINT_ID = Pattern.compile("C[0-9]{3}");
    private static final Pattern RULE_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /**
     * An option a rule reads from {@code "rules": {"<id>": {"options": {"<name>": ...}}}}; the
     * configuration is checked against it (name and type) before the run starts.
     */
    public record Option(String name, Type type, String description) {
        /** The JSON types options can have. */
        public enum Type {
            /** An array of strings. */
            STRING_LIST
        }
    }

    /** The form without the fixable flag (not fixable), kept for callers written before it existed. */
    public RuleMeta(String id, Severity defaultSeverity, String summary, String help,
                    List<String> twilioCodes, List<String> tags, List<String> constraints,
                    List<Option> options) {
        this(id, defaultSeverity, summary, help, twilioCodes, tags, constraints, options, false);
    }

    /** The form without options, kept for callers written before they existed. */
    public RuleMeta(String id, Severity defaultSeverity, String summary, String help,
                    List<String> twilioCodes, List<String> tags, List<String> constraints) {
        this(id, defaultSeverity, summary, help, twilioCodes, tags, constraints, List.of());
    }

    /** The form without constraint ids or options, kept for callers written before they existed. */
    public RuleMeta(String id, Severity defaultSeverity, String summary, String help,
                    List<String> twilioCodes, List<String> tags) {
        this(id, defaultSeverity, summary, help, twilioCodes, tags, List.of());
    }

    public RuleMeta {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(summary, "summary");
        twilioCodes = List.copyOf(twilioCodes == null ? List.of() : twilioCodes);
        tags = List.copyOf(tags == null ? List.of() : tags);
        constraints = List.copyOf(constraints == null ? List.of() : constraints);
        for (String c : constraints) {
            if (!CONSTRAINT_ID.matcher(c).matches()) {
                throw new IllegalArgumentException("constraint id must look like C123: " + c);
            }
        }
        options = List.copyOf(options == null ? List.of() : options);
        if (!RULE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id must be kebab-case: " + id);
        }
    }

    /** The help as plain text: the explicit help, else the rule's page, else the summary. */
    @Override
    public String help() {
        if (help != null) {
            return help;
        }
        return RuleHelp.text(id).orElse(summary);
    }

    /** The help as Markdown: the explicit help as written, else the rule's page, else the summary. */
    public String helpMarkdown() {
        if (help != null) {
            return help;
        }
        return RuleHelp.markdown(id).orElse(summary);
    }

    /** Where the rule's page is published. */
    public String helpUri() {
        return RuleHelp.url(id);
    }

    public static Builder of(String id, Severity defaultSeverity, String summary) {
        return new Builder(id, defaultSeverity, summary);
    }

    /** Small builder so rule classes read as declarations. */
    public static final class Builder {
        private final String id;
        private final Severity severity;
        private final String summary;
        private String help;
        private List<String> codes = List.of();
        private List<String> tags = List.of();
        private List<String> constraints = List.of();
        private final List<Option> options = new java.util.ArrayList<>();
        private boolean fixable;

        private Builder(String id, Severity severity, String summary) {
            this.id = id;
            this.severity = severity;
            this.summary = summary;
        }

        /** Overrides the help read from the rule's page (e.g. a third-party rule without one). */
        public Builder help(String text) {
            this.help = text;
            return this;
        }

        public Builder twilioCodes(String... codes) {
            this.codes = List.of(codes);
            return this;
        }

        public Builder tags(String... tags) {
            this.tags = List.of(tags);
            return this;
        }

        /** The constraint ids (C-numbers) this rule enforces, wholly or in part. */
        public Builder constraints(String... ids) {
            this.constraints = List.of(ids);
            return this;
        }

        /** Declares an option the rule reads. */
        public Builder option(String name, Option.Type type, String description) {
            options.add(new Option(name, type, description));
            return this;
        }

        /** Declares that the rule's findings can carry a mechanical fix. */
        public Builder fixable() {
            this.fixable = true;
            return this;
        }

        public RuleMeta build() {
            return new RuleMeta(id, severity, summary, help, codes, tags, constraints, options, fixable);
        }
    }
}
