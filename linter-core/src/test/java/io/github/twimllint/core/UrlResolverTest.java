package io.github.twimllint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UrlResolverTest {
    private static final Path ROOT = Path.of("/project").toAbsolutePath();
    private static final Path FROM = ROOT.resolve("calls/caller.xml");

    private static UrlResolver withMappings() {
        Map<String, Path> m = new LinkedHashMap<>();
        m.put("https://example.com/", ROOT.resolve("site"));
        m.put("https://Example.COM/twiml", ROOT.resolve("src/main/twiml"));
        return new UrlResolver(m, ROOT.resolve("public"));
    }

    @Test
    void relativeReferencesResolveAgainstTheReferringFile() {
        UrlResolver r = UrlResolver.none();
        assertThat(r.target(FROM, "whisper.xml")).isEqualTo(ROOT.resolve("calls/whisper.xml"));
        assertThat(r.target(FROM, "../screen/agent.twiml")).isEqualTo(ROOT.resolve("screen/agent.twiml"));
        assertThat(r.target(FROM, " whisper.xml?from=%2B1#top ")).isEqualTo(ROOT.resolve("calls/whisper.xml"));
        assertThat(r.target(FROM, "?loop=1")).as("only a query: the same document").isEqualTo(FROM);
        assertThat(r.target(null, "whisper.xml")).as("standard input has no folder").isNull();
    }

    @Test
    void dotSegmentsAreResolvedLikePaths() {
        UrlResolver r = UrlResolver.none();
        assertThat(r.target(FROM, "./a/../b/./c.xml")).isEqualTo(ROOT.resolve("calls/b/c.xml"));
        assertThat(r.target(FROM, "../../../../x.xml")).isEqualTo(Path.of("/x.xml").toAbsolutePath());
        assertThat(r.target(FROM, "a//b.xml")).isEqualTo(ROOT.resolve("calls/a/b.xml"));
        assertThat(r.target(FROM, "sub/")).isEqualTo(ROOT.resolve("calls/sub"));
        assertThat(r.target(FROM, "..")).isEqualTo(ROOT);
        assertThat(UrlResolver.candidates(ROOT.resolve("calls/sub"))).hasSize(3);
    }

    @Test
    void rootRelativeReferencesNeedASiteRoot() {
        assertThat(UrlResolver.none().target(FROM, "/twiml/x.xml")).isNull();
        assertThat(withMappings().target(FROM, "/twiml/x.xml")).isEqualTo(ROOT.resolve("public/twiml/x.xml"));
        assertThat(withMappings().target(FROM, "//cdn.example.com/x.xml")).as("scheme-relative").isNull();
    }

    @Test
    void absoluteUrlsGoThroughTheLongestMatchingBase() {
        UrlResolver r = withMappings();
        assertThat(r.target(FROM, "https://example.com/twiml/whisper?x=1"))
                .isEqualTo(ROOT.resolve("src/main/twiml/whisper"));
        assertThat(r.target(FROM, "HTTPS://EXAMPLE.com/twiml/a/b.xml"))
                .as("scheme and host are case-insensitive").isEqualTo(ROOT.resolve("src/main/twiml/a/b.xml"));
        assertThat(r.target(FROM, "https://example.com/twiml2/x.xml"))
                .as("a base matches whole path segments").isEqualTo(ROOT.resolve("site/twiml2/x.xml"));
        assertThat(r.target(FROM, "https://example.com/Twiml/x.xml"))
                .as("the path is case-sensitive").isEqualTo(ROOT.resolve("site/Twiml/x.xml"));
        assertThat(r.target(FROM, "https://other.example.org/twiml/x.xml")).isNull();
        assertThat(r.target(FROM, "http://example.com/twiml/x.xml")).as("another scheme").isNull();
        assertThat(r.target(FROM, "tel:+15558675310")).isNull();
    }

    @Test
    void pathsArePercentDecoded() {
        UrlResolver r = withMappings();
        assertThat(r.target(FROM, "https://example.com/ok%20whisper.xml")).isEqualTo(ROOT.resolve("site/ok whisper.xml"));
        assertThat(r.target(FROM, "caf%C3%A9+bar.xml")).isEqualTo(ROOT.resolve("calls/café+bar.xml"));
        assertThat(r.target(FROM, "100%.xml")).as("a stray %% stays").isEqualTo(ROOT.resolve("calls/100%.xml"));
        assertThat(r.target(FROM, "a%00b.xml")).as("a NUL cannot name a file").isNull();
    }

    @Test
    void extensionLessNamesAlsoTryXmlAndTwiml() {
        Path base = ROOT.resolve("calls/whisper");
        assertThat(UrlResolver.candidates(base)).containsExactly(base, ROOT.resolve("calls/whisper.xml"),
                ROOT.resolve("calls/whisper.twiml"));
        assertThat(UrlResolver.candidates(ROOT.resolve("calls/whisper.php")))
                .containsExactly(ROOT.resolve("calls/whisper.php"));
    }

    @Test
    void namesKeepTheirFormAndAnythingThatLeavesTheRootIsOutside() {
        UrlResolver r = withMappings();
        String file = FROM.toString();
        String folder = FROM.getParent().toString();
        String calls = ROOT.resolve("calls").toString();
        assertThat(r.targetName(file, folder, "sub/")).as("no trailing separator").isEqualTo(calls + "/sub");
        assertThat(r.target(FROM, ".//x.xml")).as("an empty segment stays in the folder (was /x.xml)")
                .isEqualTo(ROOT.resolve("calls/x.xml"));
        assertThat(r.targetName(file, folder, ".//x.xml")).isEqualTo(calls + "/x.xml");
        assertThat(r.targetName(file, folder, "a//b.xml")).isEqualTo(calls + "/a/b.xml");
        assertThat(r.target(FROM, "/.//x.xml")).isEqualTo(ROOT.resolve("public/x.xml"));
        assertThat(r.targetName(file, folder, "/%2f/etc/x.xml")).as("decoded, an absolute path: outside the site root")
                .isSameAs(UrlResolver.OUTSIDE);
        assertThat(r.targetName(file, folder, "https://example.com/twiml//etc/x.xml")).as("the same after a mapped base")
                .isSameAs(UrlResolver.OUTSIDE);
        assertThat(r.target(FROM, "https://example.com/twiml/.//x.xml")).isEqualTo(ROOT.resolve("src/main/twiml/x.xml"));
        assertThat(r.targetName(file, folder, "a/./b.xml")).isEqualTo(calls + "/a/b.xml");
        assertThat(r.targetName(file, folder, "a/../b.xml")).isEqualTo(calls + "/b.xml");
        assertThat(r.targetName(file, folder, "./")).isEqualTo(calls);
        assertThat(r.targetName(file, folder, ".")).isEqualTo(calls);
        assertThat(r.targetName(file, folder, "/")).as("the site root itself").isEqualTo(ROOT.resolve("public").toString());
        assertThat(r.targetName(file, folder, "/../public2/x.xml")).as("a sibling of the site root")
                .isSameAs(UrlResolver.OUTSIDE);
        assertThat(r.targetName(file, folder, "https://example.com/twiml/..%2f..%2fsecret.xml"))
                .isSameAs(UrlResolver.OUTSIDE);
        assertThat(r.targetName(file, folder, "a%00b.xml")).isNull();
        assertThat(r.targetName(file, folder, "https://example.com/a%00b/")).as("no such path").isNull();
        assertThat(UrlResolver.under("/", "../x.xml")).isEqualTo("/x.xml");
        assertThat(UrlResolver.under("/a", "../x.xml")).isEqualTo("/x.xml");
        assertThat(UrlResolver.under("a/b", "../x.xml")).isEqualTo("a/x.xml");
        assertThat(UrlResolver.under("/a/", "x.xml")).isEqualTo("/a/x.xml");
    }

    @Test
    void aSchemeIsALetterThenLettersDigitsPlusMinusOrDotsThenAColon() {
        for (String yes : new String[] {"a:", "z:", "A:", "Z:", "a0:", "a9:", "a+:", "a-:", "a.:", "tel:+1", "Zz.9+-:x"}) {
            assertThat(UrlResolver.hasScheme(yes)).as(yes).isTrue();
        }
        for (String no : new String[] {"", "ab", "1a:", "`:", "{:", "@:", "[:", "a`:", "a{:", "a@:", "a[:", "a/:",
            "a_:", "a;:", "a,:", "a*:"}) {
            assertThat(UrlResolver.hasScheme(no)).as(no).isFalse();
        }
    }

    @Test
    void normalizingLowersSchemeAndHostOnly() {
        assertThat(UrlResolver.normalizeAbsolute("MAILTO:A@B.C")).isEqualTo("mailto:a@b.c");
        assertThat(UrlResolver.normalizeAbsolute("HTTPS://Host.COM")).isEqualTo("https://host.com/");
        assertThat(UrlResolver.normalizeAbsolute("HTTPS://Host.COM/Path")).isEqualTo("https://host.com/Path");
        assertThat(UrlResolver.normalizeAbsolute("://X/Y")).isEqualTo("://x/Y");
        assertThat(UrlResolver.normalizeBase(" https://Example.COM?x#y ")).isEqualTo("https://example.com/");
    }

    @Test
    void decodingTakesEveryHexDigitAndLeavesTheRestAsWritten() {
        assertThat(UrlResolver.decode("%30%39%3a%3f%3A%3F%3g%3G%3`%3@%3/%3:")).isEqualTo("09:?:?%3g%3G%3`%3@%3/%3:");
        assertThat(UrlResolver.decode("%41%42c%43")).as("each run decoded on its own").isEqualTo("ABcC");
        assertThat(UrlResolver.decode("%41b")).isEqualTo("Ab");
        assertThat(UrlResolver.decode("x%4")).isEqualTo("x%4");
        assertThat(UrlResolver.decode("x%41")).isEqualTo("xA");
        assertThat(UrlResolver.decode("no escapes")).isEqualTo("no escapes");
    }

    @Test
    void onlyANameWithoutADotGetsExtensionsTried() {
        assertThat(UrlResolver.candidateNames("/a/")).containsExactly("/a/");
        assertThat(UrlResolver.candidateNames(".hidden")).containsExactly(".hidden");
        assertThat(UrlResolver.candidateNames("/ab./c")).containsExactly("/ab./c", "/ab./c.xml", "/ab./c.twiml");
        assertThat(UrlResolver.candidateNames("c")).containsExactly("c", "c.xml", "c.twiml");
    }
}
