package io.github.twimllint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twimllint.core.report.ReportContext;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportContextTest {

    @Test
    void commandLineQuotesWhatAShellWouldSplit() {
        ReportContext c = new ReportContext(Path.of("/w"), null, null, null,
                List.of("--format", "sarif=a b.sarif", "it's", "src/main", ""), Instant.EPOCH, null);
        assertThat(c.commandLine()).isEqualTo("twiml-lint --format 'sarif=a b.sarif' 'it'\\''s' src/main ''");
        assertThat(c.sourceRoot()).as("default source root").isEqualTo(Path.of("/w"));
        assertThat(c.endTime()).isEqualTo(Instant.EPOCH);
    }

    @Test
    void stdinKeepsItsName() {
        ReportContext c = new ReportContext(Path.of("/w"), null, null, null, null, Instant.EPOCH, null);
        assertThat(c.rootRelative("<stdin>")).isEqualTo("<stdin>");
    }
}
