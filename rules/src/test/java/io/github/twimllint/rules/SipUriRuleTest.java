package io.github.twimllint.rules;

import io.github.twimllint.core.Fixtures;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class SipUriRuleTest {
    @TestFactory
    Stream<DynamicTest> fixtures() {
        return Fixtures.forRule("sip-uri");
    }
}
