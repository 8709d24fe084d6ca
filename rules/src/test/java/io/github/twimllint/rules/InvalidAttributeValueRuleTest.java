package io.github.twimllint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twimllint.rules.values.ValueSyntax;
import io.github.twimllint.rules.vocabulary.model.AttributeSpec;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidAttributeValueRuleTest {
    /** The shortcut for plain integers says "fine" exactly where the full check finds nothing. */
    @Test
    void plainIntegerShortcutAgreesWithTheFullCheck() {
        List<String> values = List.of("0", "5", "30", "600", "601", "4", "999999999", "1000000000", "-5", "+5", " 5",
                "5 ", "", "05", "1.5", "x", "\u0665", "99999999999999999999");
        List<Double[]> bounds = Arrays.asList(new Double[] {null, null}, new Double[] {5.0, 600.0},
                new Double[] {1.0, null}, new Double[] {null, 250.0}, new Double[] {0.5, 4.9}, new Double[] {-3.0, 0.0});
        int shortcuts = 0;
        for (Double[] b : bounds) {
            AttributeSpec spec = new AttributeSpec();
            spec.setMin(b[0]);
            spec.setMax(b[1]);
            for (String v : values) {
                boolean fine = ValueSyntax.integer(v, bound(b[0]), bound(b[1])) == null;
                boolean quick = InvalidAttributeValueRule.isSmallIntegerWithin(v, spec);
                assertThat(!quick || fine).as("\"%s\" in [%s, %s]", v, b[0], b[1]).isTrue();
                shortcuts += quick ? 1 : 0;
            }
        }
        assertThat(shortcuts).isPositive();
        AttributeSpec timeout = new AttributeSpec();
        timeout.setMin(5.0);
        timeout.setMax(600.0);
        assertThat(InvalidAttributeValueRule.isSmallIntegerWithin("30", timeout)).isTrue();
        assertThat(InvalidAttributeValueRule.isSmallIntegerWithin("601", timeout)).isFalse();
        assertThat(InvalidAttributeValueRule.isSmallIntegerWithin("+30", timeout)).isFalse();
    }

    private static Long bound(Double d) {
        return d == null ? null : (long) Math.floor(d);
    }
}
