package io.github.twimllint.rules.vocabulary;

import io.github.twimllint.core.Attribute;
import io.github.twimllint.core.Element;
import io.github.twimllint.core.Names;
import io.github.twimllint.rules.vocabulary.model.AttributeSpec;
import io.github.twimllint.rules.vocabulary.model.ElementSpec;
import io.github.twimllint.rules.vocabulary.model.ForeignElement;
import io.github.twimllint.rules.vocabulary.model.VocabularyData;
import io.github.twimllint.rules.vocabulary.model.VocabularySpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The TwiML vocabulary (voice, messaging and fax) from {@code twiml-vocabulary.json}, loaded once
 * per process on first use and indexed for fast lookups by the rules.
 *
 * <p>Lookups take a {@link DocumentKind}; {@code null} means "not decided yet" and answers with the
 * union of all vocabularies, so nothing is reported before the document's kind is known.
 */
public final class Vocabulary {
    /** Classpath location of the data file. */
    public static final String RESOURCE = "/io/github/twimllint/rules/twiml-vocabulary.json";

    private final VocabularyData data;
    private final Map<DocumentKind, Map<String, ElementInfo>> byKind = new EnumMap<>(DocumentKind.class);
    private final Map<String, ElementInfo> any = new HashMap<>();
    private final Map<String, Set<DocumentKind>> kindsByName = new HashMap<>();
    private final Map<String, ForeignElement> foreign = new HashMap<>();
    private final List<String> allNames;
    // What the engine's Dialect asks for every element, precomputed (any vocabulary).
    private final Map<String, String> documentAttributes = new HashMap<>();
    private final Map<String, List<String>> nextAttributes = new HashMap<>();
    private final Set<String> handingOver = new java.util.HashSet<>();
    private final Map<String, DocumentKind> revealing = new HashMap<>();
    private final Map<String, Name> byName = new HashMap<>();
    private String rootName;

    /** Lazy holder: the file is read on first use, once per process, thread-safely. */
    private static final class Holder {
        static final Vocabulary INSTANCE = load();
    }

    public static Vocabulary get() {
        return Holder.INSTANCE;
    }

    static Vocabulary load() {
        VocabularyData compiled = compiled();
        return compiled != null ? new Vocabulary(compiled) : read();
    }

    /**
     * The vocabulary as Java code generated from the file at build time ({@link VocabularyCode}),
     * or null where the build has not generated it (an IDE compiling the sources alone).
     */
    @SuppressWarnings("unchecked")
    static VocabularyData compiled() {
        try {
            Class<?> c = Class.forName(Vocabulary.class.getPackageName() + "." + VocabularyCode.CLASS);
            return ((java.util.function.Supplier<VocabularyData>) c.getDeclaredConstructor().newInstance()).get();
        } catch (ClassNotFoundException e) {
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create the compiled vocabulary", e);
        }
    }

    /** The vocabulary read from the file. */
    static Vocabulary read() {
        try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new Vocabulary(ModelReader.read(in, VocabularyData.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the TwiML vocabulary " + RESOURCE, e);
        }
    }

    Vocabulary(VocabularyData data) {
        this.data = data;
        Set<String> names = new LinkedHashSet<>();
        for (VocabularySpec v : data.getVocabularies()) {
            DocumentKind kind = DocumentKind.fromId(v.getKind().value());
            Map<String, ElementInfo> map = new LinkedHashMap<>();
            for (ElementSpec e : v.getElements()) {
                ElementInfo info = new ElementInfo(kind, e);
                map.put(e.getName(), info);
                // Plain map calls, no method references or lambdas: each is linked at start-up (issue 15).
                ElementInfo seen = any.get(e.getName());
                any.put(e.getName(), seen == null ? info : ElementInfo.merge(seen, info));
                Set<DocumentKind> kinds = kindsByName.get(e.getName());
                if (kinds == null) {
                    kinds = java.util.EnumSet.noneOf(DocumentKind.class);
                    kindsByName.put(e.getName(), kinds);
                }
                kinds.add(kind);
                names.add(e.getName());
                if (e.getKind() == ElementSpec.Kind.ROOT) {
                    rootName = e.getName();
                }
                if (Boolean.TRUE.equals(e.getHandsOver())) {
                    handingOver.add(e.getName());
                }
                for (AttributeSpec a : e.getAttributes()) {
                    if (a.getRunsDocument() != null) {
                        documentAttributes.put(e.getName(), a.getName());
                    }
                    if (a.getRunsDocument() == null && Boolean.TRUE.equals(a.getReturnsTwiml())) {
                        List<String> next = nextAttributes.get(e.getName());
                        if (next == null) {
                            next = new java.util.ArrayList<>();
                            nextAttributes.put(e.getName(), next);
                        }
                        next.add(a.getName());
                    }
                }
            }
            byKind.put(kind, Collections.unmodifiableMap(map));
        }
        for (ForeignElement f : data.getForeignElements()) {
            foreign.put(f.getName(), f);
        }
        this.allNames = List.copyOf(names);
        // Asked for every element under the root of every document: answered once per name here.
        for (String name : allNames) {
            DocumentKind k = computeKindRevealedBy(name);
            if (k != null) {
                revealing.put(name, k);
            }
            Name n = new Name();
            for (DocumentKind kind : DocumentKind.values()) {
                n.found[slot(kind)] = find(kind, name);
            }
            n.found[ANY] = any.get(name);
            for (ElementInfo e : n.found) {
                n.contextual |= e != null && e.hasContexts();
            }
            byName.put(name, n);
        }
    }

    /** The name of the root element ({@code Response}). */
    public String rootName() {
        return rootName;
    }

    /**
     * The attribute of the element whose URL names a TwiML document Twilio runs (its spec has
     * {@code runsDocument}), or null.
     */
    public String documentAttribute(String element) {
        return documentAttributes.get(element);
    }

    /**
     * The attributes of the element, other than the one that runs a document, whose URL answers
     * with the TwiML the call continues with (their spec has {@code returnsTwiml}: {@code <Gather
     * action>}, {@code <Dial referUrl>}); empty when none.
     */
    public List<String> continuesWith(String element) {
        return nextAttributes.getOrDefault(element, List.of());
    }

    /** What a document named by that attribute is run for, or null when the URL names no document. */
    public AttributeSpec.RunsDocument runsDocument(String element, String attribute) {
        if (attribute == null || !attribute.equals(documentAttributes.get(element))) {
            return null;
        }
        ElementInfo e = any.get(element);
        AttributeSpec a = e == null ? null : e.attribute(attribute);
        return a == null ? null : a.getRunsDocument();
    }

    /** Whether the element, directly under the root, hands the call over to the document its text names. */
    public boolean handsOver(String element) {
        return handingOver.contains(element);
    }

    /** Whether a document of that kind accepts the element directly under its root. */
    public boolean acceptsAtTop(DocumentKind kind, String name) {
        ElementInfo root = element(kind, rootName);
        return root != null && root.allowsChild(name);
    }

    /** The raw data as generated from the schema; shared by all threads, so read it, never modify it. */
    public VocabularyData data() {
        return data;
    }

    /**
     * The element in that vocabulary, or null when that vocabulary has no such element. With a
     * null kind: the element in any vocabulary (merged when several have it).
     */
    public ElementInfo element(DocumentKind kind, String name) {
        if (kind == null) {
            return any.get(name);
        }
        Map<String, ElementInfo> map = byKind.get(kind);
        return map == null ? null : map.get(name);
    }

    /**
     * {@link #find(DocumentKind, String, String)} for the element where it stands: its name is
     * looked up once per element, and shared by every rule that asks.
     */
    public ElementInfo find(DocumentKind kind, Element element) {
        return resolved(element).info(kind);
    }

    /** Whether a vocabulary defines the element's name ({@link #isKnown(String)}), looked up once per element. */
    public boolean isKnown(Element element) {
        return resolved(element).name != null;
    }

    /**
     * The spec of the attribute on its element as {@link #find(DocumentKind, Element)} finds it,
     * or null: looked up once per attribute and kind, and shared by every rule that asks.
     */
    public AttributeSpec attribute(DocumentKind kind, Attribute attribute) {
        return resolved(attribute.element()).attribute(kind, attribute);
    }

    /**
     * The specs of the element's attributes, index for index (null where the vocabulary has
     * none), or null when the vocabulary does not know the element: looked up once per element
     * and kind, and shared by every rule that asks.
     */
    public AttributeSpec[] attributes(DocumentKind kind, Element element) {
        return resolved(element).attributes(kind);
    }

    private Resolved resolved(Element element) {
        return element.shared(Resolved.KEY, newResolved);
    }

    private final java.util.function.Function<Element, Resolved> newResolved =
            e -> new Resolved(byName.get(e.name()), e);

    /** {@link #find(DocumentKind, String, String)} answered from the per-name table, as rules get it. */
    ElementInfo findInTable(DocumentKind kind, String name, String parentName) {
        return info(byName.get(name), kind, parentName);
    }

    private static ElementInfo info(Name name, DocumentKind kind, String parentName) {
        if (name == null) {
            return null;
        }
        ElementInfo e = name.found[slot(kind)];
        return e == null || !name.contextual ? e : e.inContext(parentName);
    }

    /** Index in {@link Name#found} of a kind; null (undecided) has the last slot. */
    private static int slot(DocumentKind kind) {
        return kind == null ? ANY : kind.ordinal();
    }

    private static final int ANY = DocumentKind.values().length;

    /** The specs of no attributes: shared, as most elements have none (never written to). */
    private static final AttributeSpec[] NO_SPECS = new AttributeSpec[0];

    /**
     * What the vocabulary says of one element name, decided once when it loads: the entry
     * {@link #find(DocumentKind, String)} gives for each kind and for none. One hash lookup per
     * element then answers every rule's question for every kind.
     */
    private static final class Name {
        final ElementInfo[] found = new ElementInfo[ANY + 1];
        // Whether any entry depends on the parent (contexts): most elements skip that lookup.
        boolean contextual;
    }

    /**
     * One element's name entry, and its attributes' specs for the last entry asked (a document's
     * kind rarely changes while an element is open; kinds that share an entry share the specs).
     */
    private static final class Resolved {
        static final Object KEY = new Object();

        final Name name;
        private final Element element;
        private ElementInfo specsOf;
        private AttributeSpec[] specs;

        Resolved(Name name, Element element) {
            this.name = name;
            this.element = element;
        }

        ElementInfo info(DocumentKind kind) {
            return Vocabulary.info(name, kind, element.parentName());
        }

        AttributeSpec attribute(DocumentKind kind, Attribute attribute) {
            List<Attribute> attributes = element.attributes();
            int index = 0;
            while (index < attributes.size() && attributes.get(index) != attribute) {
                index++;
            }
            if (index == attributes.size()) {
                ElementInfo info = info(kind);
                return info == null ? null : info.attribute(attribute.name()); // not one of this element's own
            }
            AttributeSpec[] s = attributes(kind);
            return s == null ? null : s[index];
        }

        AttributeSpec[] attributes(DocumentKind kind) {
            ElementInfo info = info(kind);
            if (info == null) {
                return null;
            }
            if (specsOf != info) {
                List<Attribute> attributes = element.attributes();
                AttributeSpec[] s = attributes.isEmpty() ? NO_SPECS : new AttributeSpec[attributes.size()];
                for (int i = 0; i < s.length; i++) {
                    s[i] = info.attribute(attributes.get(i).name());
                }
                specs = s;
                specsOf = info;
            }
            return specs;
        }
    }

    /** The element in that vocabulary, else in any vocabulary (to avoid cascades), else null. */
    public ElementInfo find(DocumentKind kind, String name) {
        ElementInfo e = element(kind, name);
        return e != null ? e : any.get(name);
    }

    /**
     * The element as nested in {@code parentName}, from that vocabulary or else from any vocabulary
     * (so an element in the wrong kind of document is still understood), or null when unknown.
     */
    public ElementInfo find(DocumentKind kind, String name, String parentName) {
        ElementInfo e = find(kind, name);
        return e == null ? null : e.inContext(parentName);
    }

    /** The element as nested in {@code parentName} (context overrides applied), see {@link #element}. */
    public ElementInfo element(DocumentKind kind, String name, String parentName) {
        ElementInfo e = element(kind, name);
        return e == null ? null : e.inContext(parentName);
    }

    /** The attribute's spec on that element, or null. */
    public AttributeSpec attribute(DocumentKind kind, String element, String parent, String attribute) {
        ElementInfo e = element(kind, element, parent);
        return e == null ? null : e.attribute(attribute);
    }

    /** Whether the name is an element of any TwiML vocabulary (case-sensitive). */
    public boolean isKnown(String name) {
        return any.containsKey(name);
    }

    /** The vocabularies that define this element name (empty when none does). */
    public Set<DocumentKind> kindsOf(String name) {
        Set<DocumentKind> k = kindsByName.get(name);
        return k == null ? Set.of() : Collections.unmodifiableSet(k);
    }

    /** The elements of one vocabulary, by name. */
    public Map<String, ElementInfo> elements(DocumentKind kind) {
        return byKind.getOrDefault(kind, Map.of());
    }

    /** Names of all elements of all vocabularies. */
    public List<String> allElementNames() {
        return allNames;
    }

    /**
     * The known element name closest to {@code name} for a "did you mean": the elements of that
     * vocabulary first (all vocabularies when kind is null), then all others.
     */
    public String closestElement(DocumentKind kind, String name) {
        // The same misspelling recurs in a repository (<say> in every document): remember the answer.
        // Bounded, so a document of a million distinct unknown names cannot grow it.
        String key = (kind == null ? "" : kind.name()) + '\u0000' + name;
        String known = closest.get(key);
        if (known != null) {
            return known.isEmpty() ? null : known;
        }
        String answer = closestElementUncached(kind, name);
        if (closest.size() < CLOSEST_CACHE) {
            closest.put(key, answer == null ? "" : answer);
        }
        return answer;
    }

    private static final int CLOSEST_CACHE = 4096;
    private final Map<String, String> closest = new java.util.concurrent.ConcurrentHashMap<>();

    private String closestElementUncached(DocumentKind kind, String name) {
        if (kind != null) {
            String c = Names.closest(name, elements(kind).keySet());
            if (c != null) {
                return c;
            }
        }
        return Names.closest(name, allNames);
    }

    /** The other vendor's element with that name (Plivo {@code <Speak>}...), or null. */
    public ForeignElement foreignElement(String name) {
        return foreign.get(name);
    }

    /**
     * The kind a direct child of {@code <Response>} reveals: {@code <Message>} means messaging,
     * {@code <Receive>} fax, a verb only voice defines means voice. Null for names several kinds define
     * ({@code <Redirect>}) and unknown names.
     */
    public DocumentKind kindRevealedBy(String topLevelName) {
        return revealing.get(topLevelName);
    }

    private DocumentKind computeKindRevealedBy(String topLevelName) {
        DocumentKind found = null;
        for (Map.Entry<DocumentKind, Map<String, ElementInfo>> e : byKind.entrySet()) {
            ElementInfo root = e.getValue().get("Response");
            // Only a vocabulary that defines the verb counts: voice allows <Message> under its
            // <Response> (SMS during a call) but <Message> still means messaging.
            if (root != null && root.allowsChild(topLevelName) && e.getValue().containsKey(topLevelName)) {
                if (found != null) {
                    return null;
                }
                found = e.getKey();
            }
        }
        return found;
    }
}
