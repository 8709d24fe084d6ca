package io.github.twimllint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {
    /** The prefix test answers as lower-casing a copy would, for letters whose case maps are not ASCII's. */
    @Test
    void prefixesAsLowerCasing() {
        String[] texts = {"sip:a", "SIP:a", "SiPs:a", "s\u0130p:a", "\u017Fip:a", "sip", "", "sips", "xsip:", "SIPS:"};
        for (String t : texts) {
            for (String prefix : new String[] {"sip:", "sips:"}) {
                assertThat(Texts.startsWithLowerCased(t, prefix)).as("\"%s\" starts with %s", t, prefix)
                        .isEqualTo(t.toLowerCase(java.util.Locale.ROOT).startsWith(prefix));
            }
        }
    }
}
