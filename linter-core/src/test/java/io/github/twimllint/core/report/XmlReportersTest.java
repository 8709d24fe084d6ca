package io.github.twimllint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The XML reports parse back, with every count and message intact. */
class XmlReportersTest {

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void checkstyleListsLintedAndUnreadableFilesAndKeepsMessagesIntact() throws Exception {
        Document d = parse(ReporterGoldenTest.render(new CheckstyleReporter()));
        assertThat(d.getDocumentElement().getTagName()).isEqualTo("checkstyle");
        NodeList files = d.getElementsByTagName("file");
        assertThat(files.getLength()).as("all but the skipped pom.xml").isEqualTo(5);
        NodeList errors = d.getElementsByTagName("error");
        assertThat(errors.getLength()).isEqualTo(6);
        Element nasty = null;
        for (int i = 0; i < errors.getLength(); i++) {
            Element e = (Element) errors.item(i);
            if (e.getAttribute("source").equals("twiml-lint.url-document-unresolved")) {
                nasty = e;
            }
        }
        assertThat(nasty).isNotNull();
        assertThat(nasty.getAttribute("message")).isEqualTo(ReportSamples.NASTY);
        assertThat(nasty.getAttribute("severity")).isEqualTo("info");
        assertThat(((Element) nasty.getParentNode()).getAttribute("name")).isEqualTo(ReportSamples.NON_ASCII);
    }

    @Test
    void junitHasOneCasePerFileAndConsistentCounts() throws Exception {
        Document d = parse(ReporterGoldenTest.render(new JunitReporter(io.github.twimllint.core.Severity.NOTE)));
        Element suite = (Element) d.getElementsByTagName("testsuite").item(0);
        assertThat(d.getElementsByTagName("testcase").getLength()).isEqualTo(5);
        assertThat(suite.getAttribute("tests")).isEqualTo("5");
        assertThat(suite.getAttribute("failures")).isEqualTo("2");
        assertThat(suite.getAttribute("errors")).isEqualTo("2");
        assertThat(d.getElementsByTagName("failure").getLength()).isEqualTo(2);
        assertThat(d.getElementsByTagName("error").getLength()).isEqualTo(2);
        assertThat(((Element) d.getElementsByTagName("error").item(0)).getAttribute("message")).contains("boom");
        assertThat(d.getElementsByTagName("error").item(0).getTextContent()).contains("unexpected end of input");
        assertThat(d.getElementsByTagName("failure").item(1).getTextContent())
                .contains(ReportSamples.NASTY + " [url-document-unresolved]");
    }

    @Test
    void charactersXmlCannotCarryAreReplaced() {
        assertThat(XmlText.escape("a\u0001b\uD800c\uD83D\uDE00")).isEqualTo("a\uFFFDb\uFFFDc\uD83D\uDE00");
    }

    @Test
    void emptyReportsAreWellFormed() throws Exception {
        io.github.twimllint.core.LintReport empty = new io.github.twimllint.core.LintReport(
                java.util.List.of(), ReportSamples.rules());
        for (Reporter r : new Reporter[] {new CheckstyleReporter(), new JunitReporter()}) {
            java.io.StringWriter w = new java.io.StringWriter();
            r.write(empty, w);
            parse(w.toString());
        }
    }

}
