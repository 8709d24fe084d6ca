package io.github.twimllint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class GithubReporterTest {

    @Test
    void escapesDataAndPropertiesByGithubsRules() {
        assertThat(GithubReporter.data("100% a:b,c\r\nnext")).isEqualTo("100%25 a:b,c%0D%0Anext");
        assertThat(GithubReporter.property("100% a:b,c\r\nnext")).isEqualTo("100%25 a%3Ab%2Cc%0D%0Anext");
    }

    @Test
    void oneCommandPerFindingWithTheRootRelativePath() throws IOException {
        String out = ReporterGoldenTest.render(new GithubReporter());
        assertThat(out.lines().filter(l -> l.startsWith("::"))).hasSize(6);
        assertThat(out).contains("::error file=src/main/twiml/agent queue.xml,line=4,col=13,endLine=4,endColumn=26,"
                + "title=twiml-lint client-identifier::identity \"support agent\" contains a space\n");
        assertThat(out).contains("::notice file=src/main/twiml/büro.twiml,").contains("100%25 wrong:%0Asee");
        assertThat(out).as("suppressed findings are not annotated").doesNotContain("legacy").doesNotContain("a b");
        assertThat(out).contains("::error file=src/main/twiml/locked.xml,title=twiml-lint::cannot read the file");
    }

    @Test
    void pathsFollowTheSourceRoot() throws IOException {
        java.io.StringWriter w = new java.io.StringWriter();
        ReportContext sub = new ReportContext(java.nio.file.Path.of("/repo"), java.nio.file.Path.of("/repo/src"),
                null, null, null, java.time.Instant.EPOCH, null);
        new GithubReporter().write(ReportSamples.report(), sub, w);
        assertThat(w.toString()).contains("file=main/twiml/agent queue.xml,");
    }
}
