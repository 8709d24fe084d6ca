package io.github.twimllint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FindingOrderTest {

    private static Finding f(String path, int line, int column, String rule, String message) {
        return new Finding(rule, Severity.ERROR, message, path, line, column, line, column + 1, "", List.of());
    }

    /** Report order: path, then line, column, rule id and message, each deciding only on a tie of those before. */
    @Test
    void eachKeyDecidesOnlyWhenTheOnesBeforeItTie() {
        List<Finding> expected = List.of(
                f("a.xml", 1, 9, "z-rule", "z"),
                f("a.xml", 2, 1, "z-rule", "z"),
                f("a.xml", 2, 3, "b-rule", "z"),
                f("a.xml", 2, 3, "c-rule", "a"),
                f("a.xml", 2, 3, "c-rule", "b"),
                f("a.xml", 10, 1, "a-rule", "a"),
                f("b.xml", 1, 1, "a-rule", "a"));
        for (long seed = 0; seed < 20; seed++) {
            List<Finding> shuffled = new ArrayList<>(expected);
            Collections.shuffle(shuffled, new Random(seed));
            shuffled.sort(Finding.ORDER);
            assertThat(shuffled).containsExactlyElementsOf(expected);
        }
        Finding one = f("a.xml", 2, 3, "c-rule", "a");
        assertThat(Finding.ORDER.compare(one, f("a.xml", 2, 3, "c-rule", "a"))).isZero();
        // Lines compare as numbers, not as text.
        assertThat(Finding.ORDER.compare(f("a.xml", 9, 1, "r", "m"), f("a.xml", 10, 1, "r", "m"))).isNegative();
    }
}
