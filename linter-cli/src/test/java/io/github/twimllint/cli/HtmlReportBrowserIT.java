package io.github.twimllint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as a person sees it: the shaded jar writes it for {@code examples/} (with DOT
 * and SARIF in the same run), and a headless Chromium (Debian's {@code chromium}; {@code .ci/run}
 * installs it) renders it. Every finding and every document is in the DOM, a click on a node
 * filters the findings, a click on a finding highlights its node and edge, no request leaves the
 * page, nothing is logged as an error, and the screenshots (light and dark) are pictures, not
 * blank pages. Skipped, with a message, when no Chromium is installed.
 *
 * <p>With {@code -Dtwimllint.writeScreenshot=true} it also rewrites the README's picture,
 * {@code docs/images/call-flow.png} (see {@link CallFlowExampleTest} for what keeps it current).
 */
class HtmlReportBrowserIT {
    static final Path EXAMPLES = InProcessCli.REPO.resolve("examples");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void theReportWorksInARealBrowser() throws Exception {
        Path chromium = DevTools.find();
        Assumptions.assumeTrue(chromium != null, "skipped: no Chromium installed (apt-get install chromium;"
                + " .ci/run installs it), so the HTML report was not rendered");
        Path html = tmp.resolve("report.html");
        Path json = tmp.resolve("report.json");
        Path dot = tmp.resolve("flow.dot");
        Process lint = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                ShadedJarIT.JAR.toString(), "-f", "html=" + html, "-f", "json=" + json, "-f", "dot=" + dot,
                "-f", "sarif=" + tmp.resolve("r.sarif"), ".")
                .directory(EXAMPLES.toFile()).redirectErrorStream(true).redirectOutput(tmp.resolve("lint.log").toFile())
                .start();
        assertThat(lint.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(lint.exitValue()).as(Files.readString(tmp.resolve("lint.log"))).isEqualTo(1);
        assertThat(tmp.resolve("r.sarif")).isNotEmptyFile();
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).doesNotContainPattern("(?i)(src|href)=\"(https?:)?//")
                .contains("Content-Security-Policy");
        JsonNode findings = JSON.readTree(json.toFile()).path("findings");
        assertThat(findings.size()).isPositive();
        List<String> documents = new ArrayList<>();
        for (String line : Files.readAllLines(dot)) {
            if (line.matches("  n\\d+ \\[label=.*") && !line.contains("style=\"dashed\"")) {
                documents.add(line.substring(line.indexOf("label=\"") + 7, line.indexOf("\", shape")));
            }
        }
        assertThat(documents).contains("ivr-main.xml", "ivr-screen.xml", "broken-ivr.xml");

        try (DevTools b = DevTools.start(chromium, tmp.resolve("profile"), 1280, 800)) {
            b.call("Runtime.enable");
            b.call("Log.enable");
            b.call("Network.enable");
            b.call("Page.enable");
            b.call("Page.navigate", Map.of("url", html.toUri().toString()));
            b.await("Page.loadEventFired", 60);

            // Every document is a node, every finding is listed with its location.
            assertThat(b.eval("[...document.querySelectorAll('.node')].filter(n => !n.classList.contains('level-nowhere'))"
                    + ".map(n => n.getAttribute('data-path'))")).extracting(JsonNode::asText)
                    .containsExactlyInAnyOrderElementsOf(documents);
            List<String> listed = texts(b.eval("[...document.querySelectorAll('.finding .loc')].map(e => e.textContent)"));
            List<String> expected = new ArrayList<>();
            for (JsonNode f : findings) {
                expected.add(f.path("path").asText() + ":" + f.path("line").asInt() + ":" + f.path("column").asInt());
            }
            assertThat(listed).containsExactlyInAnyOrderElementsOf(expected);

            // A real click on broken-ivr.xml's node leaves only its findings.
            String node = b.eval("document.querySelector('.node[data-path=\"broken-ivr.xml\"]').id").asText();
            click(b, "#" + node);
            assertThat(texts(b.eval("[...document.querySelectorAll('details.file:not([hidden])')]"
                    + ".map(d => d.getAttribute('data-path'))"))).containsExactly("broken-ivr.xml");
            assertThat(b.eval("document.getElementById('selection').hidden").asBoolean()).isFalse();

            // A click on the cross-document finding highlights the edge it sits on and its document.
            click(b, "#show-all");
            assertThat(b.eval("document.querySelectorAll('details.file[hidden]').length").asInt()).isZero();
            JsonNode finding = b.eval("(() => { const f = [...document.querySelectorAll('.finding')]"
                    + ".find(e => e.getAttribute('data-rule') === 'url-document-dial');"
                    + " return {id: f.id, node: f.getAttribute('data-node'), edge: f.getAttribute('data-edge')}; })()");
            assertThat(finding.path("edge").asText()).startsWith("e");
            click(b, "#" + finding.path("id").asText());
            assertThat(texts(b.eval("[...document.querySelectorAll('svg .hl')].map(e => e.id)")))
                    .containsExactlyInAnyOrder(finding.path("node").asText(), finding.path("edge").asText());

            // Typing in the filter dims the documents that do not match.
            b.eval("(() => { const f = document.getElementById('filter'); f.value = 'ivr-s';"
                    + " f.dispatchEvent(new Event('input')); })()");
            assertThat(b.eval("document.querySelector('.node[data-path=\"ivr-sales.xml\"]').classList.contains('dim')")
                    .asBoolean()).isFalse();
            assertThat(b.eval("document.querySelector('.node[data-path=\"broken-ivr.xml\"]').classList.contains('dim')")
                    .asBoolean()).isTrue();
            assertThat(b.eval("document.querySelector('.finding[data-rule=\"url-document-dial\"]').hidden").asBoolean())
                    .isFalse();
            assertThat(b.eval("document.querySelector('details.file[data-path=\"broken-ivr.xml\"]').hidden")
                    .asBoolean()).isTrue();
            b.eval("(() => { const f = document.getElementById('filter'); f.value = '';"
                    + " f.dispatchEvent(new Event('input')); })()");

            BufferedImage light = screenshot(b);
            assertThat(colours(light)).as("distinct colours in the light screenshot").isGreaterThan(40);
            b.call("Emulation.setEmulatedMedia", Map.of("features",
                    List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
            BufferedImage dark = screenshot(b);
            assertThat(colours(dark)).isGreaterThan(40);
            assertThat(luminance(dark.getRGB(5, dark.getHeight() - 5))).as("dark page background").isLessThan(60);
            assertThat(luminance(light.getRGB(5, light.getHeight() - 5))).as("light page background").isGreaterThan(200);

            if (Boolean.getBoolean("twimllint.writeScreenshot")) {
                b.call("Emulation.setEmulatedMedia", Map.of("features",
                        List.of(Map.of("name", "prefers-color-scheme", "value", "light"))));
                Path image = InProcessCli.REPO.resolve(CallFlowExampleTest.IMAGE);
                Files.createDirectories(image.getParent());
                JsonNode shot = b.call("Page.captureScreenshot", Map.of("format", "png", "clip", Map.of(
                        "x", 0, "y", 0, "width", 1280, "height", 640, "scale", 1)));
                Files.write(image, Base64.getDecoder().decode(shot.path("data").asText()));
                Files.writeString(InProcessCli.REPO.resolve(CallFlowExampleTest.DIGEST), CallFlowExampleTest.digest());
            }

            List<String> problems = new ArrayList<>();
            for (JsonNode e : b.events) {
                String method = e.path("method").asText();
                JsonNode p = e.path("params");
                if (method.equals("Runtime.exceptionThrown")
                        || method.equals("Runtime.consoleAPICalled") && p.path("type").asText().matches("error|warning|assert")
                        || method.equals("Log.entryAdded") && p.path("entry").path("level").asText().matches("error|warning")) {
                    problems.add(e.toString());
                }
                if (method.equals("Network.requestWillBeSent")
                        && !p.path("request").path("url").asText().equals(html.toUri().toString())) {
                    problems.add("request left the page: " + p.path("request").path("url").asText());
                }
            }
            assertThat(problems).as("console errors and requests").isEmpty();
        }
    }

    /** A real mouse click in the middle of the element, scrolled into view first. */
    private static void click(DevTools b, String selector) throws Exception {
        JsonNode r = b.eval("(() => { const e = document.querySelector('" + selector + "');"
                + " e.scrollIntoView({block: 'center', inline: 'center'});"
                + " const r = (e.querySelector('rect, polygon') || e).getBoundingClientRect();"
                + " const x = r.x + r.width / 2, y = r.y + Math.min(r.height / 2, 10);"
                + " const hit = document.elementFromPoint(x, y);"
                + " return {x: x, y: y, hit: hit === e || e.contains(hit), what: hit ? hit.outerHTML.slice(0, 200) : null}; })()");
        assertThat(r.path("hit").asBoolean()).as("%s is what a click at its middle reaches: %s", selector, r).isTrue();
        for (String type : List.of("mousePressed", "mouseReleased")) {
            b.call("Input.dispatchMouseEvent", Map.of("type", type, "x", r.path("x").asDouble(), "y",
                    r.path("y").asDouble(), "button", "left", "clickCount", 1));
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static BufferedImage screenshot(DevTools b) throws Exception {
        b.eval("window.scrollTo(0, 0)");
        JsonNode shot = b.call("Page.captureScreenshot", Map.of("format", "png"));
        return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(shot.path("data").asText())));
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                seen.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        return seen.size();
    }

    private static int luminance(int rgb) {
        return (((rgb >> 16) & 0xff) * 3 + ((rgb >> 8) & 0xff) * 6 + (rgb & 0xff)) / 10;
    }
}
