package io.github.twimllint.core.report;

import io.github.twimllint.core.RuleMeta;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's help text as Markdown for GitHub's alert view: prose paragraphs stay prose; lines that
 * start with a label such as {@code Bad:} or {@code Fixed:} become a label and an XML code block;
 * a link to the rule's documentation closes it.
 */
final class HelpMarkdown {
    /** {@code Bad:   <Say>...} : a short capitalised label, a colon, then the example. */
    private static final Pattern LABELLED = Pattern.compile("^([A-Z][A-Za-z ]{0,20}):\\s+(.*)$");

    private HelpMarkdown() {
    }

    static String of(RuleMeta rule, String url) {
        StringBuilder b = new StringBuilder();
        for (String paragraph : rule.help().split("\\n\\s*\\n")) {
            String p = paragraph.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                b.append("\n\n");
            }
            if (LABELLED.matcher(p.lines().findFirst().orElse("")).matches() && p.contains("<")) {
                examples(p, b);
            } else {
                b.append(p);
            }
        }
        b.append("\n\n[Documentation of `").append(rule.id()).append("`](").append(url).append(")");
        if (!rule.twilioCodes().isEmpty()) {
            b.append(" \u00b7 Twilio error ").append(String.join(", ", rule.twilioCodes()));
        }
        return b.toString();
    }

    private static void examples(String paragraph, StringBuilder b) {
        boolean open = false;
        for (String line : paragraph.split("\\n")) {
            Matcher m = LABELLED.matcher(line);
            if (m.matches()) {
                if (open) {
                    b.append("```\n\n");
                }
                b.append("**").append(m.group(1).strip()).append(":**\n\n```xml\n").append(m.group(2)).append('\n');
                open = true;
            } else if (open) {
                b.append(line).append('\n');
            } else {
                b.append(line).append("\n\n");
            }
        }
        if (open) {
            b.append("```");
        }
    }
}
