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
}
