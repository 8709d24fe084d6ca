package io.github.twimllint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twimllint.core.Version;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden/}. The tool version is written as
 * {@code @VERSION@} there so a release does not change them. {@code -Dgolden.update=true} rewrites
 * them from the current output (then review the diff).
 */
final class Golden {
    private static final Path DIR = Path.of("src/test/resources/golden");

    private Golden() {
    }

    static void assertMatches(String name, String actual) throws IOException {
        String normal = actual.replace(Version.VERSION, "@VERSION@");
        Path file = DIR.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(DIR);
            Files.writeString(file, normal, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file %s (run with -Dgolden.update=true to create it)", file).exists();
        assertThat(normal).as("output matches %s", file).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
