package org.essor.evaluation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.essor.evaluation.api.IndicatorChart.Point;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class IndicatorChartTest {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    @Test
    void timeSeriesIsAnSvgDocumentTitledWithTheEscapedTitle() throws Exception {
        String title = "Entreprises créées & Mois de l'ESS <2026>";

        Document svg = parse(IndicatorChart.timeSeries(title, "entreprises", List.of(
                new Point("2026-01", null, new BigDecimal("1234")),
                new Point("2026-02", null, new BigDecimal("12.50")))));

        Element root = svg.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo(SVG_NS);
        assertThat(Double.parseDouble(root.getAttribute("width"))).isEqualTo(800);
        assertThat(Double.parseDouble(root.getAttribute("height"))).isEqualTo(450);
        assertThat(svg.getDoctype()).as("no DTD to fetch").isNull();
        NodeList titles = root.getElementsByTagNameNS(SVG_NS, "title");
        assertThat(titles.getLength()).isEqualTo(1);
        assertThat(titles.item(0).getParentNode()).isSameAs(root);
        assertThat(titles.item(0).getTextContent()).isEqualTo(title);
        assertThat(texts(svg)).contains(title, "entreprises");
    }

    @Test
    void timeSeriesShowsEveryValueButTheSuppressedOnes() throws Exception {
        List<Point> points = List.of(
                new Point("2026-01", "Créations", new BigDecimal("1234")),
                new Point("2026-02", "Créations", new BigDecimal("12.50")),
                new Point("2026-03", "Créations", null),
                new Point("2026-04", "Créations", new BigDecimal("987.254")),
                new Point("2026-01", "Fermetures", new BigDecimal("5.00")),
                new Point("2026-02", "Fermetures", new BigDecimal("0.1")),
                new Point("2026-03", "Fermetures", new BigDecimal("4321")),
                new Point("2026-04", "Fermetures", null));

        List<String> texts = texts(parse(IndicatorChart.timeSeries("Créations et fermetures", "nombre", points)));

        assertThat(texts).contains("1234", "12.5", "987.25", "5", "0.1", "4321");
        assertThat(texts).doesNotContain("12.50", "5.00", "1,234", "1 234");
        assertThat(texts).contains("2026-01", "2026-02", "2026-03", "2026-04");
        assertThat(texts).contains("Créations", "Fermetures");
    }

    @Test
    void aSuppressedCellIsAGapNotAValue() throws Exception {
        List<Point> points = List.of(
                new Point("31", null, new BigDecimal("987")),
                new Point("32", null, null),
                new Point("81", null, new BigDecimal("654")));

        List<String> texts = texts(parse(IndicatorChart.bars("Structures de l'ESS", "structures", points)));

        assertThat(texts).contains("987", "654", "31", "32", "81").doesNotContain("null");
        assertThat(texts).as("only the axis tick reads 0").filteredOn("0"::equals).hasSize(1);
    }

    @Test
    void theSuppressedValueDoesNotLeakIntoTheLabels() throws Exception {
        List<Point> shown = List.of(
                new Point("31", null, new BigDecimal("987")),
                new Point("32", null, new BigDecimal("4321")));
        List<Point> suppressed = List.of(
                new Point("31", null, new BigDecimal("987")),
                new Point("32", null, null));

        assertThat(texts(parse(IndicatorChart.bars("Emplois", "emplois", shown)))).contains("4321");
        assertThat(texts(parse(IndicatorChart.bars("Emplois", "emplois", suppressed))))
                .contains("987")
                .doesNotContain("4321");
    }

    @Test
    void groupedBarsHaveALegendWithBothSeries() throws Exception {
        List<Point> points = List.of(
                new Point("31", "Associations", new BigDecimal("120")),
                new Point("31", "Coopératives", new BigDecimal("45")),
                new Point("65", "Associations", new BigDecimal("80")),
                new Point("65", "Coopératives", null));

        List<String> texts = texts(parse(IndicatorChart.bars("Structures par département", "structures", points)));

        assertThat(texts).contains("Associations", "Coopératives", "120", "45", "80");
    }

    @Test
    void aSingleSeriesHasNoLegend() throws Exception {
        List<Point> points = List.of(
                new Point("2025", "Seule série", new BigDecimal("17")),
                new Point("2026", "Seule série", new BigDecimal("23")));

        assertThat(texts(parse(IndicatorChart.timeSeries("Tiers-lieux", "lieux", points))))
                .contains("17", "23")
                .doesNotContain("Seule série");
    }

    @Test
    void noPointsGiveAChartWithTheNoDataMessage() throws Exception {
        for (String chart : List.of(
                IndicatorChart.timeSeries("Mois de l'ESS", "événements", List.of()),
                IndicatorChart.bars("Mois de l'ESS", "événements", List.of()))) {
            Document svg = parse(chart);
            assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
            assertThat(texts(svg)).contains(IndicatorChart.NO_DATA);
        }
    }

    @Test
    void twoValuesForTheSameCellAreRefused() {
        List<Point> points = List.of(
                new Point("31", null, BigDecimal.ONE),
                new Point("31", null, BigDecimal.TEN));

        assertThatThrownBy(() -> IndicatorChart.bars("Doublon", "unités", points))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    /** The content of each text element, one entry per drawn string. */
    private static List<String> texts(Document svg) {
        NodeList nodes = svg.getElementsByTagNameNS(SVG_NS, "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
