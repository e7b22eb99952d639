package nl.tafelgenoot.ui.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import nl.tafelgenoot.domain.statistics.Statistics.Caseload;
import nl.tafelgenoot.domain.statistics.Statistics.MonthCount;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The charts are SVG documents a parser accepts, titled for screen readers, with one bar per
 * month (each bar a group JFreeChart's element hints name, also for an empty month) and the
 * months named in Dutch.
 */
class StatisticsChartsTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private final StatisticsCharts charts = new StatisticsCharts(StatisticsChartsTest::dutch, DUTCH);

    static String dutch(String key, Object... params) {
        for (String name : List.of("i18n.statistics", "i18n.objections")) {
            ResourceBundle bundle = ResourceBundle.getBundle(name, DUTCH,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            if (bundle.containsKey(key)) {
                return params.length == 0 ? bundle.getString(key) : new MessageFormat(bundle.getString(key), DUTCH).format(params);
            }
        }
        throw new IllegalArgumentException(key);
    }

    @Test
    void newRequestsPerMonthIsAnSvgWithItsTitleAndOneBarPerMonth() throws Exception {
        List<MonthCount> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(new MonthCount(YearMonth.of(2025, m), m == 2 ? 0 : m * 3L));
        }
        String svg = charts.newRequests(months).toSvg();
        Files.writeString(Path.of("target", "statistics-new-requests.svg"), svg);
        Document doc = parse(svg);
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-label")).isEqualTo("Nieuwe aanvragen per maand");
        assertThat(text(doc, "/*[local-name()='svg']/*[local-name()='title']")).isEqualTo("Nieuwe aanvragen per maand");
        assertThat(text(doc, "/*[local-name()='svg']/*[local-name()='desc']")).contains("Aanmeldingen in de wachtrij");
        assertThat(bars(doc)).as("one bar per month, also the empty one").hasSize(12);
        assertThat(bars(doc).get(0).getAttributeNS("http://www.jfree.org/jfreesvg/svg", "ref")).as("in Dutch")
                .contains("jan. 2025");
        assertThat(bars(doc).get(11).getAttributeNS("http://www.jfree.org/jfreesvg/svg", "ref")).contains("dec. 2025");
    }

    @Test
    void theCaseloadHasTwoBarsPerAdvisorAndAMunicipalityNameIsEscaped() throws Exception {
        Document caseload = parse(charts.caseload(List.of(new Caseload(1, "Anna Visser", 3, 5),
                new Caseload(2, "Pieter Smit", 6, 6))).toSvg());
        assertThat(bars(caseload)).hasSize(4);
        String svg = charts.perMunicipality(List.of(new nl.tafelgenoot.domain.statistics.Statistics.MunicipalityCount(
                "'s-Hertogenbosch <&>", 7))).toSvg();
        assertThat(bars(parse(svg))).hasSize(1);
        assertThat(svg).contains("&lt;&amp;&gt;");
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Document doc, String xpath) throws Exception {
        return (String) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.STRING);
    }

    /** The groups JFreeChart opens around each data item (its element hint names the row and column keys). */
    private static List<Element> bars(Document doc) throws Exception {
        NodeList groups = (NodeList) XPathFactory.newInstance().newXPath()
                .evaluate("//*[local-name()='g']", doc, XPathConstants.NODESET);
        List<Element> bars = new ArrayList<>();
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            for (int a = 0; a < g.getAttributes().getLength(); a++) {
                if (g.getAttributes().item(a).getNodeValue().contains("columnKey")) {
                    bars.add(g);
                }
            }
        }
        return bars;
    }
}
