package io.github.twimllint.core;

import java.util.List;
import java.util.Objects;

/**
 * What a rule is, declared beside its logic: the stable id from the rule catalogue, the default
 * level, a one-line summary and the Twilio runtime codes it prevents. The longer help (why, a bad
 * and a fixed example, options) is the rule's page {@code docs/rules/<id>.md} ({@link RuleDoc});
 * {@code help} given here overrides it and is otherwise null.
 */
public record RuleMeta(String id, Severity defaultSeverity, String summary, String help,
                       List<String> twilioCodes, List<String> tags) {

    public RuleMeta {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(summary, "summary");
        twilioCodes = List.copyOf(twilioCodes == null ? List.of() : twilioCodes);
        tags = List.copyOf(tags == null ? List.of() : tags);
        if (!id.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("rule id must be kebab-case: " + id);
        }
    }

    /** The help as plain text: the explicit help, else the rule's page, else the summary. */
    @Override
    public String help() {
        if (help != null) {
            return help;
        }
        return RuleDoc.find(id).map(RuleDoc::text).orElse(summary);
    }

    /** The help as Markdown: the explicit help as written, else the rule's page, else the summary. */
    public String helpMarkdown() {
        if (help != null) {
            return help;
        }
        return RuleDoc.find(id).map(RuleDoc::markdown).orElse(summary);
    }

    /** Where the rule's page is published. */
    public String helpUri() {
        return RuleDoc.url(id);
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

        public RuleMeta build() {
            return new RuleMeta(id, severity, summary, help, codes, tags);
        }
    }
}
