package io.github.twimllint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlAudioFileRuleTest {
    @Test
    void theExtensionOfThePathDecidesNotTheQueryOrFragment() {
        assertThat(UrlAudioFileRule.audioExtension("https://example.com/a/hold.MP3")).isEqualTo(".mp3");
        assertThat(UrlAudioFileRule.audioExtension("/next.wav?x=1#top")).isEqualTo(".wav");
        assertThat(UrlAudioFileRule.audioExtension("/next?file=a.mp3")).isNull();
        assertThat(UrlAudioFileRule.audioExtension("/next#a.mp3")).isNull();
        assertThat(UrlAudioFileRule.audioExtension("/mp3/next")).isNull();
        assertThat(UrlAudioFileRule.audioExtension("/twiml.xml")).isNull();
        assertThat(UrlAudioFileRule.audioExtension("/dir/.mp3/")).isNull();
    }

    /**
     * The extension is found without copying or lower-casing the URL; the answer is the one of
     * lower-casing the path (Locale.ROOT) and comparing its end, also where lower-casing is not
     * one character for one: U+0130 becomes "i" and a combining dot.
     */
    @Test
    void answersAsLowerCasingThePath() {
        String[] urls = {"https://example.com/a/hold.MP3", "  /x.Wav  ", "\t/x.ogg?\u0130", "/\u0130.aiff",
            "/x.A\u0130F", "/x.a\u0130f", "/\u0130x.AIF", ".mp3", "/.mp3", "x.mp3", "/x.\u212Amp3", "/x.mp3 ",
            "/x.m4a#.wav", "/x.wav?a#b", "?.mp3", "", " ", "/x.webm/", "/x.WEBM", "/x.flac\u00a0", "/X.OPUS?",
            "/x\u0130\u0130\u0130.gsm", "/a.\u0130mp3", "/\u0130/.wav"};
        for (String url : urls) {
            assertThat(UrlAudioFileRule.audioExtension(url)).as("\"%s\"", url).isEqualTo(byLowerCasing(url));
        }
        assertThat(UrlAudioFileRule.audioExtension("/\u0130.aiff")).isEqualTo(".aiff");
        assertThat(UrlAudioFileRule.audioExtension("/x.A\u0130F")).isNull();
    }

    /** The extension as lower-casing the path's copy finds it. */
    private static String byLowerCasing(String url) {
        String path = url.strip();
        int cut = path.length();
        for (char c : new char[] {'?', '#'}) {
            int i = path.indexOf(c);
            cut = i >= 0 ? Math.min(cut, i) : cut;
        }
        path = path.substring(0, cut).toLowerCase(java.util.Locale.ROOT);
        for (String ext : new String[] {".mp3", ".wav", ".wave", ".ogg", ".oga", ".opus", ".m4a", ".aac", ".flac",
                ".aif", ".aiff", ".aifc", ".gsm", ".ulaw", ".amr", ".webm"}) {
            if (path.endsWith(ext) && path.length() > ext.length()
                    && path.charAt(path.length() - ext.length() - 1) != '/') {
                return ext;
            }
        }
        return null;
    }
}
