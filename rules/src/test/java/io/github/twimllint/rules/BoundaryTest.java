package io.github.twimllint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twimllint.core.Finding;
import io.github.twimllint.core.Fixtures;
import io.github.twimllint.core.Linter;
import io.github.twimllint.core.RuleSet;
import io.github.twimllint.rules.vocabulary.DocumentKind;
import io.github.twimllint.rules.vocabulary.ElementInfo;
import io.github.twimllint.rules.vocabulary.Vocabulary;
import io.github.twimllint.rules.vocabulary.model.AttributeSpec;
import io.github.twimllint.rules.vocabulary.model.ContextSpec;
import io.github.twimllint.rules.vocabulary.model.ElementSpec;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every length, count and range limit, generated from the data that defines it: each {@code min},
 * {@code max}, {@code maxLength}, {@code maxItems}, {@code maxItemLength} of an attribute and each
 * {@code maxTextLength} of an element in the vocabulary, and the counts and lengths the rules keep
 * as constants. For each, a document with the value at the limit must be clean, and the same
 * document with the value one past it (one over a maximum, one under a minimum) must give exactly
 * one more finding: of the expected rule, at the value (attribute: its first character; text: its
 * first non-blank character; a count: the first element past it).
 *
 * <p>The documents are built from the vocabulary too: the element is reached from {@code <Response>}
 * through allowed parents, and every element on the way gets what it needs to be valid (required
 * attributes, content), so any finding at the limit is a finding about the limit.
 */
class BoundaryTest {
    private static final Vocabulary VOCAB = Vocabulary.get();
    private static final Linter LINTER = Linter.builder(RuleSet.discover()).jobs(1).build();
    private static final String INDENT = "  ";

    /** A limit: the document at it, the document past it, where the finding must be and whose it is. */
    record Case(String name, String atLimit, String pastLimit, String position, String ruleId) {
    }

    @TestFactory
    Stream<DynamicTest> everyLimit() {
        List<Case> cases = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            for (ElementInfo info : VOCAB.elements(kind).values()) {
                attributeCases(kind, info, null, info.spec().getAttributes(), cases);
                for (ContextSpec c : info.spec().getContexts()) {
                    attributeCases(kind, info, c.getParent(), c.getAttributes(), cases);
                }
                Integer maxText = info.spec().getMaxTextLength();
                if (maxText != null) {
                    cases.add(textCase(kind, info, maxText));
                }
            }
        }
        cases.addAll(ruleConstantCases());
        assertThat(cases).as("limits found in the vocabulary").hasSizeGreaterThan(40)
                .anyMatch(c -> c.name().startsWith("voice <Dial callReason> maxLength 50"));
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    private static void check(Case c) {
        List<Finding> at = Fixtures.reported(LINTER, "limit.xml", c.atLimit());
        assertThat(at).as("findings at the limit, on:%n%s", c.atLimit()).isEmpty();
        List<Finding> past = Fixtures.reported(LINTER, "limit.xml", c.pastLimit());
        assertThat(past.stream().map(f -> f.line() + ":" + f.column() + " " + f.ruleId()).collect(Collectors.toList()))
                .as("findings one past the limit (all: %s), on:%n%s", past, c.pastLimit())
                .containsExactly(c.position() + " " + c.ruleId());
    }

    // ---- attributes ----

    private static void attributeCases(DocumentKind kind, ElementInfo info, String parent, List<AttributeSpec> attrs,
            List<Case> cases) {
        for (AttributeSpec a : attrs) {
            String where = kind.id() + " <" + info.name() + " " + a.getName() + ">"
                    + (parent == null ? "" : " in <" + parent + ">");
            if (a.getMax() != null) {
                cases.add(attributeCase(kind, info, parent, a, where + " max " + number(a.getMax()),
                        number(a.getMax()), beyond(a, a.getMax(), 1)));
            }
            if (a.getMin() != null) {
                cases.add(attributeCase(kind, info, parent, a, where + " min " + number(a.getMin()),
                        number(a.getMin()), beyond(a, a.getMin(), -1)));
            }
            if (a.getMaxLength() != null) {
                cases.add(attributeCase(kind, info, parent, a, where + " maxLength " + a.getMaxLength(),
                        "a".repeat(a.getMaxLength()), "a".repeat(a.getMaxLength() + 1)));
            }
            if (a.getMinLength() != null && a.getMinLength() > 0) {
                cases.add(attributeCase(kind, info, parent, a, where + " minLength " + a.getMinLength(),
                        "a".repeat(a.getMinLength()), "a".repeat(a.getMinLength() - 1)));
            }
            String sep = a.getSeparator() == AttributeSpec.Separator.COMMA ? "," : " ";
            if (a.getMaxItems() != null) {
                cases.add(attributeCase(kind, info, parent, a, where + " maxItems " + a.getMaxItems(),
                        String.join(sep, Collections.nCopies(a.getMaxItems(), "a")),
                        String.join(sep, Collections.nCopies(a.getMaxItems() + 1, "a"))));
            }
            if (a.getMaxItemLength() != null) {
                cases.add(attributeCase(kind, info, parent, a, where + " maxItemLength " + a.getMaxItemLength(),
                        "a" + sep + "b".repeat(a.getMaxItemLength()), "a" + sep + "b".repeat(a.getMaxItemLength() + 1)));
            }
        }
    }

    /** One step past a bound: 1 for integers, 0.01 for decimals (a cent is the smallest step of an amount). */
    private static String beyond(AttributeSpec a, double bound, int direction) {
        if (a.getType() == AttributeSpec.Type.DECIMAL) {
            return new java.math.BigDecimal(number(bound)).add(new java.math.BigDecimal("0.01")
                    .multiply(java.math.BigDecimal.valueOf(direction))).toPlainString();
        }
        return number(bound + direction);
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static Case attributeCase(DocumentKind kind, ElementInfo info, String parent, AttributeSpec a, String name,
            String at, String past) {
        Doc d = Doc.around(kind, info.name(), parent);
        String open = d.openTag(a.getName());
        int column = d.indentOf() + open.length() + (" " + a.getName() + "=\"").length() + 1;
        return new Case(name, d.render(a.getName(), at), d.render(a.getName(), past), d.targetLine() + ":" + column,
                "invalid-attribute-value");
    }

    // ---- element text ----

    private static Case textCase(DocumentKind kind, ElementInfo info, int max) {
        Doc d = Doc.around(kind, info.name(), null);
        int column = d.indentOf() + d.openTag(null).length() + 1 + 1;
        return new Case(kind.id() + " <" + info.name() + "> maxTextLength " + max,
                d.renderText("q".repeat(max)), d.renderText("q".repeat(max + 1)), d.targetLine() + ":" + column,
                "text-length");
    }

    // ---- limits the rules keep as constants ----

    private static List<Case> ruleConstantCases() {
        List<Case> cases = new ArrayList<>();
        int nouns = DialNounLimitRule.LIMIT;
        cases.add(new Case("voice <Dial> nouns " + nouns, dial(nouns), dial(nouns + 1), (nouns + 3) + ":5",
                "dial-noun-limit"));
        int messages = MessageLimitRule.MAX_MESSAGES;
        // Four lines per message (<Message>, <Body>, <Media>, </Message>): the first one too many starts here.
        cases.add(new Case("messaging <Message> count " + messages, messages(messages, 1, "hi"),
                messages(messages + 1, 1, "hi"), (2 + 4 * messages) + ":3", "message-limit"));
        int media = MessageLimitRule.MAX_MEDIA;
        cases.add(new Case("messaging <Media> count " + media, messages(1, media, "hi"), messages(1, media + 1, "hi"),
                (media + 4) + ":5", "message-limit"));
        int body = MessageLimitRule.MAX_BODY;
        cases.add(new Case("messaging <Body> length " + body, messages(1, 0, "b".repeat(body)),
                messages(1, 0, "b".repeat(body + 1)), "2:3", "message-limit")); // at the <Message>
        int identity = ClientIdentities.MAX_LENGTH;
        cases.add(new Case("voice <Client> identity length " + identity, client("c".repeat(identity)),
                client("c".repeat(identity + 1)), "3:13", "client-identifier"));
        cases.add(say("", SayLengthRule.BASIC));
        cases.add(say(" voice=\"Polly.Joanna\"", SayLengthRule.POLLY));
        cases.add(say(" voice=\"Google.en-US-Standard-C\"", SayLengthRule.GOOGLE));
        return cases;
    }

    private static String dial(int numbers) {
        StringBuilder b = new StringBuilder("<Response>\n  <Dial>\n");
        for (int i = 0; i < numbers; i++) {
            b.append("    <Number>+1415555").append(String.format("%04d", i)).append("</Number>\n");
        }
        return b.append("  </Dial>\n</Response>\n").toString();
    }

    private static String messages(int count, int media, String body) {
        StringBuilder b = new StringBuilder("<Response>\n");
        for (int i = 0; i < count; i++) {
            b.append("  <Message>\n    <Body>").append(body).append("</Body>\n");
            for (int m = 0; m < media; m++) {
                b.append("    <Media>https://example.com/m").append(m).append(".jpg</Media>\n");
            }
            b.append("  </Message>\n");
        }
        return b.append("</Response>\n").toString();
    }

    private static String client(String identity) {
        return "<Response>\n  <Dial>\n    <Client>" + identity + "</Client>\n  </Dial>\n</Response>\n";
    }

    private static Case say(String voice, int max) {
        String open = "  <Say" + voice + ">";
        return new Case("voice <Say" + voice + "> length " + max,
                "<Response>\n" + open + "s".repeat(max) + "</Say>\n</Response>\n",
                "<Response>\n" + open + "s".repeat(max + 1) + "</Say>\n</Response>\n",
                "2:" + (open.length() + 1), "say-length");
    }

    // ---- documents built from the vocabulary ----

    /**
     * A document that holds the target element on a line of its own, reached from the root through
     * allowed parents (the last one {@code parent} when given); every element gets its required
     * attributes and content.
     */
    private static final class Doc {
        private final DocumentKind kind;
        private final List<String> path;

        private Doc(DocumentKind kind, List<String> path) {
            this.kind = kind;
            this.path = path;
        }

        static Doc around(DocumentKind kind, String target, String parent) {
            List<String> path = pathTo(kind, target, parent);
            assertThat(path).as("a way from <Response> to <%s> in %s (parent %s)", target, kind.id(), parent).isNotNull();
            return new Doc(kind, path);
        }

        /** Shortest chain of element names from a top-level element to target (breadth first over children). */
        private static List<String> pathTo(DocumentKind kind, String target, String parent) {
            Map<String, String> cameFrom = new HashMap<>();
            Deque<String> queue = new ArrayDeque<>();
            for (String name : VOCAB.elements(kind).keySet()) {
                if (VOCAB.acceptsAtTop(kind, name)) {
                    cameFrom.put(name, null);
                    queue.add(name);
                }
            }
            String goal = parent == null ? target : parent;
            while (!queue.isEmpty()) {
                String n = queue.poll();
                if (n.equals(goal)) {
                    List<String> path = new ArrayList<>();
                    for (String p = n; p != null; p = cameFrom.get(p)) {
                        path.add(0, p);
                    }
                    if (parent != null) {
                        path.add(target);
                    }
                    return path;
                }
                ElementInfo info = VOCAB.find(kind, n);
                for (String child : info.children()) {
                    if (!cameFrom.containsKey(child) && VOCAB.element(kind, child) != null) {
                        cameFrom.put(child, n);
                        queue.add(child);
                    }
                }
            }
            return null;
        }

        private ElementInfo info(int i) {
            return VOCAB.find(kind, path.get(i), i == 0 ? null : path.get(i - 1)).inContext(i == 0 ? null : path.get(i - 1));
        }

        int targetLine() {
            return path.size() + 1;
        }

        int indentOf() {
            return INDENT.length() * path.size();
        }

        /** The target's start tag up to (not including) the attribute under test and the closing bracket. */
        String openTag(String attribute) {
            int last = path.size() - 1;
            return "<" + path.get(last) + requiredAttributes(info(last), path.size() > 1 ? path.get(last - 1) : null,
                    attribute);
        }

        String render(String attribute, String value) {
            return document(openTag(attribute) + " " + attribute + "=\"" + value + "\">", content(kind, info(path.size() - 1)));
        }

        String renderText(String text) {
            return document(openTag(null) + ">", text);
        }

        private String document(String targetOpen, String targetContent) {
            StringBuilder b = new StringBuilder("<Response>\n");
            int last = path.size() - 1;
            for (int i = 0; i < last; i++) {
                b.append(INDENT.repeat(i + 1)).append("<").append(path.get(i))
                        .append(requiredAttributes(info(i), i == 0 ? null : path.get(i - 1), null)).append(">\n");
            }
            b.append(INDENT.repeat(last + 1)).append(targetOpen).append(targetContent).append("</")
                    .append(path.get(last)).append(">\n");
            for (int i = last - 1; i >= 0; i--) {
                b.append(INDENT.repeat(i + 1)).append("</").append(path.get(i)).append(">\n");
            }
            return b.append("</Response>\n").toString();
        }
    }

    /** Required attributes with a valid sample value each (the attribute under test left out). */
    private static String requiredAttributes(ElementInfo info, String parent, String except) {
        StringBuilder b = new StringBuilder();
        for (AttributeSpec a : info.requiredAttributes()) {
            if (ElementInfo.isRequired(a, parent) && !a.getName().equals(except)) {
                b.append(' ').append(a.getName()).append("=\"").append(sample(a)).append('"');
            }
        }
        return b.toString();
    }

    private static String sample(AttributeSpec a) {
        switch (a.getType()) {
            case URL:
                return "https://example.com/next";
            case ENUM:
            case ENUM_LIST:
            case METHOD:
            case BOOL:
                return a.getValues().get(0);
            case INT:
            case INT_LIST:
            case INT_OR_AUTO:
            case DECIMAL:
                return a.getMin() == null ? "1" : number(a.getMin());
            case PHONE:
            case PHONE_OR_SENDER_ID:
                return "+14155550100";
            default:
                return "x";
        }
    }

    /** Content that satisfies the element: text of its kind, or its first allowed child with content of its own. */
    private static String content(DocumentKind kind, ElementInfo info) {
        if (info.content() == null) {
            return "";
        }
        if (info.allowsText()) {
            return sampleText(info.textKind());
        }
        if (info.children().isEmpty()) {
            return "";
        }
        String child = info.children().iterator().next();
        ElementInfo c = VOCAB.find(kind, child, info.name()).inContext(info.name());
        return "<" + child + ">" + content(kind, c) + "</" + child + ">";
    }

    private static String sampleText(ElementSpec.TextKind kind) {
        switch (kind == null ? ElementSpec.TextKind.FREE : kind) {
            case PHONE:
                return "+14155550100";
            case URL:
                return "https://example.com/a.mp3";
            case SIP_URI:
                return "sip:alice@example.com";
            case IDENTITY:
            case NAME:
                return "alice";
            default:
                return "hello";
        }
    }
}
