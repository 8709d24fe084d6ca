package io.github.twimllint.cli;

import io.github.twimllint.core.Baseline;
import io.github.twimllint.core.LintReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * {@code --write-baseline} records the findings that count; {@code --baseline} (or the baseline
 * just written) marks the recorded ones suppressed. Paths in a baseline are relative to its folder,
 * so it works from any working directory.
 */
final class BaselineStep {
    private BaselineStep() {
    }

    static LintReport apply(ControlOptions o, LintReport report, Path cwd, PrintWriter err) throws UsageException {
        Baseline baseline = null;
        Path file = null;
        if (o.writeBaseline != null) {
            file = o.writeBaseline;
            baseline = Baseline.of(report, keys(file, cwd));
            Baseline b = baseline;
            try {
                AtomicFile.write(cwd.resolve(file), b::write);
            } catch (IOException e) {
                throw new UsageException("cannot write the baseline to " + file + ": " + AtomicFile.reason(e));
            }
            err.println("twiml-lint: wrote " + baseline.size() + " baseline entries to " + file);
        } else if (o.baseline != null) {
            file = o.baseline;
            try (Reader r = Files.newBufferedReader(cwd.resolve(file), StandardCharsets.UTF_8)) {
                baseline = Baseline.read(r);
            } catch (NoSuchFileException e) {
                throw new UsageException("--baseline " + file + ": no such file (create it with --write-baseline)");
            } catch (AccessDeniedException e) {
                throw new UsageException("--baseline " + file + ": permission denied");
            } catch (IOException e) {
                throw new UsageException("--baseline " + file + ": " + (e instanceof Baseline.BadBaselineException
                        ? e.getMessage() : io.github.twimllint.core.Messages.of(e)));
            }
        }
        if (baseline == null) {
            return report;
        }
        Baseline.Applied applied = baseline.apply(report, keys(file, cwd), "in baseline " + file);
        if (applied.stale() > 0 && o.writeBaseline == null) {
            err.println("twiml-lint: " + applied.stale() + " baseline entries have fewer findings now;"
                    + " run with --write-baseline " + file + " to lower them");
        }
        return applied.report();
    }

    /** Displayed path (relative to the working directory) -> path relative to the baseline's folder. */
    static Function<String, String> keys(Path baselineFile, Path cwd) {
        Path dir = cwd.resolve(baselineFile).toAbsolutePath().normalize().getParent();
        return display -> {
            if (display.startsWith("<")) {
                return display;
            }
            Path abs = cwd.resolve(display).normalize();
            String s = abs.startsWith(dir) ? dir.relativize(abs).toString() : abs.toString();
            return s.replace('\\', '/');
        };
    }
}
