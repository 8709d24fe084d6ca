package io.github.twimllint.cli;

import io.github.twimllint.core.CoreRules;
import io.github.twimllint.core.Names;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.RuleSet;
import io.github.twimllint.core.Severity;
import java.io.PrintWriter;

/** {@code --list-rules} and {@code --explain RULE}: the rules' own metadata, nothing else. */
final class RulesHelp {
    private RulesHelp() {
    }

    /**
     * Every rule: id, default level, the level it runs at under the configuration and the options
     * ({@code levels}: the rules they set), and its summary; as a table or, with {@code json}, an
     * array of {id, defaultLevel, level, fixable, summary, helpUri}.
     */
    static void list(RuleSet rules, java.util.Map<String, Severity> levels, boolean json, PrintWriter out) {
        if (json) {
            com.fasterxml.jackson.databind.node.ArrayNode all =
                    com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
            for (RuleMeta m : rules.allMeta()) {
                all.addObject().put("id", m.id()).put("defaultLevel", m.defaultSeverity().label())
                        .put("level", levels.getOrDefault(m.id(), m.defaultSeverity()).label())
                        .put("fixable", m.fixable()).put("summary", summary(m)).put("helpUri", m.helpUri());
            }
            out.println(all.toPrettyString());
            out.flush();
            return;
        }
        int width = 2;
        for (RuleMeta m : rules.allMeta()) {
            width = Math.max(width, m.id().length());
        }
        String row = "%-" + width + "s  %-8s  %-8s  %s";
        out.println(String.format(row, "RULE", "DEFAULT", "LEVEL", "SUMMARY"));
        for (RuleMeta m : rules.allMeta()) {
            out.println(String.format(row, m.id(), m.defaultSeverity().label(),
                    levels.getOrDefault(m.id(), m.defaultSeverity()).label(), summary(m)));
        }
        out.flush();
    }

    private static String summary(RuleMeta m) {
        if (m.id().equals(CoreRules.UNUSED_SUPPRESSION.id())) {
            return m.summary() + " (with --report-unused-suppressions)";
        }
        return m.summary();
    }

    static void explain(RuleSet rules, String id, PrintWriter out) throws UsageException {
        RuleMeta m = rules.meta(id);
        if (m == null) {
            throw new UsageException("--explain " + id + ": unknown rule id" + Names.suggestion(id, rules.ids())
                    + "; 'twiml-lint --list-rules' lists them");
        }
        out.println(m.id() + " (default: " + m.defaultSeverity().label() + ")");
        out.println();
        out.println(m.summary());
        out.println();
        out.println(m.help());
        if (!m.twilioCodes().isEmpty()) {
            out.println();
            out.println("Twilio error codes: " + String.join(", ", m.twilioCodes()));
        }
        if (!m.tags().isEmpty()) {
            out.println("Tags: " + String.join(", ", m.tags()));
        }
        out.println("Documentation: " + m.helpUri());
        out.println();
        out.println("Suppress it in a document with <!-- twiml-lint-disable-next-line " + m.id() + ": reason -->");
        out.flush();
    }
}
