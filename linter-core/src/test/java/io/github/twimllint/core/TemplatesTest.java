package io.github.twimllint.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The helpers rules and the parser use on masked template constructs. */
class TemplatesTest {
    private static final char M = Templates.MASK;

    @Test
    void aSingleBracePlaceholderIsANameOrAShortExpression() {
        assertThat(Templates.braceLength("{name}", 0, (char) 0)).isEqualTo(6);
        assertThat(Templates.braceLength("ab{x}cd", 2, (char) 0)).isEqualTo(3);
        for (String op : new String[] {"+", "#", ".", "/", ";", "?", "&"}) {
            assertThat(Templates.braceLength("{" + op + "p}", 0, (char) 0)).as(op).isEqualTo(4);
        }
        assertThat(Templates.braceLength("{_x}", 0, (char) 0)).isEqualTo(4);
        assertThat(Templates.braceLength("{9}", 0, (char) 0)).isEqualTo(3);
        assertThat(Templates.braceLength("{self.host}", 0, (char) 0)).isEqualTo(11);
        assertThat(Templates.braceLength("{x:02d}", 0, (char) 0)).isEqualTo(7);
        assertThat(Templates.braceLength("{a[0](b),c*!-}", 0, (char) 0)).isEqualTo(14);
        assertThat(Templates.braceLength("{x'y}", 0, (char) 0)).isEqualTo(5);
        assertThat(Templates.braceLength("{x'y}", 0, '\'')).as("the value's own quote ends it").isZero();
        assertThat(Templates.braceLength("{x\"y}", 0, '\'')).isEqualTo(5);
        assertThat(Templates.braceLength("{x\"y}", 0, '"')).isZero();
        for (String no : new String[] {"{ x}", "{}", "{", "{+", "{+}", "{x", "{\"a\": 1}", "{!r}", "{x y}", "{x=1}"}) {
            assertThat(Templates.braceLength(no, 0, (char) 0)).as(no).isZero();
        }
    }

    @Test
    void aPlaceholderIsAtMostMaxBraceCharactersLong() {
        String longest = "{" + "x".repeat(Templates.MAX_BRACE) + "}";
        assertThat(Templates.braceLength(longest, 0, (char) 0)).isEqualTo(Templates.MAX_BRACE + 2);
        assertThat(Templates.braceLength("ab" + longest, 2, (char) 0)).isEqualTo(Templates.MAX_BRACE + 2);
        assertThat(Templates.braceLength("{" + "x".repeat(Templates.MAX_BRACE + 1) + "}", 0, (char) 0)).isZero();
    }

    @Test
    void masksReplaceEachPlaceholderCharacterForCharacter() {
        String plain = "no placeholders";
        assertThat(Templates.maskBraces(plain)).isSameAs(plain);
        String lone = "a{ b}";
        assertThat(Templates.maskBraces(lone)).isSameAs(lone);
        assertThat(Templates.maskBraces("a{b}c{ d}e{f}")).isEqualTo("a" + M + M + M + "c{ d}e" + M + M + M);
        assertThat(Templates.maskBraces("{a}{b}")).isEqualTo(String.valueOf(M).repeat(6));
        assertThat(Templates.maskBraces("{{x}}")).isEqualTo("{" + M + M + M + "}");
    }

    @Test
    void aLineBreakBetweenMaskCharactersBelongsToTheTemplate() {
        assertThat(Templates.isMaskedLineBreak(M + "\n" + M, 1)).isTrue();
        assertThat(Templates.isMaskedLineBreak(M + "\r\n" + M, 1)).isTrue();
        assertThat(Templates.isMaskedLineBreak(M + "\r\n" + M, 2)).isTrue();
        assertThat(Templates.isMaskedLineBreak(M + "\n\n\n" + M, 2)).isTrue();
        assertThat(Templates.isMaskedLineBreak(M + "x" + M, 1)).as("not a line break").isFalse();
        assertThat(Templates.isMaskedLineBreak("x\n" + M, 1)).isFalse();
        assertThat(Templates.isMaskedLineBreak(M + "\nx", 1)).isFalse();
        assertThat(Templates.isMaskedLineBreak("\n" + M, 0)).isFalse();
        assertThat(Templates.isMaskedLineBreak(M + "\n", 1)).isFalse();
        assertThat(Templates.isMaskedLineBreak("\n\n", 1)).isFalse();
    }

    @Test
    void messagesShowMaskedRunsAsPlaceholders() {
        String plain = "plain";
        assertThat(Templates.isTemplated(plain)).isFalse();
        assertThat(Templates.isTemplated("ab" + M)).isTrue();
        assertThat(Templates.isTemplated(M + "ab")).isTrue();
        assertThat(Templates.display(plain)).isSameAs(plain);
        assertThat(Templates.display("a" + M + M + "b" + M)).isEqualTo("a{…}b{…}");
        assertThat(Templates.unmask(plain)).isSameAs(plain);
        assertThat(Templates.unmask(M + "a")).isEqualTo("template codea");
        assertThat(Templates.unmask("x='" + M + M + "' y" + M)).isEqualTo("x=template code ytemplate code");
        assertThat(Templates.Language.PHP.describe()).isEqualTo("a PHP construct (<?php ?>)");
        assertThat(Templates.Language.SINGLE_BRACE.describe())
                .isEqualTo("a Python format string/C# interpolation/RFC 6570 URI template construct ({name})");
    }
}
