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
}
