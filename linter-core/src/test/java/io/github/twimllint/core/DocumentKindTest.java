package io.github.twimllint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentKindTest {

    /** A dialect with two kinds: Message reveals messaging, Say voice; Redirect is both kinds'. */
    private static final class Counting implements Dialect {
        final List<String> asked = new ArrayList<>();

        @Override
        public String root() {
            return "Response";
        }

        @Override
        public String kindRevealedBy(String topLevelName) {
            asked.add(topLevelName);
            return switch (topLevelName) {
                case "Message" -> "messaging";
                case "Say" -> "voice";
                default -> null;
            };
        }

        @Override
        public boolean acceptsAtTop(String kind, String topLevelName) {
            return kind.equals("voice") || !topLevelName.equals("Say");
        }

        @Override
        public String documentAttribute(String element) {
            return null;
        }

        @Override
        public boolean handsOver(String element) {
            return false;
        }
    }

    @Test
    void votesDecideAndEachNameIsAskedAboutOnce() {
        Counting dialect = new Counting();
        DocumentKind kind = new DocumentKind(dialect, null);
        for (String verb : List.of("Redirect", "Message", "Redirect", "Message", "Say", "Redirect", "Say")) {
            kind.topLevel(verb);
        }
        // Voice accepts <Message>, messaging does not accept <Say>: voice.
        assertThat(kind.kind()).isEqualTo("voice");
        assertThat(dialect.asked).containsExactly("Redirect", "Message", "Say");
    }

    @Test
    void manyDistinctSilentNamesAreStillAskedAboutAndStillVote() {
        Counting dialect = new Counting();
        DocumentKind kind = new DocumentKind(dialect, null);
        for (int i = 0; i < 40; i++) {
            kind.topLevel("Unknown" + i);
        }
        kind.topLevel("Unknown39");
        kind.topLevel("Unknown0");
        kind.topLevel("Message");
        assertThat(kind.kind()).isEqualTo("messaging");
        // The first 16 silent names are remembered; later ones are asked about again.
        assertThat(dialect.asked).hasSize(40 + 1 + 1);
        assertThat(dialect.asked.get(40)).isEqualTo("Unknown39");
        assertThat(dialect.asked.get(41)).isEqualTo("Message");
    }

    @Test
    void aConfiguredKindIsNeverVotedOn() {
        Counting dialect = new Counting();
        DocumentKind kind = new DocumentKind(dialect, "fax");
        kind.topLevel("Say");
        assertThat(kind.kind()).isEqualTo("fax");
        assertThat(kind.configured()).isTrue();
        assertThat(dialect.asked).isEmpty();
    }
}
