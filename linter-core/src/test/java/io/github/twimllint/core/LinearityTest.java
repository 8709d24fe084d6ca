package io.github.twimllint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The hostile shapes of {@link HostileInputTest} cost time in proportion to their size: linting an
 * input 10 times larger takes about 10 times longer, not 100 (quadratic). Compared as a ratio of the
 * fastest of several runs of each size, in CPU time of the linting thread, so a loaded machine slows
 * both sides alike; no wall-clock limit.
 */
class LinearityTest {
    /** Linear is about 10; quadratic would be about 100. The margin absorbs noise on a busy machine. */
    private static final double MAX_RATIO = 35;
    private static final int ATTEMPTS = 3;

    private final Linter linter = Linter.builder(RuleSet.of(LocationTest.EverythingRule::new)).jobs(1).build();

    /** CPU time of this thread (one job lints here): other processes on a busy machine do not count. */
    private static long now() {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        return bean.isCurrentThreadCpuTimeSupported() ? bean.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private long fastest(String document) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = now();
            FileResult r = Fixtures.lint(linter, "doc.xml", document);
            best = Math.min(best, now() - start);
            assertThat(r.internalError()).isNull();
        }
        return best;
    }

    /**
     * A quadratic shape is about 100 on every attempt; a linear one exceeded the limit once in a while
     * on a loaded 2-core machine (a collection or a descheduled core lands in one side). So the ratio
     * is measured up to three times and the lowest counts.
     */
    private void assertLinear(String shape, int n, IntFunction<String> document) {
        String small = document.apply(n);
        String large = document.apply(10 * n);
        fastest(small); // warm-up: class loading and JIT compilation must not count against the small input
        double best = Double.MAX_VALUE;
        for (int attempt = 1; attempt <= ATTEMPTS && best >= MAX_RATIO; attempt++) {
            double ratio = (double) fastest(large) / fastest(small);
            System.out.printf("LinearityTest: %s, n=%d, attempt %d: time(10n)/time(n) = %.1f%n", shape, n, attempt, ratio);
            best = Math.min(best, ratio);
        }
        assertThat(best).as("%s: time for 10n over time for n (n=%d), lowest of up to %d attempts", shape, n, ATTEMPTS)
                .isLessThan(MAX_RATIO);
    }

    @Test
    void undeclaredEntities() {
        assertLinear("undeclared entities", 20_000,
                n -> "<Response>\n<Say>" + "&a;".repeat(n) + "</Say></Response>");
    }

    @Test
    void nestedElements() {
        // Blocks 500 deep (under the depth limit, where the parser stops), one after another.
        String block = "<a>".repeat(500) + "</a>".repeat(500);
        assertLinear("nested elements", 40, n -> "<Response>\n" + block.repeat(n) + "\n</Response>");
    }

    @Test
    void longAttributeValue() {
        // 10n stays under the 1 MB attribute limit, where the value is no longer read.
        assertLinear("attribute value", 90_000,
                n -> "<Response>\n  <Play loop=\"1\" url=\"" + "x".repeat(n) + "\"/>\n</Response>");
    }

    @Test
    void longText() {
        assertLinear("text", 200_000, n -> "<Response>\n  <Say>" + "na ".repeat(n) + "</Say>\n</Response>");
    }

    @Test
    void manyElementsEachWithFindings() {
        assertLinear("sibling elements", 5_000,
                n -> "<Response>\n" + "  <Say voice=\"alice\">Hello</Say>\n  <Pause length=\"1\"/>\n".repeat(n)
                        + "</Response>");
    }
}
