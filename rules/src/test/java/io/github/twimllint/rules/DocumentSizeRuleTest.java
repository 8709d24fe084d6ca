package io.github.twimllint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twimllint.core.Finding;
import io.github.twimllint.core.Fixtures;
import io.github.twimllint.core.Linter;
import io.github.twimllint.core.RuleSet;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The size limits at their edges: the size counted is bytes, not characters. */
class DocumentSizeRuleTest {
    private static final Linter LINTER = Linter.builder(RuleSet.discover()).jobs(1).build();

    @Test
    void exactlyAtTheWarningThresholdIsCleanAndOneByteMoreIsAWarning() {
        assertThat(sizeFindings(document(DocumentSizeRule.NEAR, 'x'))).isEmpty();
        assertThat(sizeFindings(document(DocumentSizeRule.NEAR + 1, 'x')))
                .containsExactly("2:1 WARNING the document is 61441 bytes, close to Twilio's 64 kB limit (65536 bytes);"
                        + " keep it well below, or split it with <Redirect>");
    }

    @Test
    void exactlyAtTheLimitIsAWarningAndOneByteMoreIsAnError() {
        assertThat(sizeFindings(document(DocumentSizeRule.LIMIT, 'x'))).singleElement().asString()
                .startsWith("2:1 WARNING the document is 65536 bytes");
        assertThat(sizeFindings(document(DocumentSizeRule.LIMIT + 1, 'x'))).singleElement().asString()
                .startsWith("2:1 ERROR the document is 65537 bytes; Twilio refuses TwiML over 64 kB");
    }

    @Test
    void bytesAreCountedNotCharacters() {
        byte[] doc = document(DocumentSizeRule.LIMIT + 1, 'é');
        assertThat(new String(doc, StandardCharsets.UTF_8).length()).isLessThan((int) DocumentSizeRule.LIMIT);
        assertThat(sizeFindings(doc)).singleElement().asString().startsWith("2:1 ERROR the document is 65537 bytes");
    }

    @Test
    void aBrokenDocumentGetsOnlyItsSyntaxError() {
        byte[] doc = document(DocumentSizeRule.LIMIT + 10, 'x');
        byte[] broken = new String(doc, StandardCharsets.UTF_8).replace("</Response>", "").getBytes(StandardCharsets.UTF_8);
        assertThat(Fixtures.lint(LINTER, "big.xml", broken).findings()).extracting(Finding::ruleId)
                .containsOnly("xml-syntax");
    }

    private static List<String> sizeFindings(byte[] doc) {
        return Fixtures.lint(LINTER, "big.xml", doc).findings().stream()
                .peek(f -> assertThat(f.ruleId()).as("only the size is wrong with %s", f).isEqualTo("document-size"))
                .map(f -> f.line() + ":" + f.column() + " " + f.severity() + " " + f.message())
                .collect(Collectors.toList());
    }

    /**
     * A well-formed voice document of exactly {@code size} bytes, padded with {@code fill} in a
     * comment (text that no other rule looks at).
     */
    private static byte[] document(long size, char fill) {
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response>\n  <Say>Hello</Say>\n  <!--";
        String tail = "-->\n</Response>\n";
        int fillBytes = String.valueOf(fill).getBytes(StandardCharsets.UTF_8).length;
        long room = size - head.length() - tail.length();
        StringBuilder b = new StringBuilder(head);
        for (long i = 0; i < room / fillBytes; i++) {
            b.append(fill);
        }
        for (long i = 0; i < room % fillBytes; i++) {
            b.append(' ');
        }
        byte[] bytes = b.append(tail).toString().getBytes(StandardCharsets.UTF_8);
        assertThat(bytes).hasSize((int) size);
        return bytes;
    }
}
