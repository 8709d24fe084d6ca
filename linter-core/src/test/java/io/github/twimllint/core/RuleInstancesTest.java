package io.github.twimllint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which rule instance lints which document, and which elements a rule is called for: a rule
 * without fields is one instance for all documents, a rule with fields gets a fresh one per
 * document unless it declares {@link Rule#reusable()} (then its thread keeps it and
 * {@link Rule#startDocument} resets it), and {@link Rule#elements()} limits its element events.
 */
class RuleInstancesTest {

    /** Every instance that linted a document, in any of the rules below. */
    static final Set<Rule> INSTANCES = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    private static final String SMALL = "<Response><Say>a</Say></Response>";
    private static final String LARGE = "<Response><Say>a</Say><Say>b</Say><Pause/></Response>";

    @BeforeEach
    void clear() {
        INSTANCES.clear();
    }

    /** Reports the number of elements of its document; no fields. */
    static final class Stateless implements Rule {
        static final RuleMeta META = RuleMeta.of("stateless", Severity.NOTE, "test rule").build();

        @Override
        public RuleMeta meta() {
            return META;
        }

        @Override
        public void startDocument(RuleContext ctx) {
            INSTANCES.add(this);
        }

        @Override
        public void endElement(Element e, RuleContext ctx) {
            if (e.parent() == null) {
                ctx.report(e, "children " + e.childCount());
            }
        }
    }

    /** Counts a document's elements in a field (of this base class: a subclass has state too). */
    abstract static class ElementCounter implements Rule {
        private final RuleMeta meta;
        int elements;

        ElementCounter(String id) {
            meta = RuleMeta.of(id, Severity.NOTE, "test rule").build();
        }

        @Override
        public RuleMeta meta() {
            return meta;
        }

        @Override
        public void startElement(Element e, RuleContext ctx) {
            INSTANCES.add(this);
            elements++;
        }

        @Override
        public void endDocument(RuleContext ctx) {
            ctx.report(1, 1, "elements " + elements);
        }
    }

    /** Never resets its count: only a fresh instance per document counts right. */
    static final class Counting extends ElementCounter {
        Counting() {
            super("counting");
        }
    }

    /** Resets its count at the start of each document. */
    static final class Resetting extends ElementCounter {
        Resetting() {
            super("resetting");
        }

        @Override
        public boolean reusable() {
            return true;
        }

        @Override
        public void startDocument(RuleContext ctx) {
            elements = 0;
        }
    }

    private static List<String> messages(Linter linter, String text) {
        List<String> out = new ArrayList<>();
        for (Finding f : Fixtures.lint(linter, "t.xml", text).findings()) {
            out.add(f.ruleId() + ": " + f.message());
        }
        return out;
    }

    /** The findings of one linter on a large, a small and a small document, in that order. */
    private static List<List<String>> largeSmallSmall(java.util.function.Supplier<Rule> rule) {
        Linter linter = TestDialect.builder(RuleSet.of(rule)).jobs(1).build();
        return List.of(messages(linter, LARGE), messages(linter, SMALL), messages(linter, SMALL));
    }

    @Test
    void aRuleWithoutFieldsIsOneInstanceForEveryDocument() {
        assertThat(largeSmallSmall(Stateless::new)).containsExactly(
                List.of("stateless: children 3"), List.of("stateless: children 1"), List.of("stateless: children 1"));
        assertThat(INSTANCES).hasSize(1);
    }

    @Test
    void aRuleWithFieldsGetsAFreshInstanceForEachDocument() {
        assertThat(largeSmallSmall(Counting::new)).containsExactly(
                List.of("counting: elements 4"), List.of("counting: elements 2"), List.of("counting: elements 2"));
        assertThat(INSTANCES).hasSize(3);
    }

    @Test
    void aReusableRuleIsKeptByItsThreadAndStartsEachDocumentFresh() {
        assertThat(largeSmallSmall(Resetting::new)).containsExactly(
                List.of("resetting: elements 4"), List.of("resetting: elements 2"), List.of("resetting: elements 2"));
        assertThat(INSTANCES).hasSize(1);
    }

    @Test
    void parallelWorkersNeverShareAReusableInstanceWithinADocument(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            java.nio.file.Path f = dir.resolve("d" + i + ".xml");
            java.nio.file.Files.writeString(f, i % 2 == 0 ? SMALL : LARGE);
            sources.add(Source.ofFile(f, "d" + i + ".xml", false));
        }
        Linter linter = TestDialect.builder(RuleSet.of(Resetting::new, Counting::new)).jobs(2).build();
        for (FileResult r : linter.lint(sources).files()) {
            String expected = r.path().matches("d[0-9]*[02468]\\.xml") ? "elements 2" : "elements 4";
            assertThat(r.findings()).extracting(Finding::message).containsExactly(expected, expected);
        }
    }

    /** Records the element events it gets; takes only the names it is made with (null: all). */
    static final class Listening implements Rule {
        static final List<String> SEEN = Collections.synchronizedList(new ArrayList<>());
        private final String id;
        private final Set<String> names;

        Listening(String id, Set<String> names) {
            this.id = id;
            this.names = names;
        }

        @Override
        public RuleMeta meta() {
            return RuleMeta.of(id, Severity.NOTE, "test rule").build();
        }

        @Override
        public Set<String> elements() {
            return names;
        }

        @Override
        public void startElement(Element e, RuleContext ctx) {
            SEEN.add(id + " <" + e.name());
        }

        @Override
        public void endElement(Element e, RuleContext ctx) {
            SEEN.add(id + " </" + e.name());
        }
    }

    @Test
    void aRuleListingElementsIsCalledForThoseOnly() {
        Listening.SEEN.clear();
        Linter linter = TestDialect.builder(RuleSet.of(() -> new Listening("say", Set.of("Say")),
                () -> new Listening("dial", Set.of("Dial", "Number")), () -> new Listening("all", null)))
                .jobs(1).build();
        Fixtures.lint(linter, "t.xml", "<Response><Say>a</Say><Dial><Number>1</Number></Dial><Pause/></Response>");
        assertThat(Listening.SEEN).containsExactly(
                "all <Response",
                "say <Say", "all <Say", "say </Say", "all </Say",
                "dial <Dial", "all <Dial",
                "dial <Number", "all <Number", "dial </Number", "all </Number",
                "dial </Dial", "all </Dial",
                "all <Pause", "all </Pause",
                "all </Response");
    }

    /** Child counts and names past the few names an element searches one by one. */
    static final class Children implements Rule {
        static final RuleMeta META = RuleMeta.of("children", Severity.NOTE, "test rule").build();

        @Override
        public RuleMeta meta() {
            return META;
        }

        @Override
        public void startElement(Element e, RuleContext ctx) {
            if (e.depth() == 1) {
                ctx.report(e, e.name() + "[" + e.indexAmongSameName() + "]");
            }
        }

        @Override
        public void endElement(Element e, RuleContext ctx) {
            if (e.parent() == null) {
                ctx.report(e, e.childCount() + " " + e.childCount("e0") + " " + e.childCount("e11") + " "
                        + e.childCount("none") + " " + e.childNames());
            }
        }
    }

    @Test
    void childCountsHoldForManyDistinctNames() {
        StringBuilder doc = new StringBuilder("<Response>");
        List<String> expected = new ArrayList<>();
        for (int round = 1; round <= 2; round++) {
            for (int i = 0; i < 12; i++) {
                doc.append("<e").append(i).append("/>");
                expected.add("children: e" + i + "[" + round + "]");
            }
        }
        doc.append("<e0/></Response>");
        expected.add("children: e0[3]");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            names.add("e" + i);
        }
        expected.add(0, "children: 25 3 2 0 " + names);
        Linter linter = TestDialect.builder(RuleSet.of(Children::new)).jobs(1).build();
        assertThat(messages(linter, doc.toString())).containsExactlyInAnyOrderElementsOf(expected);
    }
}
