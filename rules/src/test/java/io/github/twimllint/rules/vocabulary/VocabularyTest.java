package io.github.twimllint.rules.vocabulary;

import static io.github.twimllint.rules.vocabulary.DocumentKind.FAX;
import static io.github.twimllint.rules.vocabulary.DocumentKind.MESSAGING;
import static io.github.twimllint.rules.vocabulary.DocumentKind.VOICE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.twimllint.rules.vocabulary.model.AttributeSpec;
import io.github.twimllint.rules.vocabulary.model.ElementSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VocabularyTest {
    // A fresh one per test, not the process-wide instance: that one is built once, before any
    // test runs, so a fault in building it (e.g. a mutant in PIT) would go unseen here.
    private final Vocabulary vocab = Vocabulary.load();

    @Test
    void loadsOncePerProcess() {
        assertThat(Vocabulary.get()).isSameAs(Vocabulary.get());
    }

    @Test
    void dataIsConsistent() {
        for (DocumentKind kind : DocumentKind.values()) {
            Map<String, ElementInfo> elements = vocab.elements(kind);
            assertThat(elements).as("%s vocabulary", kind).containsKey("Response");
            for (ElementInfo e : elements.values()) {
                ElementSpec spec = e.spec();
                for (String child : e.children()) {
                    // a child is defined in the same vocabulary, or (voice <Message>) in another one
                    assertThat(vocab.isKnown(child)).as("child <%s> of <%s> (%s)", child, e.name(), kind).isTrue();
                }
                assertThat(e.children()).as("sdk-only/docs-only children of <%s>", e.name())
                        .containsAll(spec.getSdkOnlyChildren()).containsAll(spec.getDocsOnlyChildren());
                assertThat(e.children()).as("exclusive children of <%s>", e.name()).containsAll(e.exclusiveChildren());
                if (e.content() != null) {
                    for (String c : e.content().getChildren()) {
                        assertThat(c.equals("*") || e.allowsChild(c)).as("content child <%s> of <%s>", c, e.name()).isTrue();
                    }
                    for (String a : e.content().getAttributes()) {
                        assertThat(e.attribute(a)).as("content attribute %s of <%s>", a, e.name()).isNotNull();
                    }
                    assertThat(e.allowsText() || !e.content().getChildren().isEmpty())
                            .as("<%s> needs content it can have", e.name()).isTrue();
                }
                if (e.terminal() == ElementSpec.Terminal.WITH_ACTION) {
                    assertThat(e.attribute("action")).as("action of <%s>", e.name()).isNotNull();
                }
                for (var c : spec.getContexts()) {
                    assertThat(elements.get(c.getParent())).as("context parent of <%s>", e.name()).isNotNull();
                    assertThat(elements.get(c.getParent()).allowsChild(e.name())).isTrue();
                }
                for (AttributeSpec a : e.attributes().values()) {
                    assertThat(a.getValues()).as("values of %s/@%s", e.name(), a.getName())
                            .containsAll(a.getSdkOnlyValues()).containsAll(a.getDocsOnlyValues());
                    if (a.getType() == AttributeSpec.Type.ENUM || a.getType() == AttributeSpec.Type.BOOL
                            || a.getType() == AttributeSpec.Type.METHOD || a.getType() == AttributeSpec.Type.ENUM_LIST) {
                        assertThat(a.getValues()).as("values of %s/@%s", e.name(), a.getName()).isNotEmpty();
                    }
                    if (a.getType() == AttributeSpec.Type.URL) {
                        assertThat(a.getUrlFormat()).as("url format of %s/@%s", e.name(), a.getName()).isNotNull();
                    }
                    if (a.getType() == AttributeSpec.Type.METHOD) {
                        assertThat(a.getValues()).containsExactly("GET", "POST");
                    }
                    for (var alias : a.getAliases()) {
                        assertThat(a.getValues()).contains(alias.getMeans());
                    }
                }
            }
        }
    }

    @Test
    void elementsAreLookedUpPerVocabulary() {
        assertThat(vocab.element(VOICE, "Say")).isNotNull();
        assertThat(vocab.element(MESSAGING, "Say")).isNull();
        assertThat(vocab.element(MESSAGING, "Message").kind()).isEqualTo(ElementSpec.Kind.VERB);
        assertThat(vocab.element(VOICE, "say")).isNull();
        assertThat(vocab.element(VOICE, "Number").kind()).isEqualTo(ElementSpec.Kind.NOUN);
        assertThat(vocab.element(VOICE, "prosody").kind()).isEqualTo(ElementSpec.Kind.SSML);
        assertThat(vocab.element(FAX, "Receive")).isNotNull();
        assertThat(vocab.kindsOf("Redirect")).containsExactlyInAnyOrder(VOICE, MESSAGING);
        assertThat(vocab.isKnown("Speak")).isFalse();
    }

    @Test
    void undecidedKindMergesVocabularies() {
        ElementInfo response = vocab.element(null, "Response");
        assertThat(response.allowsChild("Say")).isTrue();
        assertThat(response.allowsChild("Message")).isTrue();
        // Twilio's quickstart texts the caller from a voice document: accepted (docs only).
        assertThat(vocab.element(VOICE, "Response").allowsChild("Message")).isTrue();
        assertThat(vocab.element(VOICE, "Response").spec().getDocsOnlyChildren()).containsExactly("Message");
        assertThat(vocab.element(VOICE, "Response").allowsChild("Body")).isFalse();
        assertThat(vocab.find(MESSAGING, "Say")).isNotNull();
    }

    @Test
    void nestingFollowsDocsAndSdk() {
        ElementInfo dial = vocab.element(VOICE, "Dial");
        assertThat(dial.allowsChild("Number")).isTrue();
        assertThat(dial.allowsChild("Sim")).isTrue(); // SDK only
        assertThat(dial.spec().getSdkOnlyChildren()).containsExactly("Sim");
        assertThat(dial.exclusiveChildren()).containsExactlyInAnyOrder("Conference", "Queue", "Application");
        assertThat(vocab.element(VOICE, "Gather").allowsChild("Dial")).isFalse();
        assertThat(vocab.element(VOICE, "Response").allowsChild("Number")).isFalse();
        assertThat(vocab.element(VOICE, "Response").allowsChild("Echo")).isTrue(); // SDK only, accepted
        assertThat(vocab.element(VOICE, "Say").allowsChild("break")).isTrue();
    }

    @Test
    void contextOverridesApplyUnderTheirParent() {
        ElementInfo sip = vocab.element(VOICE, "Sip", "Dial");
        assertThat(sip.attribute("statusCallback")).isNotNull();
        ElementInfo referSip = vocab.element(VOICE, "Sip", "Refer");
        assertThat(referSip.attribute("statusCallback")).isNull();
        assertThat(referSip.text()).isEqualTo(ElementSpec.TextRule.REQUIRED);
    }

    @Test
    void attributeSpecsCarryTypesValuesAliasesAndRanges() {
        AttributeSpec record = vocab.attribute(VOICE, "Dial", "Response", "record");
        assertThat(record.getType()).isEqualTo(AttributeSpec.Type.ENUM);
        assertThat(record.getValues()).contains("record-from-answer-dual").doesNotContain("record-from-answer-dual-channel");
        assertThat(record.getAliases()).anySatisfy(a -> {
            assertThat(a.getValue()).isEqualTo("true");
            assertThat(a.getMeans()).isEqualTo("record-from-answer");
        });
        AttributeSpec timeout = vocab.attribute(VOICE, "Dial", "Response", "timeout");
        assertThat(timeout.getType()).isEqualTo(AttributeSpec.Type.INT);
        assertThat(timeout.getMin()).isEqualTo(5.0);
        assertThat(timeout.getMax()).isEqualTo(600.0);
        AttributeSpec events = vocab.attribute(VOICE, "Conference", "Dial", "statusCallbackEvent");
        assertThat(events.getType()).isEqualTo(AttributeSpec.Type.ENUM_LIST);
        assertThat(events.getSeparator()).isEqualTo(AttributeSpec.Separator.SPACE);
        assertThat(events.getValues()).contains("join", "leave");
        assertThat(vocab.attribute(VOICE, "Stream", "Start", "url").getUrlFormat())
                .isEqualTo(AttributeSpec.UrlFormat.WSS);
        assertThat(vocab.attribute(VOICE, "ConversationRelay", "Connect", "url").getUrlFormat())
                .isEqualTo(AttributeSpec.UrlFormat.WSS);
        assertThat(vocab.attribute(VOICE, "Dial", "Response", "callReason").getMaxLength()).isEqualTo(50);
        assertThat(vocab.attribute(VOICE, "Dial", "Response", "method").getValues()).containsExactly("GET", "POST");
    }

    @Test
    void disagreementsAcceptWhatEitherSourceAcceptsAndSayWhich() {
        AttributeSpec region = vocab.attribute(VOICE, "Conference", "Dial", "region");
        assertThat(region.getValues()).contains("us2", "us1");
        assertThat(region.getSdkOnlyValues()).containsExactly("us2");
        AttributeSpec bank = vocab.attribute(VOICE, "Pay", "Response", "bankAccountType");
        assertThat(bank.getValues()).contains("commercial-savings");
        AttributeSpec callReason = vocab.attribute(VOICE, "Dial", "Response", "callReason");
        assertThat(callReason.getSource()).isEqualTo(ElementSpec.Source.DOCS);
        assertThat(vocab.element(VOICE, "Echo").spec().getStatus()).isEqualTo(ElementSpec.Status.SDK_ONLY);
        // docs: <Sip> text required; SDK: optional (with <Uri> children) -> optional
        assertThat(vocab.element(VOICE, "Sip").text()).isEqualTo(ElementSpec.TextRule.OPTIONAL);
    }

    @Test
    void voiceAndMessagingRedirectAreSeparateElements() {
        assertThat(vocab.element(VOICE, "Redirect")).isNotSameAs(vocab.element(MESSAGING, "Redirect"));
        assertThat(vocab.element(MESSAGING, "Redirect").attribute("method")).isNotNull();
    }

    @Test
    void textKindsAndContent() {
        assertThat(vocab.element(VOICE, "Number").textKind()).isEqualTo(ElementSpec.TextKind.PHONE);
        assertThat(vocab.element(VOICE, "Play").textKind()).isEqualTo(ElementSpec.TextKind.URL);
        assertThat(vocab.element(VOICE, "Client").textKind()).isEqualTo(ElementSpec.TextKind.IDENTITY);
        assertThat(vocab.element(VOICE, "Sip").textKind()).isEqualTo(ElementSpec.TextKind.SIP_URI);
        assertThat(vocab.element(VOICE, "Pause").allowsText()).isFalse();
        assertThat(vocab.element(VOICE, "Play").content().getAttributes()).containsExactly("digits");
        assertThat(vocab.element(VOICE, "Gather").content()).isNull();
        assertThat(vocab.element(VOICE, "Hangup").terminal()).isEqualTo(ElementSpec.Terminal.ALWAYS);
        assertThat(vocab.element(VOICE, "Dial").terminal()).isEqualTo(ElementSpec.Terminal.WITH_ACTION);
    }

    @Test
    void didYouMeanPrefersCaseInsensitiveMatchThenEditDistance() {
        assertThat(vocab.closestElement(VOICE, "say")).isEqualTo("Say");
        assertThat(vocab.closestElement(MESSAGING, "message")).isEqualTo("Message");
        assertThat(vocab.closestElement(VOICE, "Numbr")).isEqualTo("Number");
        assertThat(vocab.closestElement(VOICE, "Xyzzy")).isNull();
        ElementInfo dial = vocab.element(VOICE, "Number");
        assertThat(dial.closestAttribute("statusCallBack")).isEqualTo("statusCallback");
        assertThat(dial.closestAttribute("statusCalback")).isEqualTo("statusCallback");
        assertThat(vocab.element(VOICE, "Stream").closestAttribute("timeout")).isNull();
        assertThat(vocab.foreignElement("Speak").getUse()).isEqualTo("Say");
    }

    /** Remembered answers (the same misspelling in every document) are the answers, "none" included. */
    @Test
    void didYouMeanAsksAgainGivesTheSameAnswer() {
        Vocabulary fresh = Vocabulary.load();
        for (int round = 0; round < 2; round++) {
            assertThat(fresh.closestElement(VOICE, "say")).isEqualTo("Say");
            assertThat(fresh.closestElement(VOICE, "Xyzzy")).isNull();
            assertThat(fresh.closestElement(MESSAGING, "Sya")).isEqualTo("Say");
            assertThat(fresh.closestElement(null, "message")).isEqualTo("Message");
            // The same name in another kind has its own answer.
            assertThat(fresh.closestElement(MESSAGING, "message")).isEqualTo("Message");
        }
    }

    @Test
    void topLevelVerbsRevealTheDocumentKind() {
        assertThat(vocab.kindRevealedBy("Message")).isEqualTo(MESSAGING);
        assertThat(vocab.kindRevealedBy("Say")).isEqualTo(VOICE);
        assertThat(vocab.kindRevealedBy("Receive")).isEqualTo(FAX);
        assertThat(vocab.kindRevealedBy("Redirect")).isNull();
        assertThat(vocab.kindRevealedBy("Speak")).isNull();
    }

    @Test
    void whatTheProjectPhaseAsksOfEachElement() {
        assertThat(vocab.rootName()).isEqualTo("Response");
        assertThat(vocab.continuesWith("Dial")).containsExactly("action", "referUrl");
        assertThat(vocab.continuesWith("Say")).isEmpty();
        assertThat(vocab.documentAttribute("Number")).isEqualTo("url");
        assertThat(vocab.documentAttribute("Conference")).isEqualTo("waitUrl");
        assertThat(vocab.documentAttribute("Say")).isNull();
        assertThat(vocab.handsOver("Redirect")).isTrue();
        assertThat(vocab.handsOver("Say")).isFalse();
    }

    @Test
    void theMergedViewAcceptsWhatAnyVocabularyAccepts() {
        ElementInfo merged = vocab.element(null, "Response");
        assertThat(merged.documentKind()).isNull();
        assertThat(merged.children()).contains("Say", "Message", "Receive");
        assertThat(vocab.element(VOICE, "Response").children()).doesNotContain("Receive");
        assertThat(vocab.allElementNames()).contains("Say", "Body", "Receive").doesNotHaveDuplicates();
        // nothing close in the messaging vocabulary: the closest of all
        assertThat(vocab.closestElement(MESSAGING, "Sya")).isEqualTo("Say");
        assertThat(vocab.closestElement(MESSAGING, "Redirectt")).isEqualTo("Redirect");
    }

    /**
     * The per-name table the rules read (one lookup per element) gives, for every element under
     * every parent in every kind (and none), the very entry the maps give.
     */
    @Test
    void tableAnswersAsTheMaps() {
        List<String> names = new java.util.ArrayList<>(vocab.allElementNames());
        names.addAll(List.of("say", "Speak", "Nope", ""));
        List<String> parents = new java.util.ArrayList<>(names);
        parents.add(null);
        List<DocumentKind> kinds = new java.util.ArrayList<>(List.of(DocumentKind.values()));
        kinds.add(null);
        int contextual = 0;
        for (DocumentKind kind : kinds) {
            for (String name : names) {
                for (String parent : parents) {
                    ElementInfo expected = vocab.find(kind, name, parent);
                    assertThat(vocab.findInTable(kind, name, parent)).as("<%s> in <%s> (%s)", name, parent, kind)
                            .isSameAs(expected);
                    if (expected != null && expected != vocab.find(kind, name)) {
                        contextual++;
                    }
                }
            }
        }
        assertThat(contextual).as("entries that depend on the parent").isPositive();
    }
}
