package io.github.twimllint.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The diff --diff prints, exactly: hunks with three lines of context, merged when close, as git apply reads them. */
class UnifiedDiffTest {
    private static final String HEAD = "--- a/d/t.xml\n+++ b/d/t.xml\n";

    /** Lines l1..ln, each ending in '\n', with the lines at the given (1-based) numbers upper-cased. */
    private static String lines(int n, int... upper) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            boolean up = false;
            for (int u : upper) {
                up |= u == i;
            }
            b.append(up ? "L" : "l").append(i).append('\n');
        }
        return b.toString();
    }

    private static String diff(String before, String after) {
        return UnifiedDiff.of("d/t.xml", before, after);
    }

    @Test
    void oneChangedLineGetsThreeLinesOfContextEachSide() {
        assertThat(diff(lines(10), lines(10, 5))).isEqualTo(HEAD
                + "@@ -2,7 +2,7 @@\n l2\n l3\n l4\n-l5\n+L5\n l6\n l7\n l8\n");
    }

    @Test
    void contextStopsAtTheEdgesOfTheFile() {
        assertThat(diff(lines(3), lines(3, 1))).isEqualTo(HEAD + "@@ -1,3 +1,3 @@\n-l1\n+L1\n l2\n l3\n");
        assertThat(diff(lines(5), lines(5, 5))).isEqualTo(HEAD + "@@ -2,4 +2,4 @@\n l2\n l3\n l4\n-l5\n+L5\n");
    }

    @Test
    void changesSixLinesApartShareAHunkAndSevenApartDoNot() {
        assertThat(diff(lines(12), lines(12, 2, 8))).isEqualTo(HEAD
                + "@@ -1,11 +1,11 @@\n l1\n-l2\n+L2\n l3\n l4\n l5\n l6\n l7\n-l8\n+L8\n l9\n l10\n l11\n");
        assertThat(diff(lines(12), lines(12, 2, 9))).isEqualTo(HEAD
                + "@@ -1,5 +1,5 @@\n l1\n-l2\n+L2\n l3\n l4\n l5\n"
                + "@@ -6,7 +6,7 @@\n l6\n l7\n l8\n-l9\n+L9\n l10\n l11\n l12\n");
    }

    @Test
    void aRunOfChangedLinesShowsItsOldLinesThenItsNewOnes() {
        assertThat(diff(lines(6), lines(6, 3, 4))).isEqualTo(HEAD
                + "@@ -1,6 +1,6 @@\n l1\n l2\n-l3\n-l4\n+L3\n+L4\n l5\n l6\n");
    }

    @Test
    void aLastLineWithoutNewlineIsMarked() {
        assertThat(diff("a\nb", "a\nB")).isEqualTo(HEAD
                + "@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+B\n\\ No newline at end of file\n");
    }

    @Test
    void carriageReturnsStayInTheirLines() {
        assertThat(diff("a\r\nb\r\n", "a\r\nB\r\n")).isEqualTo(HEAD + "@@ -1,2 +1,2 @@\n a\r\n-b\r\n+B\r\n");
    }

    @Test
    void aChangedLineCountMakesOneHunkOfTheChangedRegion() {
        String after = lines(10).replace("l5\n", "x\ny\n");
        assertThat(diff(lines(10), after)).isEqualTo(HEAD
                + "@@ -2,7 +2,8 @@\n l2\n l3\n l4\n-l5\n+x\n+y\n l6\n l7\n l8\n");
        assertThat(diff(after, lines(10))).isEqualTo(HEAD
                + "@@ -2,8 +2,7 @@\n l2\n l3\n l4\n-x\n-y\n+l5\n l6\n l7\n l8\n");
    }

    @Test
    void linesAddedOrRemovedAtTheEdges() {
        assertThat(diff("b\n", "a\nb\n")).isEqualTo(HEAD + "@@ -1,1 +1,2 @@\n+a\n b\n");
        assertThat(diff("a\n", "")).isEqualTo(HEAD + "@@ -1,1 +0,0 @@\n-a\n");
        assertThat(diff("", "a\n")).isEqualTo(HEAD + "@@ -0,0 +1,1 @@\n+a\n");
        assertThat(diff("a\na\n", "a\na\na\n")).as("repeated lines").isEqualTo(HEAD + "@@ -1,2 +1,3 @@\n a\n a\n+a\n");
        String five = "x\n".repeat(5);
        assertThat(diff(five, five + five)).as("the common tail does not reach into the common head")
                .isEqualTo(HEAD + "@@ -3,3 +3,8 @@\n x\n x\n x\n+x\n+x\n+x\n+x\n+x\n");
        assertThat(diff(five + five, five)).isEqualTo(HEAD + "@@ -3,8 +3,3 @@\n x\n x\n x\n-x\n-x\n-x\n-x\n-x\n");
        assertThat(diff(lines(9), lines(9) + "l10\n")).isEqualTo(HEAD + "@@ -7,3 +7,4 @@\n l7\n l8\n l9\n+l10\n");
        assertThat(diff("x\n" + lines(9), lines(9))).isEqualTo(HEAD + "@@ -1,4 +1,3 @@\n-x\n l1\n l2\n l3\n");
    }

    @Test
    void unchangedTextHasOnlyTheHeader() {
        assertThat(diff(lines(4), lines(4))).isEqualTo(HEAD);
    }
}
