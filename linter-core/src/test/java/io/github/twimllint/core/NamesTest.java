package io.github.twimllint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
    private final List<String> ids = List.of("root-element", "xml-syntax", "unused-suppression");

    @Test
    void suggestsTheClosestPlausibleName() {
        assertThat(Names.closest("root-elemnt", ids)).isEqualTo("root-element");
        assertThat(Names.closest("xml-sytnax", ids)).isEqualTo("xml-syntax");
        assertThat(Names.closest("ROOT-ELEMENT", ids)).isEqualTo("root-element");
    }

    @Test
    void suggestsNothingForUnrelatedNames() {
        assertThat(Names.closest("banana", ids)).isNull();
        assertThat(Names.suggestion("banana", ids)).isEmpty();
        assertThat(Names.suggestion("rules", List.of("rulez"))).isEqualTo(" (did you mean 'rulez'?)");
    }

    /** Moved from the rules' vocabulary, whose own "did you mean" this class replaced. */
    @Test
    void distanceIsBoundedAndCaseInsensitive() {
        assertThat(Names.distance("kitten", "sitting", 10)).isEqualTo(3);
        assertThat(Names.distance("Say", "say", 10)).isZero();
        assertThat(Names.distance("abcdef", "uvwxyz", 2)).isGreaterThan(2);
        assertThat(Names.distance("sytnax", "syntax", 10)).as("a transposition is one edit").isEqualTo(1);
        assertThat(Names.closest("ab", List.of("ac"))).isNull();
        assertThat(Names.closest("", List.of("a"))).isNull();
        assertThat(Names.closest("lang", List.of("loop", "language", "voice"))).isEqualTo("language");
        assertThat(Names.closest("stat", List.of("status", "statusCallback"))).isNull();
    }

    /** Issue 11 item 6: a 5 MB unknown name is not compared with candidates of a far other length. */
    @Test
    void aHugeNameIsLinear() {
        String huge = "x".repeat(5_000_000);
        List<String> many = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            many.add("rule-" + i);
        }
        // A hang guard, not a timing: the former matrix (5e6 x 8 cells per candidate) ran for minutes.
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> assertThat(Names.closest(huge, many)).isNull());
        assertThat(Names.closest("rule-1x", many)).isEqualTo("rule-1");
    }
}
