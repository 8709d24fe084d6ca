package io.github.twimllint.rules.values;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twimllint.core.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostnameTest {

    private static String masked(String literal, int maskLength) {
        return literal + String.valueOf(Templates.MASK).repeat(maskLength);
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "api.example.co.uk", "a-b.example.com", "localhost", "10.0.0.1",
        "[2001:db8::1]", "example.com.", "xn--bcher-kva.de", "bücher.de", "1a.example.com",
        "9a61-159-250-101-107.ngrok-free.app"})
    void validHosts(String host) {
        assertThat(Hostname.check(host)).isNull();
    }

    @Test
    void underscores() {
        assertThat(Hostname.check("my_app.herokuapp.com").message()).contains("underscore");
        assertThat(Hostname.check("example.com_").message()).contains("underscore");
    }

    @Test
    void emptyLabels() {
        assertThat(Hostname.check("example..com").message()).contains("empty label");
        assertThat(Hostname.check(".example.com").message()).contains("starts with a dot");
        assertThat(Hostname.check("example.com..").message()).contains("empty label");
    }

    @Test
    void illegalCharactersAndHyphens() {
        assertThat(Hostname.check("exa!mple.com").message()).contains("'!'");
        assertThat(Hostname.check("exa%20mple.com").message()).contains("'%'");
        assertThat(Hostname.check("-example.com").message()).contains("hyphen");
        assertThat(Hostname.check("example-.com").message()).contains("hyphen");
        assertThat(Hostname.check("[2001:zz::1]").message()).contains("IPv6");
        assertThat(Hostname.check("300.1.1.1").message()).contains("IPv4");
    }

    @Test
    void lengths() {
        String label63 = "a".repeat(63);
        assertThat(Hostname.check(label63 + ".com")).isNull();
        assertThat(Hostname.check("a".repeat(64) + ".com").message()).contains("64 characters");
        String name253 = (label63 + ".").repeat(3) + "a".repeat(61);
        assertThat(name253).hasSize(253);
        assertThat(Hostname.check(name253)).isNull();
        assertThat(Hostname.check(name253 + "a").message()).contains("254 characters");
    }

    @Test
    void leavesUrlLevelProblemsToInvalidUrl() {
        assertThat(Hostname.check("")).isNull();
        assertThat(Hostname.check("<ngrok url>")).isNull();
        assertThat(Hostname.check("{HOST}")).isNull();
    }

    @Test
    void templatedHostsCheckOnlyTheirLiteralPrefix() {
        assertThat(Hostname.check(masked("", 8))).isNull();
        assertThat(Hostname.check(masked("api.", 8))).isNull();
        assertThat(Hostname.check(masked("my_", 8)).message()).contains("underscore");
        assertThat(Hostname.check(masked("a..", 8)).message()).contains("empty label");
        assertThat(Hostname.check(masked("a".repeat(64), 8)).message()).contains("longer than 63");
        assertThat(Hostname.check(masked(("a".repeat(60) + ".").repeat(3), 60))).isNull();
    }

    // The cases below pin the edges of each check (found by PIT's surviving mutants).

    @Test
    void ipv4PartsUpTo255() {
        assertThat(Hostname.check("192.168.0.1")).isNull();
        assertThat(Hostname.check("255.255.255.255")).isNull();
        assertThat(Hostname.check("256.1.1.1").message()).contains("IPv4");
        assertThat(Hostname.check("0255.1.1.1").message()).contains("IPv4");
    }

    @Test
    void ipv6LiteralsHoldHexDigitsColonsAndDots() {
        assertThat(Hostname.check("[::]")).as("the shortest").isNull();
        assertThat(Hostname.check("[aA:fF:09::]")).isNull();
        for (String bad : new String[] {"[:]", "[::1", "[g::]", "[G::]", "[@::]"}) {
            assertThat(Hostname.check(bad).message()).as(bad).contains("IPv6");
        }
    }

    @Test
    void emptyLabelsSayWhere() {
        assertThat(Hostname.check("a..b").message()).endsWith("(two dots in a row)");
        assertThat(Hostname.check("a.b..").message()).endsWith("(two dots in a row)");
    }

    @Test
    void aTemplatedLabelIsCheckedUpToTheLimit() {
        assertThat(Hostname.check(masked("a".repeat(Hostname.MAX_LABEL), 4))).isNull();
        assertThat(Hostname.check(masked("a".repeat(Hostname.MAX_LABEL + 1), 4)).message()).contains("longer than 63");
    }

    @Test
    void charactersNoUrlMayHoldAreLeftToTheUrlCheck() {
        assertThat(Hostname.check("exa mple.com")).isNull();
        assertThat(Hostname.check("a\"b.com")).isNull();
    }
}
