package io.github.twimllint.core;

import java.util.ServiceLoader;

/**
 * What the engine needs to know about the markup language it reads, supplied by the module that
 * holds the vocabulary (the {@code rules} module for TwiML) through {@link ServiceLoader}: a
 * public no-argument constructor and a line in
 * {@code META-INF/services/io.github.twimllint.core.Dialect}. The engine uses it for what every
 * rule needs once per document (the document's kind) and for the facts the project phase reads
 * (which attributes name other documents). Without one on the class path ({@link #NONE}), no
 * document has a kind and no document references another.
 */
public interface Dialect {

    /**
     * The name every document's root element has ({@code Response}); a {@code *.xml} file found by
     * walking a folder is linted only when its root has this name. Null: any root.
     */
    String root();

    /**
     * The kind of document ({@code "voice"}, {@code "messaging"}, ...) that an element directly
     * under the root reveals because only that kind defines it, or null.
     */
    String kindRevealedBy(String topLevelName);

    /** Whether a document of that kind accepts the element directly under its root. */
    boolean acceptsAtTop(String kind, String topLevelName);

    /**
     * The attribute of the element whose URL names a document the call runs (as opposed to a
     * webhook or an audio file), or null.
     */
    String documentAttribute(String element);

    /**
     * Whether the element, directly under the root, hands the call over to the document its text
     * names, so that nothing after it runs ({@code <Redirect>}).
     */
    boolean handsOver(String element);

    /**
     * The attributes of the element whose URL answers with the document the call continues with
     * ({@code <Gather action>}, {@code <Dial referUrl>}), besides {@link #documentAttribute}; empty
     * when none. Such references are facts for the call-flow graph; the cross-document rules do not
     * follow them.
     */
    default java.util.List<String> continuesWith(String element) {
        return java.util.List.of();
    }

    /**
     * What the document named by that attribute is run as ({@code "whisper"}, {@code "wait"}), or
     * null when it is an ordinary document of the call (or the attribute names none).
     */
    default String runsAs(String element, String attribute) {
        return null;
    }

    /** A dialect that knows nothing. */
    Dialect NONE = new Dialect() {
        @Override
        public String root() {
            return null;
        }

        @Override
        public String kindRevealedBy(String topLevelName) {
            return null;
        }

        @Override
        public boolean acceptsAtTop(String kind, String topLevelName) {
            return false;
        }

        @Override
        public String documentAttribute(String element) {
            return null;
        }

        @Override
        public boolean handsOver(String element) {
            return false;
        }
    };

    /** The first dialect on the class path of the loader, else {@link #NONE}. */
    static Dialect discover(ClassLoader loader) {
        return ServiceLoader.load(Dialect.class, loader).findFirst().orElse(NONE);
    }
}
