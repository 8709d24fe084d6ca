package io.github.twimllint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twimllint.core.run.ReportFormat;
import io.github.twimllint.core.run.ReportTarget;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportOutputsTest {

    static List<ReportTarget> plan(List<String> formats, List<String> outputs) {
        ReportOutputs r = new ReportOutputs();
        r.formats = formats;
        r.outputs = outputs;
        return r.targets();
    }

    @Test
    void defaultIsTextOnStandardOutput() {
        assertThat(plan(List.of(), List.of())).containsExactly(new ReportTarget(ReportFormat.TEXT, null));
        assertThat(plan(List.of(), List.of("out.txt"))).containsExactly(new ReportTarget(ReportFormat.TEXT, Path.of("out.txt")));
    }

    @Test
    void formatWithFileAndFormatWithOutputPairInOrder() {
        assertThat(plan(List.of("sarif"), List.of("a.sarif"))).containsExactly(new ReportTarget(ReportFormat.SARIF, Path.of("a.sarif")));
        assertThat(plan(List.of("text", "sarif=a.sarif", "junit=-"), List.of("t.txt")))
                .containsExactly(new ReportTarget(ReportFormat.TEXT, Path.of("t.txt")),
                        new ReportTarget(ReportFormat.SARIF, Path.of("a.sarif")), new ReportTarget(ReportFormat.JUNIT, null));
        assertThat(plan(List.of("text", "sarif"), List.of("-", "a.sarif")))
                .containsExactly(new ReportTarget(ReportFormat.TEXT, null), new ReportTarget(ReportFormat.SARIF, Path.of("a.sarif")));
        assertThat(plan(List.of("SARIF=x"), List.of())).containsExactly(new ReportTarget(ReportFormat.SARIF, Path.of("x")));
    }

    @Test
    void ambiguousPlansAreUsageErrors() {
        assertThatThrownBy(() -> plan(List.of("text", "json"), List.of()))
                .hasMessageContaining("2 reports would go to standard output");
        assertThatThrownBy(() -> plan(List.of("text", "sarif"), List.of("a.sarif")))
                .hasMessageContaining("--output is given 1 times for 2 --format option(s)");
        assertThatThrownBy(() -> plan(List.of("xml"), List.of())).hasMessageContaining("unknown format 'xml'");
        assertThatThrownBy(() -> plan(List.of("sarif=a", "json=./a"), List.of()))
                .hasMessageContaining("two reports would be written to");
        assertThatThrownBy(() -> plan(List.of(), List.of("a", "b"))).hasMessageContaining("add a --format");
        assertThatThrownBy(() -> plan(List.of("sarif="), List.of())).hasMessageContaining("empty file name");
    }
}
