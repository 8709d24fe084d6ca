package io.github.twimllint.rules;

import io.github.twimllint.core.Attribute;
import io.github.twimllint.core.Element;
import io.github.twimllint.rules.values.Problem;
import io.github.twimllint.rules.vocabulary.DocumentKind;
import io.github.twimllint.rules.vocabulary.ElementInfo;
import io.github.twimllint.rules.vocabulary.Vocabulary;
import io.github.twimllint.rules.vocabulary.model.AttributeSpec;
import java.util.List;

/**
 * {@code <Language code="multi">} (C169): automatic language detection works only with
 * ElevenLabs speaking and Deepgram transcribing with a nova-2 or nova-3 general model. Each
 * setting is the {@code <Language>}'s own, else its {@code <ConversationRelay>}'s, else that
 * attribute's documented default (vocabulary data).
 */
final class LanguageMulti {
    static final String MULTI = "multi";
    private static final String TTS = "ElevenLabs";
    private static final String STT = "Deepgram";
    private static final List<String> MODELS = List.of("nova-2-general", "nova-3-general");

    private LanguageMulti() {
    }

    /** What is wrong with {@code code="multi"} on this {@code <Language>}, or null. */
    static Problem check(Attribute code) {
        if (!code.value().equals(MULTI)) {
            return null;
        }
        Element language = code.element();
        String tts = effective(language, "ttsProvider");
        if (tts != null && !tts.equalsIgnoreCase(TTS)) {
            return Problem.error("multi-language needs ttsProvider " + TTS + ", not " + tts);
        }
        String stt = effective(language, "transcriptionProvider");
        if (stt != null && !stt.equalsIgnoreCase(STT)) {
            return Problem.error("multi-language needs transcriptionProvider " + STT + ", not " + stt);
        }
        String model = effective(language, "speechModel");
        if (model != null && !MODELS.contains(model)) {
            return Problem.error("multi-language needs speechModel " + String.join(" or ", MODELS) + ", not " + model);
        }
        return null;
    }

    /** The setting in force, or null when it is unknown (a template placeholder) or has no default. */
    private static String effective(Element language, String name) {
        Element relay = language.parent();
        Attribute a = language.attribute(name);
        if (a == null && relay != null) {
            a = relay.attribute(name);
        }
        if (a != null) {
            return a.isTemplated() ? null : a.value();
        }
        ElementInfo info = relay == null ? null : Vocabulary.get().find(DocumentKind.VOICE, relay.name());
        AttributeSpec spec = info == null ? null : info.attribute(name);
        return spec == null ? null : spec.getDefault();
    }
}
