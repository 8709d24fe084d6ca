package io.github.twimllint.core;

/**
 * What a rule reports through. The engine knows which rule is running and fills in its id, its
 * configured level, the file and the exact location of the node reported.
 */
public interface RuleContext {

    /** The document's path as shown to the user. */
    String path();

    /**
     * The document kind configured for this path ({@code "voice"} or {@code "messaging"}), or
     * null when the configuration leaves it to the rules to decide from the document's verbs.
     */
    String documentKind();

    /** Report at an attribute's value. */
    void report(Attribute attribute, String message);

    /** Report at an attribute's value with a level other than the rule's (e.g. a warning case). */
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
