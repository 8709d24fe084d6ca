package io.github.twimllint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DocumentFactsTest {
    private static final Linter NO_RULES = TestDialect.builder(RuleSet.of()).jobs(1).build();

    private static String brief(DocumentFacts.Reference r) {
        return r.where() + "=" + r.value() + (r.templated() ? " (templated)" : "") + " @" + r.line() + ":"
                + r.column() + "-" + r.endLine() + ":" + r.endColumn() + " " + r.anchor();
    }

    @Test
    void recordsTopLevelVerbsAndDocumentReferences() {
        String doc = "<Response>\n"
                + "  <Say>Hi</Say>\n"
                + "  <Dial action=\"next.xml\">\n"
                + "    <Number url=\"whisper.xml\">+15558675310</Number>\n"
                + "    <Client url='{{ w }}'>agent</Client>\n"
                + "  </Dial>\n"
                + "  <Dial><Conference waitUrl=\"\">room</Conference></Dial>\n"
                + "  <Enqueue waitUrl=\" hold.xml \">q</Enqueue>\n"
                + "  <Redirect>\n    step2.xml\n  </Redirect>\n"
                + "  <Play>after.mp3</Play>\n"
                + "</Response>\n";
        DocumentFacts f = Fixtures.lint(NO_RULES, "call.xml", doc).facts();
        assertThat(f.path()).isEqualTo("call.xml");
        assertThat(f.file()).isNull();
        assertThat(f.root()).isEqualTo("Response");
        assertThat(f.verbs().stream().map(v -> v.name() + "@" + v.line() + ":" + v.column()))
                .as("the first of each verb, up to the first <Redirect>: what runs, in bounded memory")
                .containsExactly("Say@2:3", "Dial@3:3", "Enqueue@8:3", "Redirect@9:3");
        assertThat(f.references().stream().map(DocumentFactsTest::brief).collect(Collectors.toList()))
                .containsExactly(
                        "<Number url>=whisper.xml @4:18-4:29 /Response/Dial[1]/Number[1]/@url",
                        "<Client url>=\uE000\uE000\uE000\uE000\uE000\uE000\uE000 (templated) @5:18-5:25"
                                + " /Response/Dial[1]/Client[1]/@url",
                        "<Enqueue waitUrl>=hold.xml @8:21-8:31 /Response/Enqueue[1]/@waitUrl",
                        "<Redirect>=step2.xml @10:5-10:14 /Response/Redirect[1]/text()");
        assertThat(f.firstRedirect().value()).isEqualTo("step2.xml");
        assertThat(f.verbsThatRun()).extracting(DocumentFacts.Verb::name)
                .containsExactly("Say", "Dial", "Enqueue");
    }

    /**
     * The resolution cache of a project phase: nothing is kept outside a phase; in one, a cached
     * resolution comes back (the cache is made by the first one) and a new phase starts empty.
     */
    @Test
    void resolutionsAreCachedOnlyWithinAProjectPhase() {
        DocumentFacts f = Fixtures.lint(NO_RULES, "call.xml",
                "<Response><Redirect>a.xml</Redirect></Response>").facts();
        assertThat(f.references()).hasSize(1);
        f.cache(0, Project.Resolution.OUTSIDE);
        assertThat(f.cached(0)).as("outside a phase").isNull();
        f.join(0);
        assertThat(f.cached(0)).isNull();
        f.cache(0, Project.Resolution.OUTSIDE);
        assertThat(f.cached(0)).isSameAs(Project.Resolution.OUTSIDE);
        f.join(1);
        assertThat(f.cached(0)).as("a new phase").isNull();
    }

    @Test
    void onlyTopLevelVerbsOfAResponseCount() {
        DocumentFacts f = Fixtures.lint(NO_RULES, "x.xml",
                "<Response><Gather><Say>a</Say><Redirect>in.xml</Redirect></Gather></Response>").facts();
        assertThat(f.verbs()).extracting(DocumentFacts.Verb::name).containsExactly("Gather");
        assertThat(f.references()).as("a nested <Redirect> does not run").isEmpty();
        assertThat(f.firstRedirect()).isNull();

        DocumentFacts other = Fixtures.lint(NO_RULES, "y.xml", "<Say><Play>x</Play></Say>").facts();
        assertThat(other.root()).isEqualTo("Say");
        assertThat(other.verbs()).isEmpty();
    }

    @Test
    void aBrokenDocumentKeepsWhatWasSeenBeforeTheError() {
        FileResult r = Fixtures.lint(TestDialect.builder(RuleSet.of()).build(), "b.xml",
                "<Response>\n<Dial>+1555</Dial>\n<Say>oops\n</Response>");
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("xml-syntax");
        assertThat(r.facts().verbs()).extracting(DocumentFacts.Verb::name).containsExactly("Dial", "Say");
    }

    /**
     * A long document's references span several pages of the column table, keep exact places and
     * anchors, and share one string per repeated URL.
     */
    @Test
    void manyReferencesKeepTheirPlacesAndShareTheirValues() {
        int n = 3 * DocumentFacts.Table.PAGE + 17;
        StringBuilder doc = new StringBuilder("<Response>\n");
        for (int i = 0; i < n; i++) {
            doc.append("  <Redirect>next").append(i % 10).append(".xml</Redirect>\n");
        }
        doc.append("</Response>\n");
        DocumentFacts f = Fixtures.lint(NO_RULES, "long.xml", doc.toString()).facts();
        assertThat(f.references()).hasSize(n);
        for (int i : new int[] {0, 1, 4, 5, DocumentFacts.Table.PAGE, n - 1}) {
            assertThat(brief(f.references().get(i))).isEqualTo("<Redirect>=next" + (i % 10) + ".xml @" + (i + 2)
                    + ":13-" + (i + 2) + ":22 /Response/Redirect[" + (i + 1) + "]/text()");
        }
        assertThat(f.references().get(n - 1).value()).isSameAs(f.references().get(n - 11).value());
    }

    /**
     * Past the pages kept in memory, the references of a very long document go to a temporary file
     * and come back the same: every place, value (URLs repeated and unique) and anchor, in any order.
     */
    @Test
    void aVeryLongDocumentsReferencesGoToATemporaryFileAndComeBackTheSame() {
        int n = (DocumentFacts.Table.MEMORY_PAGES + 3) * DocumentFacts.Table.PAGE + 17;
        StringBuilder doc = new StringBuilder("<Response>\n");
        for (int i = 0; i < n; i++) {
            // Every third URL is unique, the others repeat (written once per page in the file).
            doc.append("  <Redirect>").append(url(i)).append("</Redirect>\n");
        }
        doc.append("</Response>\n");
        DocumentFacts f = Fixtures.lint(NO_RULES, "long.xml", doc.toString()).facts();
        assertThat(((DocumentFacts.Table) f.references()).spilledPages()).isEqualTo(4); // the last one partly filled
        assertThat(f.references()).hasSize(n);
        for (int i = n - 1; i >= 0; i -= (i % 7 == 0 ? 1 : 3)) { // backwards, and across pages
            String url = url(i);
            int end = 13 + url.length();
            assertThat(brief(f.references().get(i))).isEqualTo("<Redirect>=" + url + " @" + (i + 2)
                    + ":13-" + (i + 2) + ":" + end + " /Response/Redirect[" + (i + 1) + "]/text()");
        }
    }

    private static String url(int i) {
        return i % 3 == 0 ? "u" + i + ".xml" : "next" + (i % 10) + ".xml";
    }
}
