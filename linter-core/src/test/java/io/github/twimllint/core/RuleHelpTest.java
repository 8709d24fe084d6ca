package io.github.twimllint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleHelpTest {
    private static final Path PAGES = Path.of("..", "docs", "rules");

    /** The help rendered at build time is what {@link RuleDoc} renders from today's pages, every page of them. */
    @Test
    void theBuildsRenderedHelpEqualsThePagesRenderedNow() throws Exception {
        Map<String, RuleDoc> pages = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(PAGES, "*.md")) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                pages.put(name.substring(0, name.length() - 3), RuleDoc.parse(Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        assertThat(pages).isNotEmpty();
        Map<String, RuleHelp.Rendered> bundle = RuleHelp.bundle();
        assertThat(bundle.keySet()).containsExactlyInAnyOrderElementsOf(pages.keySet());
        pages.forEach((id, doc) -> {
            assertThat(bundle.get(id).text()).as(id).isEqualTo(doc.text());
            assertThat(bundle.get(id).markdown()).as(id).isEqualTo(doc.markdown());
            RuleMeta meta = RuleMeta.of(id, Severity.ERROR, "summary").build();
            assertThat(meta.help()).as(id).isEqualTo(doc.text());
            assertThat(meta.helpMarkdown()).as(id).isEqualTo(doc.markdown());
        });
    }

    @Test
    void writtenHelpReadsBackUnchanged(@TempDir Path dir) throws Exception {
        String page = "# some-rule\n\nSummary with \u00e9 and `<Dial>`.\n\n## Why\nBecause [docs](../x.md).\n\n"
                + "## Bad\n```xml\n<Response/>\n```\n";
        Files.writeString(dir.resolve("some-rule.md"), page, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("other-rule.md"), "# other-rule\n\nOther.\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.txt"), "not a page", StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RuleHelp.write(dir, out);

        Map<String, RuleHelp.Rendered> read = RuleHelp.read(new ByteArrayInputStream(out.toByteArray()));
        RuleDoc doc = RuleDoc.parse(page);
        assertThat(read).containsOnlyKeys("some-rule", "other-rule");
        assertThat(read.get("some-rule")).isEqualTo(new RuleHelp.Rendered(doc.text(), doc.markdown()));
        assertThat(read.get("other-rule").text()).isEmpty();
    }

    @Test
    void withoutTheResourceEveryPageIsRenderedAtRunTime() {
        assertThat(RuleHelp.read(null)).isEmpty();
    }
}
