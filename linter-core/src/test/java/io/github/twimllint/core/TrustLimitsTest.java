package io.github.twimllint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Test;

/** Limits and wording behind issue 11 that the CLI tests cannot observe directly. */
class TrustLimitsTest {

    @Test
    void workerCountIsCappedAtAMultipleOfTheProcessors() {
        int processors = Runtime.getRuntime().availableProcessors();
        Linter l = Linter.builder(RuleSet.discover()).jobs(100_000).build();
        assertThat(l.jobs()).isEqualTo(processors * Linter.MAX_JOBS_PER_PROCESSOR);
        assertThat(Linter.builder(RuleSet.discover()).jobs(1).build().jobs()).isEqualTo(1);
    }

    @Test
    void ioFailuresAreDescribedWithoutExceptionNames() {
        assertThat(Messages.of(new FileSystemException("/x", null, "Too many levels of symbolic links")))
                .isEqualTo("too many levels of symbolic links");
        assertThat(Messages.of(new FileSystemException("/x"))).isEqualTo("cannot be accessed");
        assertThat(Messages.of(new MalformedInputException(1))).isEqualTo("not valid text in its encoding");
        assertThat(Messages.of(new IOException())).isEqualTo("input/output error");
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 10, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void oneCharacterReadsHoldASurrogatePair() throws IOException {
        Reader r = io.github.twimllint.core.parse.Decoding.reader(
                new java.io.ByteArrayInputStream("a\uD83D\uDE00b".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        StringBuilder b = new StringBuilder();
        int c;
        while ((c = r.read()) >= 0) {
            b.append((char) c);
        }
        assertThat(b.toString()).isEqualTo("a\uD83D\uDE00b");
    }
}
