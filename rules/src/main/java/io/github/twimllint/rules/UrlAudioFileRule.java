package io.github.twimllint.rules;

import io.github.twimllint.core.Attribute;
import io.github.twimllint.core.Element;
import io.github.twimllint.core.RuleContext;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.Severity;
import io.github.twimllint.rules.vocabulary.Vocabulary;
import io.github.twimllint.rules.vocabulary.model.AttributeSpec;
import java.util.List;
import java.util.Locale;

/**
 * A URL whose response Twilio runs as TwiML names an audio file (error 12300 at run time): an
 * {@code action}, a {@code referUrl}, a {@code <Number url>} or {@code waitUrl}, {@code <Redirect>}
 * text, but not {@code <Conference waitUrl>}, which may name audio. Which URLs those are is data
 * ({@code returnsTwiml}, {@code runsDocument}, {@code handsOver}).
 * A heuristic on the path's extension, hence a note.
 */
public final class UrlAudioFileRule extends AttributeValueRule {
    static final RuleMeta META = RuleMeta.of("url-audio-file", Severity.NOTE,
                    "A URL that must return TwiML (action, <Redirect>, <Number url>, waitUrl, ...) names an audio file.")
            .twilioCodes("12300")
            .tags("correctness", "urls")
            .build();

    /** File extensions of audio Twilio plays; a TwiML URL never ends in one. */
    private static final List<String> AUDIO = List.of(".mp3", ".wav", ".wave", ".ogg", ".oga", ".opus", ".m4a",
            ".aac", ".flac", ".aif", ".aiff", ".aifc", ".gsm", ".ulaw", ".amr", ".webm");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected AttributeSpec.Type checkedType() {
        return AttributeSpec.Type.URL;
    }

    @Override
    protected void check(Attribute a, AttributeSpec spec, RuleContext ctx) {
        if (!returnsTwiml(spec)) {
            return;
        }
        String ext = audioExtension(a.value());
        if (ext != null) {
            ctx.report(a, ValueRules.subject(a) + ": Twilio runs the TwiML this URL returns, but it names an "
                    + ext + " file; point it at a document that <Play>s the audio");
        }
    }

    @Override
    public void endElement(Element element, RuleContext ctx) {
        if (!element.hasText() || !Vocabulary.get().handsOver(element.name())) {
            return;
        }
        String ext = audioExtension(element.text());
        if (ext != null) {
            ctx.reportText(element, "<" + element.name() + "> to \"" + ValueRules.shown(element.text().strip())
                    + "\": the call continues with the TwiML this URL returns, but it names an " + ext
                    + " file; use <Play> for audio");
        }
    }

    /** An explicit returnsTwiml wins; else a URL that runs a document returns TwiML. */
    private static boolean returnsTwiml(AttributeSpec spec) {
        Boolean flag = spec.getReturnsTwiml();
        return flag != null ? flag : spec.getRunsDocument() != null;
    }

    /** The audio extension the URL's path ends with (query and fragment aside), or null. */
    static String audioExtension(String url) {
        int begin = 0;
        int end = url.length();
        while (begin < end && Character.isWhitespace(url.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(url.charAt(end - 1))) {
            end--;
        }
        int cut = end;
        int q = url.indexOf('?', begin);
        int h = url.indexOf('#', begin);
        if (q >= 0 && q < cut) {
            cut = q;
        }
        if (h >= 0 && h < cut) {
            cut = h;
        }
        if (url.lastIndexOf('\u0130', cut - 1) >= begin) {
            return lowerCasedExtension(url.substring(begin, cut)); // lower-casing makes it longer
        }
        // Lower-casing keeps every index; of the characters an extension holds, only ASCII ones become them.
        for (String ext : AUDIO) {
            int at = cut - ext.length();
            if (at > begin && url.charAt(at - 1) != '/' && Texts.matchesLowerCased(url, at, ext)) {
                return ext;
            }
        }
        return null;
    }

    private static String lowerCasedExtension(String beforeCut) {
        String path = beforeCut.toLowerCase(Locale.ROOT);
        for (String ext : AUDIO) {
            if (path.endsWith(ext) && path.length() > ext.length() && path.charAt(path.length() - ext.length() - 1) != '/') {
                return ext;
            }
        }
        return null;
    }
}
