package io.github.twimllint.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The id and constraint-id checks every rule's metadata passes when it is built. */
class RuleMetaTest {

    private static RuleMeta meta(String id, String... constraints) {
        return new RuleMeta(id, Severity.ERROR, "summary", null, List.of(), List.of(), List.of(constraints));
    }

    @Test
    void acceptsKebabCaseIdsAndConstraintIds() {
        assertThat(meta("root-element", "C001", "C123").constraints()).containsExactly("C001", "C123");
        assertThat(meta("xml-syntax").id()).isEqualTo("xml-syntax");
        assertThat(meta("a1-b2-c3").id()).isEqualTo("a1-b2-c3");
    }

    @Test
    void rejectsIdsThatAreNotKebabCase() {
        for (String bad : List.of("Root-element", "root_element", "root--element", "-root", "root-", "1root", "",
                "root-element ", "root-Element")) {
            assertThatThrownBy(() -> meta(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("rule id must be kebab-case: " + bad);
        }
    }

    @Test
    void rejectsConstraintIdsThatDoNotLookLikeC123() {
        for (String bad : List.of("C12", "C1234", "c123", "C12a", " C123", "X123")) {
            assertThatThrownBy(() -> meta("root-element", bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("constraint id must look like C123: " + bad);
        }
    }
}
