package io.github.twimllint.core.run;

import io.github.twimllint.core.Baseline;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Reading and writing baseline files for a run. Paths in a baseline are relative to its folder,
 * so it works from any working directory and from any front end.
 */
final class Baselines {
    private Baselines() {
    }

    /** Displayed path (relative to {@code displayRoot}) -> path relative to the baseline's folder. */
    static Function<String, String> keys(Path baselineFile, Path displayRoot) {
        Path dir = baselineFile.toAbsolutePath().normalize().getParent();
        return display -> {
            if (display.startsWith("<")) {
                return display;
            }
            Path abs = displayRoot.resolve(display).normalize();
            String s = abs.startsWith(dir) ? dir.relativize(abs).toString() : abs.toString();
            return s.replace('\\', '/');
        };
    }

    /** Reads a baseline; {@code shown} names it in the one-line message of a failure. */
    static Baseline read(Path file, String shown) throws RunException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return Baseline.read(r);
        } catch (NoSuchFileException e) {
            throw new RunException(shown + ": no such file (create it with --write-baseline)");
        } catch (AccessDeniedException e) {
            throw new RunException(shown + ": permission denied");
        } catch (IOException e) {
            throw new RunException(shown + ": " + (e instanceof Baseline.BadBaselineException
                    ? e.getMessage() : io.github.twimllint.core.Messages.of(e)));
        }
    }

    static void write(Path file, Baseline baseline, String shown) throws RunException {
        try {
            ReportWriter.write(file, baseline::write);
        } catch (IOException e) {
            throw new RunException("cannot write the baseline to " + shown + ": " + ReportWriter.reason(e));
        }
    }
}
