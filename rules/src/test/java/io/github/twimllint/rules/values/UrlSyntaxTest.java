package io.github.twimllint.rules.values;

import static io.github.twimllint.rules.values.UrlSyntax.Expect.ABSOLUTE_HTTP;
import static io.github.twimllint.rules.values.UrlSyntax.Expect.HTTP;
import static io.github.twimllint.rules.values.UrlSyntax.Expect.HTTPS;
import static io.github.twimllint.rules.values.UrlSyntax.Expect.WSS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.twimllint.core.Severity;
import io.github.twimllint.core.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlSyntaxTest {

    /** A template placeholder as the engine hands it over: masked, same length. */
    private static String t(String s) {
        StringBuilder b = new StringBuilder(s);
        int open;
        while ((open = b.indexOf("{{")) >= 0) {
            int close = b.indexOf("}}", open) + 2;
            for (int i = open; i < close; i++) {
                b.setCharAt(i, Templates.MASK);
            }
        }
        return b.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/voice", "http://example.com", "HTTPS://Example.COM/x?a=1&b=2#f",
        "https://user:pw@example.com:8443/x", "http://[2001:db8::1]:8080/x", "/voice/answer", "answer.xml",
        "handle-hangup.php", "../twiml/wait.xml", "?step=2", "status_callback", "url", "https://example.com/a_b/c%20d",
        "//cdn.example.com/hold.mp3", "https://example.com/it's", "https://例え.jp/x"})
    void acceptsHttpUrlsAndRelativeReferences(String value) {
        assertThat(UrlSyntax.check(value, HTTP, false)).isNull();
    }

    @Test
    void wssOnlyWhereAWebSocketIsWanted() {
        assertThat(UrlSyntax.check("wss://example.com/media", WSS, false)).isNull();
        assertThat(UrlSyntax.check("wss://example.com/media", HTTP, false).message()).contains("wss://");
        assertThat(UrlSyntax.check("ws://example.com/media", WSS, false).message()).contains("wss");
        assertThat(UrlSyntax.check("https://example.com/media", WSS, false).message())
                .contains("must be a WebSocket URL starting with wss://");
        assertThat(UrlSyntax.check("/media", WSS, false).message()).contains("absolute WebSocket URL");
        assertThat(UrlSyntax.check("example.ngrok.io/media", WSS, false).message()).contains("wss://example.ngrok.io");
    }

    @Test
    void absoluteAndHttpsExpectations() {
        assertThat(UrlSyntax.check("https://example.com/s", ABSOLUTE_HTTP, false)).isNull();
        assertThat(UrlSyntax.check("/status", ABSOLUTE_HTTP, false).message()).contains("absolute URL");
        assertThat(UrlSyntax.check("/pay", HTTPS, false)).isNull();
        assertThat(UrlSyntax.check("https://example.com/pay", HTTPS, false)).isNull();
        assertThat(UrlSyntax.check("http://example.com/pay", HTTPS, false).message()).contains("must use https://");
    }

    @Test
    void emptyIsAnErrorUnlessAllowed() {
        assertThat(UrlSyntax.check("", HTTP, false).message()).contains("empty");
        assertThat(UrlSyntax.check("", HTTP, true)).isNull();
    }

    @Test
    void spacesQuotesAndIllegalCharacters() {
        assertThat(UrlSyntax.check("https://example.com/my file.mp3", HTTP, false).message()).contains("%20");
        assertThat(UrlSyntax.check(" https://example.com/", HTTP, false).message()).contains("leading or trailing");
        assertThat(UrlSyntax.check("Your wss address here", WSS, false).message()).contains("whitespace");
        assertThat(UrlSyntax.check("'https://example.com/'", HTTP, false).message()).contains("quote");
        assertThat(UrlSyntax.check("https://example.com/\"x\"", HTTP, false).message()).contains("quote");
        assertThat(UrlSyntax.check("https:\\\\example.com", HTTP, false).message()).contains("backslash");
        assertThat(UrlSyntax.check("wss://<ngrok>/", WSS, false).message()).contains("'<'");
        // {HOST} is a URL template / format-string placeholder; a lone brace is not.
        assertThat(UrlSyntax.check("wss://{HOST}/relay", WSS, false)).isNull();
        assertThat(UrlSyntax.check("wss://{HOST/relay", WSS, false).message()).contains("'{'");
        assertThat(UrlSyntax.check("https://{host}/next step", HTTP, false).message()).contains("whitespace");
        assertThat(UrlSyntax.check("http//{host}/x", HTTP, false).message()).contains("malformed scheme");
        assertThat(UrlSyntax.check("https://example.com/100%", HTTP, false).message()).contains("two hex digits");
        assertThat(UrlSyntax.check("https://example.com/a%2Fb", HTTP, false)).isNull();
    }

    @Test
    void schemes() {
        assertThat(UrlSyntax.check("ftp://example.com/a.mp3", HTTP, false).message()).contains("'ftp:'");
        assertThat(UrlSyntax.check("http//example.com/x", HTTP, false).message()).contains("write 'http://'");
        assertThat(UrlSyntax.check("https;//example.com/x", HTTP, false).message()).contains("write 'https://'");
        assertThat(UrlSyntax.check("http:/example.com/x", HTTP, false).message()).contains("'//'");
        assertThat(UrlSyntax.check("https:example.com", HTTP, false).message()).contains("'//'");
        assertThat(UrlSyntax.check("https:///x", HTTP, false).message()).contains("no host");
        assertThat(UrlSyntax.check("https://example.com:80a/x", HTTP, false).message()).contains("port");
        assertThat(UrlSyntax.check("https://example.com:99999/x", HTTP, false).message()).contains("port");
        assertThat(UrlSyntax.check("https://[::1/x", HTTP, false).message()).contains("IPv6");
        assertThat(UrlSyntax.check("localhost:3000/voice", HTTP, false).message()).contains("host name and port");
    }

    @Test
    void schemeLessHostsAreWarnings() {
        Problem p = UrlSyntax.check("www.myexample.com", HTTP, false);
        assertThat(p.severity()).isEqualTo(Severity.WARNING);
        assertThat(p.message()).contains("https://www.myexample.com");
        assertThat(UrlSyntax.check("example.com/handler", HTTP, false).isWarning()).isTrue();
        assertThat(UrlSyntax.check("10.0.0.1/voice", HTTP, false).isWarning()).isTrue();
        assertThat(UrlSyntax.check("hello.php", HTTP, false)).isNull();
        assertThat(UrlSyntax.check("twiml/wait.xml", HTTP, false)).isNull();
        assertThat(UrlSyntax.check("voicemail.twiml", HTTP, false)).isNull();
    }

    @Test
    void templatedValuesAreCheckedOnlyWhereTheLiteralPrefixDecides() {
        assertThat(UrlSyntax.check(t("{{url}}"), HTTP, false)).isNull();
        assertThat(UrlSyntax.check(t("https://{{host}}/x"), HTTP, false)).isNull();
        // The literal text around a placeholder is served as written: its space is still reported, at its index.
        Problem space = UrlSyntax.check(t("{{base}}/x y"), HTTP, false);
        assertThat(space.message()).contains("whitespace");
        assertThat(space.at()).isEqualTo(10);
        assertThat(UrlSyntax.check(t("wss://{{ host }}/media"), WSS, false)).isNull();
        assertThat(UrlSyntax.check(t("http//x{{y}}"), HTTP, false).message()).contains("malformed scheme");
        assertThat(UrlSyntax.check(t("https://x/{{y}}"), WSS, false).message()).contains("wss://");
        assertThat(UrlSyntax.check(t("/media/{{id}}"), WSS, false).message()).contains("relative path");
        assertThat(UrlSyntax.check(t("/media/{{id}}"), HTTP, false)).isNull();
        assertThat(UrlSyntax.check(t("http:/{{x}}"), HTTP, false)).isNull();
        assertThat(UrlSyntax.check(t("http:x{{x}}"), HTTP, false).message()).contains("'//'");
    }

    @Test
    void hostExtraction() {
        assertThat(UrlSyntax.host("https://user@my_host.example.com:8080/a_b")).isEqualTo("my_host.example.com");
        assertThat(UrlSyntax.host("wss://example.com")).isEqualTo("example.com");
        assertThat(UrlSyntax.host("//cdn.example.com/x")).isEqualTo("cdn.example.com");
        assertThat(UrlSyntax.host("http://[::1]:80/")).isEqualTo("[::1]");
        assertThat(UrlSyntax.host("https://example.com?x=a_b")).isEqualTo("example.com");
        assertThat(UrlSyntax.host("/relative/a_b")).isNull();
        assertThat(UrlSyntax.host("mailto:a_b@example.com")).isNull();
        assertThat(UrlSyntax.host(t("{{scheme}}://a_b.com"))).isNull();
        assertThat(UrlSyntax.host(t("https://{{host}}/x"))).isEqualTo(t("{{host}}"));
    }

    /** Only the authority counts: '@', ':' and ']' after it (path, query, fragment) are not its own. */
    @Test
    void authorityEndsWhereThePathStarts() {
        assertThat(UrlSyntax.host("https://example.com/a@b:c")).isEqualTo("example.com");
        assertThat(UrlSyntax.host("https://example.com?u=a@b")).isEqualTo("example.com");
        assertThat(UrlSyntax.host("HTTPS://a@b@example.com#x@y")).isEqualTo("example.com");
        assertThat(UrlSyntax.host("https://[::1/x]")).isEqualTo("[::1");
        assertThat(UrlSyntax.host("https://user@/x")).isEqualTo("");
        assertThat(UrlSyntax.host("https://user@[::1]:443")).isEqualTo("[::1]");
        assertThat(UrlSyntax.host("https://:80/x")).isEqualTo("");
        assertThat(UrlSyntax.host("Ws://example.com:80")).isEqualTo("example.com");
        assertThat(UrlSyntax.host("httpx://example.com")).isNull();
        assertThat(UrlSyntax.check("https://example.com/a@b:c", HTTP, false)).isNull();
        assertThat(UrlSyntax.check("https://example.com/x:99999", HTTP, false)).isNull();
        assertThat(UrlSyntax.check("https://user@/x", HTTP, false).message()).contains("no host");
        assertThat(UrlSyntax.check("https://user@:80/x", HTTP, false).message()).contains("no host");
        assertThat(UrlSyntax.check("https://user@example.com:99999/x", HTTP, false).message()).contains("port");
        assertThat(UrlSyntax.check("//example.com/a@b", HTTP, false)).isNull();
        assertThat(UrlSyntax.check("https://[::1/x]", HTTP, false).message()).contains("IPv6");
        assertThat(UrlSyntax.check("HtTpS://example.com", HTTPS, false)).isNull();
        assertThat(UrlSyntax.check("HTTP://example.com", HTTPS, false).message()).contains("https://");
    }

    // The cases below pin the edges of each scanner (found by PIT's surviving mutants).

    @Test
    void percentEscapesNeedTwoHexDigitsOfEitherCase() {
        for (String ok : new String[] {"%00", "%99", "%aa", "%ff", "%AA", "%FF", "x%2Fb"}) {
            assertThat(UrlSyntax.check("https://example.com/" + ok, HTTP, false)).as(ok).isNull();
        }
        // the characters just outside 0-9, a-f, A-F; and an escape cut short by the end of the value
        for (String bad : new String[] {"%/0", "%:0", "%0/", "%0:", "%`0", "%g0", "%@0", "%G0", "%4"}) {
            assertThat(UrlSyntax.check("https://example.com/" + bad, HTTP, false).message()).as(bad)
                    .contains("two hex digits");
        }
        // a placeholder right after '%' may well supply the digits
        assertThat(UrlSyntax.check(t("https://example.com/%{{code}}"), HTTP, false)).isNull();
    }

    @Test
    void controlCharactersAndAngleBrackets() {
        Problem control = UrlSyntax.check("https://example.com/a\u0001b", HTTP, false);
        assertThat(control.message()).contains("control character (U+0001)");
        assertThat(control.at()).isEqualTo(21);
        assertThat(UrlSyntax.check("https://example.com/a\u007fb", HTTP, false).message()).contains("U+007F");
        assertThat(UrlSyntax.check("https://example.com/a<b", HTTP, false).message()).contains("placeholder");
        assertThat(UrlSyntax.check("https://example.com/a{b", HTTP, false).message()).contains("placeholder");
        assertThat(UrlSyntax.check("https://example.com/a>b", HTTP, false).message()).contains("'>'")
                .doesNotContain("placeholder");
    }

    @Test
    void schemeCharacters() {
        assertThat(UrlSyntax.schemeEnd("svn+ssh://x")).isEqualTo(7);
        assertThat(UrlSyntax.schemeEnd("a1+b-c.d:x")).isEqualTo(8);
        assertThat(UrlSyntax.schemeEnd("1a:x")).as("a scheme starts with a letter").isEqualTo(-1);
        assertThat(UrlSyntax.schemeEnd(":x")).as("a colon first is no scheme").isEqualTo(-1);
        for (char c : new char[] {'a', 'z', 'A', 'Z'}) {
            assertThat(UrlSyntax.isAlpha(c)).as("%s", c).isTrue();
        }
        for (char c : new char[] {'`', '{', '@', '['}) {
            assertThat(UrlSyntax.isAlpha(c)).as("%s", c).isFalse();
        }
        assertThat(UrlSyntax.check("ftp://example.com/a", HTTP, false).message()).contains("http:// and https://");
        assertThat(UrlSyntax.check("ftp://example.com/a", WSS, false).message()).contains("only fetches wss://");
    }

    @Test
    void hostAndPortWithoutAScheme() {
        assertThat(UrlSyntax.check("localhost:3000/voice", HTTP, false).message()).contains("write https://localhost:3000/voice");
        assertThat(UrlSyntax.check("localhost:3000/media", WSS, false).message()).contains("write wss://localhost:3000/media");
        assertThat(UrlSyntax.check("localhost:3000", HTTP, false).message()).contains("host name and port");
        // no digits, or not only digits, after the colon: a scheme after all
        assertThat(UrlSyntax.check("localhost:/voice", HTTP, false).message()).contains("scheme 'localhost:'");
        assertThat(UrlSyntax.check("example.com:80x", HTTP, false).message()).contains("scheme 'example.com:'");
    }

    @Test
    void authorities() {
        assertThat(UrlSyntax.check("https://@/x", HTTP, false).message()).contains("no host");
        assertThat(UrlSyntax.check("https://:80/x", HTTP, false).message()).contains("no host");
        assertThat(UrlSyntax.check("//:80/x", HTTP, false).message()).contains("no host");
        assertThat(UrlSyntax.check("//example.com:99999/x", HTTP, false).message()).contains("port");
        assertThat(UrlSyntax.check("https://example.com:65535/x", HTTP, false)).as("the highest port").isNull();
        assertThat(UrlSyntax.check("https://example.com:065535/x", HTTP, false).message()).contains("port");
        assertThat(UrlSyntax.check("http://[::1]/x", HTTP, false)).isNull();
        assertThat(UrlSyntax.check("http://[::1]:99999/x", HTTP, false).message()).contains("port");
        assertThat(UrlSyntax.check("http://[::1]x/", HTTP, false).message()).contains("not a port");
        assertThat(UrlSyntax.host("https://@example.com/")).isEqualTo("example.com");
        assertThat(UrlSyntax.host("ftp://example.com/x")).isNull();
    }

    @Test
    void relativeValuesWhereAnAbsoluteOneIsWanted() {
        assertThat(UrlSyntax.check("example.com/s", ABSOLUTE_HTTP, false).message()).contains("(write https://example.com/s)");
        assertThat(UrlSyntax.check("/status", ABSOLUTE_HTTP, false).message()).doesNotContain("write");
        assertThat(UrlSyntax.check(t("./media/{{id}}"), WSS, false).message()).contains("relative path");
        assertThat(UrlSyntax.check(t("/status/{{id}}"), ABSOLUTE_HTTP, false).message()).contains("starting with https://");
        assertThat(UrlSyntax.check(t("x{{id}}"), WSS, false)).isNull();
    }

    @Test
    void hostLikeSegments() {
        for (String host : new String[] {"a-b.com", "a_b.com", "a1.com", "192.168.0.10", "localhost"}) {
            assertThat(UrlSyntax.looksLikeHost(host)).as(host).isTrue();
        }
        for (String notHost : new String[] {".com", "www.", "example.", "a+b.com", "1234.5.6.7", "1.2.3.4.5", ""}) {
            assertThat(UrlSyntax.looksLikeHost(notHost)).as(notHost).isFalse();
        }
        assertThat(UrlSyntax.check("192.168.0.10/voice", HTTP, false).isWarning()).isTrue();
    }
}
