package io.github.twimllint.core;

import java.util.Map;

/**
 * What one rule reports through, for one document. Every rule gets its own context, bound to its
 * id, its configured level and its options; the engine fills in the file and the exact location
 * of the node reported.
 *
 * <h2>Levels</h2>
 * A finding is reported at the rule's configured {@link #level()}. A rule may report a case at
 * another level with the {@code Severity} overloads, for a milder form of the same problem: a
 * legacy alias or a list item given twice ({@code invalid-attribute-value}), a URL that looks like
 * a host name without a scheme ({@code invalid-url}), a {@code <Parameter>} name given twice
 * ({@code parameter-attributes}). That choice is the rule's, and it
 * holds as long as the user leaves the rule at its default level or raises it. When the user
 * lowers the rule below its default (e.g. an error rule set to {@code warning}), every case is
 * capped at the configured level: the rule's own level choice never reports above what the user
 * asked for. {@link Severity#OFF} turns all of the rule's findings off. Such cases share the rule's
 * id, so they are configured together; a case that users would want to configure on its own
 * deserves an id of its own instead.
 */
public interface RuleContext {

    /** The document's path as shown to the user. */
    String path();

    /** The id of the rule this context reports for. */
    String ruleId();

    /** The level the rule runs at in this run (never {@link Severity#OFF}: such rules do not run). */
    Severity level();

    /**
     * The rule's options from the configuration ({@code "rules": {"<id>": {"level": ..., "options":
     * {...}}}}), as read from JSON (strings, numbers, booleans, lists, maps); empty when none.
     * Rules document the options they read on their page and ignore the others.
     */
    Map<String, Object> options();

    /**
     * The document's kind ({@code "voice"}, {@code "messaging"} or {@code "fax"}), decided once per
     * document for every rule: the kind configured for the path, else the kind its top-level
     * verbs reveal (a verb only one kind defines). During the pass it is the decision over the
     * verbs seen so far (null until one reveals a kind); from the root's end tag on, and in
     * {@link Rule#endDocument}, it is the decision over the whole document. A rule whose verdict
     * depends on the kind of the whole document reports in {@link Rule#endInput}, which also runs
     * for a document that is not well-formed (then with the decision over what was read).
     */
    String documentKind();

    /** Whether {@link #documentKind()} comes from the configuration rather than from the document. */
    boolean documentKindConfigured();

    /**
     * The document's size in bytes as read so far; in {@link Rule#endDocument} the size of the
     * whole document (Twilio refuses a response body over 64 kB). Counted while parsing, so it
     * costs nothing extra.
     */
    long documentBytes();

    /** Report at an attribute's value. */
    void report(Attribute attribute, String message);

    /** Report at an attribute's value at another level than the rule's (see "Levels" above). */
    void report(Attribute attribute, Severity severity, String message);

    /** Report at an element's {@code <}. */
    void report(Element element, String message);

    void report(Element element, Severity severity, String message);

    /** Report at the first non-blank character of an element's own text (its {@code <} if none). */
    void reportText(Element element, String message);

    void reportText(Element element, Severity severity, String message);

    /** Report at an explicit position, e.g. a comment. */
    void report(int line, int column, String message);

    /** Report at a place remembered with {@link Element#mark()} or {@link Attribute#mark()}. */
    void report(Mark mark, String message);

    void report(Mark mark, Severity severity, String message);
}
