package io.github.twimllint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AntPatternTest {

    @Test
    @org.junit.jupiter.api.Timeout(value = 10, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void hostilePatternsDoNotBacktrackExponentially() {
        String name = "a".repeat(60) + ".xml";
        assertThat(new AntPattern("*a*a*a*a*a*a*a*a*a*a*a*a*a*b").matches(name)).isFalse();
        assertThat(new AntPattern("**/**/**/**/**/**/**/**/**/**/**/**/x").matches("a/".repeat(200) + "y")).isFalse();
        assertThat(new AntPattern("*a*a*b").matches("xaayb")).isTrue();
    }

    @Test
    void doubleStarMatchesAnyNumberOfDirectoriesIncludingNone() {
        AntPattern p = new AntPattern("**/*.xml");
        assertThat(p.matches("a.xml")).isTrue();
        assertThat(p.matches("twiml/a.xml")).isTrue();
        assertThat(p.matches("x/y/z/a.xml")).isTrue();
        assertThat(p.matches("a.xml.bak")).isFalse();
        assertThat(p.matches("a.twiml")).isFalse();
    }

    @Test
    void singleStarAndQuestionMarkStayInsideOneSegment() {
        assertThat(new AntPattern("twiml/*.xml").matches("twiml/a.xml")).isTrue();
        assertThat(new AntPattern("twiml/*.xml").matches("twiml/sub/a.xml")).isFalse();
        assertThat(new AntPattern("a?.xml").matches("ab.xml")).isTrue();
        assertThat(new AntPattern("a?.xml").matches("a/.xml")).isFalse();
        assertThat(new AntPattern("a?.xml").matches("abc.xml")).isFalse();
    }

    @Test
    void doubleStarInTheMiddleAndTrailingSlash() {
        AntPattern mid = new AntPattern("static/**/legacy/*.xml");
        assertThat(mid.matches("static/legacy/a.xml")).isTrue();
        assertThat(mid.matches("static/x/y/legacy/a.xml")).isTrue();
        assertThat(mid.matches("static/x/legacy/sub/a.xml")).isFalse();
        AntPattern dir = new AntPattern("generated/");
        assertThat(dir.matches("generated/a.xml")).isTrue();
        assertThat(dir.matches("generated/x/a.xml")).isTrue();
        assertThat(dir.matches("other/a.xml")).isFalse();
    }

    @Test
    void regexCharactersAreLiteralAndBackslashesAreSeparators() {
        assertThat(new AntPattern("a+b(1).xml").matches("a+b(1).xml")).isTrue();
        assertThat(new AntPattern("a+b(1).xml").matches("aab(1).xml")).isFalse();
        assertThat(new AntPattern("twiml\\*.xml").matches("twiml/a.xml")).isTrue();
        assertThat(new AntPattern("/twiml/*.xml").matches("twiml/a.xml")).isTrue();
    }
}
