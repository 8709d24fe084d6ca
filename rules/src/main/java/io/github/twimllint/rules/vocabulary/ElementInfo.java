package io.github.twimllint.rules.vocabulary;

import io.github.twimllint.core.Names;
import io.github.twimllint.rules.vocabulary.model.AttributeSpec;
import io.github.twimllint.rules.vocabulary.model.ContentSpec;
import io.github.twimllint.rules.vocabulary.model.ContextSpec;
import io.github.twimllint.rules.vocabulary.model.ElementSpec;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One element of one vocabulary, indexed for the rules' hot path: attribute and child lookups are
 * hash lookups. Built once when the vocabulary loads; immutable afterwards.
 */
public final class ElementInfo {
    private final String name;
    private final DocumentKind kind;
    private final ElementSpec spec;
    private final Map<String, AttributeSpec> attributes;
    private final Set<String> children;
    private final ElementSpec.TextRule text;
    private final ElementSpec.TextKind textKind;
    private final Map<String, ElementInfo> contexts;
    private final List<AttributeSpec> required;

    ElementInfo(DocumentKind kind, ElementSpec spec) {
        this(spec.getName(), kind, spec, index(spec.getAttributes()), spec.getChildren(),
                permissive(spec.getText(), spec.getSdkText()), spec.getTextKind(), contexts(kind, spec));
    }

    private ElementInfo(String name, DocumentKind kind, ElementSpec spec, Map<String, AttributeSpec> attributes,
                        Set<String> children, ElementSpec.TextRule text, ElementSpec.TextKind textKind,
                        Map<String, ElementInfo> contexts) {
        this.name = name;
        this.kind = kind;
        this.spec = spec;
        this.attributes = Collections.unmodifiableMap(attributes);
        this.children = Collections.unmodifiableSet(new LinkedHashSet<>(children));
        this.text = text;
        this.textKind = textKind;
        this.contexts = contexts;
        // A loop, not a stream with a lambda: linked at start-up for nothing (issue 15).
        List<AttributeSpec> required = new java.util.ArrayList<>();
        for (AttributeSpec a : attributes.values()) {
            if (Boolean.TRUE.equals(a.getRequired())) {
                required.add(a);
            }
        }
        this.required = List.copyOf(required);
    }

    /** A view that merges two elements of the same name from different vocabularies (used while undecided). */
    static ElementInfo merge(ElementInfo a, ElementInfo b) {
        Map<String, AttributeSpec> attrs = new LinkedHashMap<>(a.attributes);
        for (Map.Entry<String, AttributeSpec> e : b.attributes.entrySet()) {
            attrs.putIfAbsent(e.getKey(), e.getValue());
        }
        Set<String> kids = new LinkedHashSet<>(a.children);
        kids.addAll(b.children);
        Map<String, ElementInfo> ctx = new HashMap<>(a.contexts);
        for (Map.Entry<String, ElementInfo> e : b.contexts.entrySet()) {
            ctx.putIfAbsent(e.getKey(), e.getValue());
        }
        return new ElementInfo(a.name, null, a.spec, attrs, kids, permissive(a.text, b.text),
                a.textKind == ElementSpec.TextKind.NONE ? b.textKind : a.textKind, ctx);
    }

    private static Map<String, AttributeSpec> index(List<AttributeSpec> list) {
        Map<String, AttributeSpec> map = new LinkedHashMap<>();
        for (AttributeSpec a : list) {
            map.put(a.getName(), a);
        }
        return map;
    }

    private static Map<String, ElementInfo> contexts(DocumentKind kind, ElementSpec spec) {
        if (spec.getContexts().isEmpty()) {
            return Map.of();
        }
        Map<String, ElementInfo> map = new HashMap<>();
        for (ContextSpec c : spec.getContexts()) {
            map.put(c.getParent(), new ElementInfo(spec.getName(), kind, spec, index(c.getAttributes()),
                    c.getChildren(), c.getText(), c.getTextKind(), Map.of()));
        }
        return map;
    }

    /** "Accept what either accepts": the SDK's text rule wins when it is more permissive. */
    private static ElementSpec.TextRule permissive(ElementSpec.TextRule a, ElementSpec.TextRule b) {
        if (b == null) {
            return a;
        }
        return a.ordinal() <= b.ordinal() ? a : b; // schema enum order: none, optional, required
    }

    public String name() {
        return name;
    }

    /** The vocabulary it belongs to; null for a merged view of several. */
    public DocumentKind documentKind() {
        return kind;
    }

    /** The raw data as generated from the schema; read it, never modify it. */
    public ElementSpec spec() {
        return spec;
    }

    public ElementSpec.Kind kind() {
        return spec.getKind();
    }

    public boolean isVerb() {
        return spec.getKind() == ElementSpec.Kind.VERB;
    }

    /** The element as it is when nested in {@code parentName} (e.g. {@code <Sip>} under {@code <Refer>}). */
    public ElementInfo inContext(String parentName) {
        if (parentName == null || contexts.isEmpty()) {
            return this;
        }
        ElementInfo c = contexts.get(parentName);
        return c == null ? this : c;
    }

    /** Whether {@link #inContext} depends on the parent at all. */
    boolean hasContexts() {
        return !contexts.isEmpty();
    }

    /** The attribute's spec, or null when the element has no such attribute. */
    public AttributeSpec attribute(String attributeName) {
        return attributes.get(attributeName);
    }

    public Map<String, AttributeSpec> attributes() {
        return attributes;
    }

    /**
     * The attributes the element needs, in data order; each may apply only under some parents
     * ({@code requiredUnder}), see {@link #isRequired}.
     */
    public List<AttributeSpec> requiredAttributes() {
        return required;
    }

    /** Whether the attribute is required of this element when nested in {@code parentName}. */
    public static boolean isRequired(AttributeSpec attribute, String parentName) {
        if (!Boolean.TRUE.equals(attribute.getRequired())) {
            return false;
        }
        java.util.Set<String> under = attribute.getRequiredUnder();
        return under == null || under.isEmpty() || under.contains(parentName);
    }

    /** The closest defined attribute name for a "did you mean", or null. */
    public String closestAttribute(String attributeName) {
        String close = Names.closest(attributeName, attributes.keySet());
        AttributeSpec spec = close == null ? null : attributes.get(close);
        // An SDK misspelling is never the suggestion: its documented spelling is.
        return spec != null && spec.getMisspellingOf() != null ? spec.getMisspellingOf() : close;
    }

    public boolean allowsChild(String childName) {
        return children.contains(childName);
    }

    public Set<String> children() {
        return children;
    }

    public Set<String> exclusiveChildren() {
        return spec.getExclusiveChildren();
    }

    /** Whether text of its own is allowed (by the docs or the SDK). */
    public boolean allowsText() {
        return text != ElementSpec.TextRule.NONE;
    }

    public ElementSpec.TextRule text() {
        return text;
    }

    public ElementSpec.TextKind textKind() {
        return textKind;
    }

    /** What counts as content for this element, or null when it may be empty. */
    public ContentSpec content() {
        ContentSpec c = spec.getContent();
        return c != null && Boolean.TRUE.equals(c.getRequired()) ? c : null;
    }

    /** Whether the verb ends the document, always or when it has an {@code action}; null if not. */
    public ElementSpec.Terminal terminal() {
        return spec.getTerminal();
    }

    @Override
    public String toString() {
        return "<" + name + "> (" + (kind == null ? "any" : kind.id()) + ")";
    }
}
