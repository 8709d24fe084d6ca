package io.github.twimllint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --url-mapping and --site-root reach the cross-document rules. */
class CrossDocumentOptionsTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LintCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void absoluteAndRootRelativeUrlsResolveOnlyWhenConfigured(@TempDir Path dir) throws IOException {
        Path caller = dir.resolve("app/caller.xml");
        write(caller, "<Response>\n<Dial>\n<Number url=\"https://example.com/twiml/whisper\">1</Number>\n"
                + "<Number url=\"/hold/whisper.xml\">2</Number>\n</Dial>\n</Response>\n");
        write(dir.resolve("src/main/twiml/whisper.xml"), "<Response><Dial>2</Dial></Response>");
        write(dir.resolve("public/hold/whisper.xml"), "<Response><Record/></Response>");

        Run plain = run(caller.toString());
        assertThat(plain.code()).as(plain.out() + plain.err()).isEqualTo(ExitCodes.OK);
        assertThat(plain.out()).doesNotContain("url-document");

        Run mapped = run("--url-mapping", "https://example.com/twiml/=" + dir.resolve("src/main/twiml"),
                "--site-root", dir.resolve("public").toString(), caller.toString());
        assertThat(mapped.code()).as(mapped.out() + mapped.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(mapped.out()).contains(":3:14: error: ", "[url-document-dial]")
                .contains(":4:14: error: ", "[url-document-verb]");
    }

    @Test
    void aMalformedMappingIsAUsageError() {
        Run r = run("--url-mapping", "https://example.com/twiml/", "x.xml");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("twiml-lint:");
    }
}
