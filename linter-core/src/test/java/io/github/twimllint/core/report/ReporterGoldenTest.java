package io.github.twimllint.core.report;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Every format on the same fixed report, compared with its golden file. */
class ReporterGoldenTest {

    static String render(Reporter reporter) throws IOException {
        StringWriter w = new StringWriter();
        reporter.write(ReportSamples.report(), ReportSamples.context(), w);
        return w.toString();
    }

    @Test
    void text() throws IOException {
        Golden.assertMatches("sample.txt", render(new TextReporter()));
    }

    @Test
    void sarif() throws IOException {
        Golden.assertMatches("sample.sarif", render(new SarifReporter()));
    }

    @Test
    void github() throws IOException {
        Golden.assertMatches("sample.github.txt", render(new GithubReporter()));
    }

    @Test
    void json() throws IOException {
        Golden.assertMatches("sample.json", render(new JsonReporter()));
    }

    @Test
    void checkstyle() throws IOException {
        Golden.assertMatches("sample.checkstyle.xml", render(new CheckstyleReporter()));
    }

    @Test
    void codeclimate() throws IOException {
        Golden.assertMatches("sample.codeclimate.json", render(new CodeClimateReporter()));
    }

    @Test
    void junit() throws IOException {
        Golden.assertMatches("sample.junit.xml", render(new JunitReporter(io.github.twimllint.core.Severity.NOTE)));
    }
}
