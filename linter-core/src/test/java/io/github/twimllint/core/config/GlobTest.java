package io.github.twimllint.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The glob matcher means what the JDK's "glob:" syntax means, without its backtracking. */
class GlobTest {
    private static final List<String> GLOBS = List.of("*.xml", "**/*.xml", "calls/*", "calls/**", "**",
            "?.twiml", "[ab]*.xml", "[!a]*", "[a-c]?/x", "{calls,voice}/*.xml", "a{,b}c", "*a*b", "x\\*y",
            "calls/**/deep.xml", "**/legacy", "c*/*/*.twiml", "*");
    private static final List<String> PATHS = List.of("a.xml", "calls/a.xml", "calls/sub/a.xml", "b.twiml",
            "ab.twiml", "bx.xml", "c.txt", "b1/x", "d1/x", "voice/v.xml", "voice/sub/v.xml", "ac", "abc", "abbc",
            "xaab", "x*y", "xzy", "calls/deep.xml", "calls/a/b/deep.xml", "old/legacy", "legacy", "calls/x/y.twiml",
            "");

    @Test
    void agreesWithTheJdkGlobOnEveryPathAndItsFolders() {
        for (String g : GLOBS) {
            Glob glob = new Glob(g);
            PathMatcher jdk = FileSystems.getDefault().getPathMatcher("glob:" + g);
            PathMatcher top = g.startsWith("**/") ? FileSystems.getDefault().getPathMatcher("glob:" + g.substring(3)) : null;
            for (String p : PATHS) {
                boolean expected = false;
                for (Path q = Path.of(p); q != null; q = q.getParent()) {
                    expected |= jdk.matches(q) || top != null && top.matches(q);
                }
                assertThat(glob.matches(p)).as("%s against %s", g, p).isEqualTo(expected);
            }
        }
    }

    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void matchingCannotBacktrackExponentially() {
        Glob g = new Glob("*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b");
        assertThat(g.matches("a".repeat(10_000))).isFalse();
        assertThat(new Glob("**a**a**a**a**a**b").matches("a/".repeat(5_000))).isFalse();
    }

    @Test
    void badGlobsSayWhy() {
        assertThatThrownBy(() -> new Glob("[")).hasMessage("'[' at position 1 is never closed by ']'");
        assertThatThrownBy(() -> new Glob("{a,{b}}")).hasMessage("'{' groups cannot be nested");
        assertThatThrownBy(() -> new Glob("a{b")).hasMessage("'{' at position 2 is never closed by '}'");
        assertThatThrownBy(() -> new Glob("x".repeat(1001))).hasMessageContaining("longer than 1000");
        assertThatThrownBy(() -> new Glob("{a,b,c,d}".repeat(5))).hasMessageContaining("alternatives");
    }

    @Test
    void aThousandCharactersAreAllowed() {
        assertThat(new Glob("x".repeat(1000)).matches("x".repeat(1000))).isTrue();
    }

    /** A file outside the configuration's folder is given by its absolute path: "*" is not it. */
    @Test
    void anAbsolutePathIsNotMatchedByAStar() {
        assertThat(new Glob("*").matches("/a")).isFalse();
        assertThat(new Glob("**").matches("/a")).isTrue();
    }

    @Test
    void bracketEdgeCases() {
        Glob close = new Glob("[]a]");
        assertThat(close.matches("]")).as("a ']' first is a member").isTrue();
        assertThat(close.matches("a")).isTrue();
        assertThat(close.matches("b")).isFalse();
        Glob dash = new Glob("[a-]");
        assertThat(dash.matches("-")).as("a '-' before ']' is a member").isTrue();
        assertThat(dash.matches("b")).isFalse();
        Glob escaped = new Glob("[\\]x]");
        assertThat(escaped.matches("]")).isTrue();
        assertThat(escaped.matches("x")).isTrue();
        assertThat(escaped.matches("\\")).isFalse();
        Glob range = new Glob("[b-d]");
        assertThat(range.matches("b")).isTrue();
        assertThat(range.matches("d")).isTrue();
        assertThat(range.matches("a")).isFalse();
        assertThat(range.matches("e")).isFalse();
        assertThat(new Glob("[c-c]").matches("c")).isTrue();
        assertThat(new Glob("[^a]").matches("b")).isTrue();
        assertThat(new Glob("[^a]").matches("a")).isFalse();
        assertThat(new Glob("[!a]").matches("!")).isTrue();
        assertThat(new Glob("[!a]").matches("[")).isTrue();
        assertThatThrownBy(() -> new Glob("[!]")).as("a ']' right after '[!' is a member").hasMessage("'[' at position 1 is never closed by ']'");
        assertThatThrownBy(() -> new Glob("[a-")).hasMessage("'[' at position 1 is never closed by ']'");
        assertThatThrownBy(() -> new Glob("[a\\")).as("an escape with nothing after it")
                .hasMessage("'[' at position 1 is never closed by ']'");
        assertThatThrownBy(() -> new Glob("{a\\")).hasMessage("'{' at position 1 is never closed by '}'");
        assertThatThrownBy(() -> new Glob("[d-b]")).hasMessage("the range d-b is backwards");
        assertThatThrownBy(() -> new Glob("[a/b]")).hasMessage("'/' cannot be inside [..]");
        assertThatThrownBy(() -> new Glob("ab[x")).hasMessage("'[' at position 3 is never closed by ']'");
        assertThatThrownBy(() -> new Glob("a\\")).hasMessage("ends with an escaping '\\'");
    }

    @Test
    void bracesEdgeCases() {
        Glob escaped = new Glob("{a\\,b,c}");
        assertThat(escaped.matches("a,b")).isTrue();
        assertThat(escaped.matches("c")).isTrue();
        assertThat(escaped.matches("a")).isFalse();
        assertThat(new Glob("\\{a\\}").matches("{a}")).isTrue();
        assertThat(new Glob("x{a,b}y{1,2}").matches("xby2")).isTrue();
        assertThat(new Glob("x{a,b}y{1,2}").matches("xy")).isFalse();
        assertThatThrownBy(() -> new Glob("a}")).hasMessage("'}' at position 2 closes no '{'");
        assertThat(new Glob("{a,b,c,d}{a,b,c,d}{a,b,c,d}{a,b,c,d}").matches("abcd")).as("256 alternatives").isTrue();
        assertThatThrownBy(() -> new Glob("{a,b}{a,b,c,d}{a,b,c,d}{a,b,c,d}{a,b,c,d}")).hasMessage("more than 256 {..} alternatives");
    }

    @Test
    void aLeadingDotSlashAndATrailingSlashAreIgnored() {
        assertThat(new Glob("./calls/").matches("calls/a.xml")).isTrue();
        assertThat(new Glob("./calls/").matches("other/a.xml")).isFalse();
        assertThat(new Glob("./calls/").text()).isEqualTo("./calls/");
    }
}
