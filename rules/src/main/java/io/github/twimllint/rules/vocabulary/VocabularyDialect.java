package io.github.twimllint.rules.vocabulary;

import io.github.twimllint.core.Dialect;
import io.github.twimllint.rules.vocabulary.model.AttributeSpec;

/**
 * The engine's view of TwiML, answered from the vocabulary data: the root's name, which top-level
 * verbs reveal a document's kind, which URL attributes name documents ({@code runsDocument}) and
 * which verb hands the call over ({@code handsOver}). Registered for {@link java.util.ServiceLoader}.
 */
public final class VocabularyDialect implements Dialect {
    private final Vocabulary vocab = Vocabulary.get();

    @Override
    public String root() {
        return vocab.rootName();
    }

    @Override
    public String kindRevealedBy(String topLevelName) {
        DocumentKind k = vocab.kindRevealedBy(topLevelName);
        return k == null ? null : k.id();
    }

    @Override
    public boolean acceptsAtTop(String kind, String topLevelName) {
        DocumentKind k = DocumentKind.fromId(kind);
        return k != null && vocab.acceptsAtTop(k, topLevelName);
    }

    @Override
    public String documentAttribute(String element) {
        return vocab.documentAttribute(element);
    }

    @Override
    public boolean handsOver(String element) {
        return vocab.handsOver(element);
    }

    @Override
    public java.util.List<String> continuesWith(String element) {
        return vocab.continuesWith(element);
    }

    @Override
    public String runsAs(String element, String attribute) {
        AttributeSpec.RunsDocument runs = vocab.runsDocument(element, attribute);
        return runs == null ? null : runs.value();
    }
}
