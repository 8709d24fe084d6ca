package io.github.twimllint.core;

/**
 * A check over one TwiML document, discovered with {@link java.util.ServiceLoader}.
 *
 * <p>A rule may keep per-document state in fields: the engine then makes a fresh instance for every
 * document, unless the rule declares {@link #reusable()}. A rule class without instance fields
 * (in it or a superclass) has no state, so the engine uses one instance for every document and
 * thread. All rules see the same single pass of events. Rules never parse, print or know about
 * output formats: they look at {@link Element}s and report through the {@link RuleContext}, which
 * fills in the rule id, level, file and exact location.
 *
 * <p>An implementation needs a public no-argument constructor and a line in
 * {@code META-INF/services/io.github.twimllint.core.Rule}.
 */
public interface Rule {

    RuleMeta meta();

    /**
     * Whether one instance may lint document after document (in one thread at a time), because
     * {@link #startDocument} puts every field back to what a fresh instance holds. Saves making an
     * instance per document; the default, false, gets a fresh instance for every document.
     */
    default boolean reusable() {
        return false;
    }

    /**
     * The names of the elements this rule's {@link #startElement} and {@link #endElement} look at;
     * the engine calls them for those elements only. Null, the default, means every element. A
     * rule that looks at an element's children at the child's start tag lists the children too.
     */
    default java.util.Set<String> elements() {
        return null;
    }

    default void startDocument(RuleContext ctx) {
    }

    /** Called at each start tag; attributes are complete, text and children are not yet known. */
    default void startElement(Element element, RuleContext ctx) {
    }

    /** Called at each end tag; {@link Element#text()} holds the element's own text by then. */
    default void endElement(Element element, RuleContext ctx) {
    }

    /** Called for each XML comment, with the comment's text (without {@code <!--} and {@code -->}). */
    default void comment(String text, int line, int column, RuleContext ctx) {
    }

    /** Called once after the root element closed, only for well-formed documents. */
    default void endDocument(RuleContext ctx) {
    }

    /**
     * Called once when reading stops, whether the document was well-formed or not (after
     * {@link #endDocument} when it was), e.g. to report what waited for the whole document's kind.
     * Not called for a file that could not be read or was skipped.
     */
    default void endInput(RuleContext ctx) {
    }
}
