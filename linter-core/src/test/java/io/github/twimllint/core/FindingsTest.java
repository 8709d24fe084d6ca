package io.github.twimllint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Findings past the in-memory limit go to a temporary file and come back in exactly the order a
 * stable sort of all of them gives, every field intact, whatever characters they hold.
 */
class FindingsTest {

    private static Finding finding(Random r, int i) {
        // Few distinct places and messages, so many findings tie and stability matters.
        String message = switch (r.nextInt(4)) {
            case 0 -> "emoji \uD83D\uDE00 and a lone surrogate \uD800 and ESC \u001b";
            case 1 -> "<say> is not a TwiML element";
            case 2 -> "";
            default -> "line\nbreak and NUL \u0000 #" + (i % 3);
        };
        Fix fix = r.nextBoolean() ? null
                : new Fix(List.of(new Fix.Edit(i, "say", "Say", 1 + i, 2, 1 + i, 5)));
        Finding.Suppression suppression = r.nextInt(5) == 0
                ? new Finding.Suppression(Finding.Suppression.Kind.IN_SOURCE, r.nextBoolean() ? null : "why \u00e9")
                : null;
        List<Finding.RelatedLocation> related = r.nextInt(4) == 0
                ? List.of(new Finding.RelatedLocation("other.xml", 3, 4, "there"))
                : List.of();
        return new Finding(r.nextBoolean() ? "unknown-element" : "xml-syntax",
                Severity.values()[1 + r.nextInt(3)], message, "a/b.xml", 1 + r.nextInt(50), 1 + r.nextInt(3),
                2, 9, "/Response/say[" + i + "]", related, suppression, fix);
    }

    private static List<Path> spillFiles() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("twiml-lint-findings-")).toList();
        }
    }

    @Test
    void spilledFindingsComeBackInStableReportOrderWithEveryField() {
        Random r = new Random(11);
        List<Finding> all = new ArrayList<>();
        // Limit 7: about 1,430 runs, so runs are also merged into one more than once (MAX_RUNS).
        Findings.Builder b = new Findings.Builder(7);
        for (int i = 0; i < 10_000; i++) {
            Finding f = finding(r, i);
            all.add(f);
            b.add(f);
        }
        List<Finding> built = b.build();
        assertThat(Findings.isSpilled(built)).isTrue();
        List<Finding> expected = new ArrayList<>(all);
        expected.sort(Finding.ORDER); // List.sort is stable
        assertThat(built).hasSize(expected.size());
        assertThat(new ArrayList<>(built)).containsExactlyElementsOf(expected);
        assertThat(built.get(1234)).isEqualTo(expected.get(1234));
        // A second reading gives the same again.
        assertThat(new ArrayList<>(built)).containsExactlyElementsOf(expected);
    }

    @Test
    void fewFindingsStayInMemory() {
        Findings.Builder b = new Findings.Builder(100);
        Random r = new Random(3);
        for (int i = 0; i < 99; i++) {
            b.add(finding(r, i));
        }
        assertThat(Findings.isSpilled(b.build())).isFalse();
    }

    @Test
    void aFileResultKeepsSpilledFindingsWhereTheyAre() {
        Findings.Builder b = new Findings.Builder(2);
        Random r = new Random(5);
        for (int i = 0; i < 10; i++) {
            b.add(finding(r, i));
        }
        FileResult result = new FileResult("a/b.xml", b.build(), false, null, null);
        assertThat(Findings.isSpilled(result.findings())).isTrue();
        LintReport report = new LintReport(List.of(result), List.of());
        assertThat(report.findings().size() + report.suppressed().size()).isEqualTo(10);
    }

    @Test
    void theTemporaryFileIsPrivateAndGoesAwayWithItsList() throws Exception {
        List<Path> before = spillFiles();
        Findings.Builder b = new Findings.Builder(2);
        Random r = new Random(7);
        for (int i = 0; i < 10; i++) {
            b.add(finding(r, i));
        }
        List<Finding> built = b.build();
        List<Path> made = new ArrayList<>(spillFiles());
        made.removeAll(before);
        assertThat(made).isNotEmpty();
        if (Files.getFileStore(made.get(0)).supportsFileAttributeView("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(made.get(0))))
                    .isEqualTo("rw-------");
        }
        assertThat(built).hasSize(10);
        built = null;
        b = null;
        for (int i = 0; i < 50 && made.stream().anyMatch(Files::exists); i++) {
            System.gc();
            Thread.sleep(100);
        }
        assertThat(made).noneMatch(Files::exists);
    }
}
