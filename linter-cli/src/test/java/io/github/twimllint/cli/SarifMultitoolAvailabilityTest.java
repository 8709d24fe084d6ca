package io.github.twimllint.cli;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Without the Multitool, CI fails with the reason; a developer's machine skips. */
class SarifMultitoolAvailabilityTest {

    @Test
    void inCiAMissingToolFailsWithTheReason() {
        assertThatThrownBy(() -> SarifMultitoolTest.unavailableUnless(false, "npm is not installed", "true"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("cannot run in CI (CI=true): npm is not installed")
                .hasMessageContaining("Node.js with npm");
    }

    @Test
    void locallyAMissingToolSkips() {
        for (String ci : new String[] {null, "", "false"}) {
            assertThatThrownBy(() -> SarifMultitoolTest.unavailableUnless(false, "npm is not installed", ci))
                    .as("CI=%s", ci)
                    .isInstanceOf(TestAbortedException.class)
                    .hasMessage("skipped: npm is not installed");
        }
    }

    @Test
    void anAvailableToolNeitherFailsNorSkips() {
        assertThatCode(() -> SarifMultitoolTest.unavailableUnless(true, "unused", "true")).doesNotThrowAnyException();
    }
}
