package org.essor.evaluation.api;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;
import org.jfree.svg.ViewBox;
import org.jfree.svg.util.DoubleConverter;

/** Draws an indicator's values as an SVG chart (JFreeChart rendered through JFreeSVG). */
public final class IndicatorChart {

    static {
        // Must run before the first AWT class is touched, hence before the static fields below.
        System.setProperty("java.awt.headless", "true");
        // JFreeChart otherwise draws rotated text (the unit label, slanted periods) as glyph outlines:
        // in SVG that is unsearchable, unreadable by screen readers and tens of kilobytes per label.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private static final int WIDTH = 800;
    private static final int HEIGHT = 450;
    static final String NO_DATA = "Aucune donnée disponible";
    /** Beyond this many periods the category labels are slanted so they do not overlap. */
    private static final int MAX_STRAIGHT_LABELS = 12;
    private static final StandardChartTheme THEME = theme();

    /** One value to draw: its category (a period label such as "2026-03", "2026-Q1", "2026", or a département code such as "31"), the series it belongs to (null when the chart has one series) and its value; a null value is a cell not shown (statistical secrecy): drawn as a gap, never as zero. */
    public record Point(String category, String series, BigDecimal value) {
        public Point {
            Objects.requireNonNull(category, "category");
        }
    }

    private IndicatorChart() {
    }

    /** A time series: categories are periods, in the order given; a line chart with markers (one line per series). */
    public static String timeSeries(String title, String unitLabel, List<Point> points) {
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        return render(title, unitLabel, points, renderer);
    }

    /** Bars per category (e.g. per département), in the order given; grouped bars when there are several series. */
    public static String bars(String title, String unitLabel, List<Point> points) {
        BarRenderer renderer = new BarRenderer();
        renderer.setItemMargin(0.05);
        return render(title, unitLabel, points, renderer);
    }

    private static String render(String title, String unitLabel, List<Point> points,
                                 AbstractCategoryItemRenderer renderer) {
        Objects.requireNonNull(title, "title");
        DefaultCategoryDataset dataset = dataset(title, points);

        CategoryAxis categoryAxis = new CategoryAxis();
        if (dataset.getColumnCount() > MAX_STRAIGHT_LABELS) {
            categoryAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis rangeAxis = new NumberAxis(unitLabel);
        // Room above and below the data for the item labels, which would otherwise be clipped.
        rangeAxis.setUpperMargin(0.12);
        rangeAxis.setLowerMargin(0.08);
        rangeAxis.setNumberFormatOverride(
                new DecimalFormat("0.########", DecimalFormatSymbols.getInstance(Locale.ROOT)));

        CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, rangeAxis, renderer);
        plot.setNoDataMessage(NO_DATA);
        if (points.stream().allMatch(point -> point.value() == null)) {
            // Nothing to read on a scale: show the message alone rather than an arbitrary 0-1 axis.
            rangeAxis.setVisible(false);
            plot.setRangeGridlinesVisible(false);
        }
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, dataset.getRowCount() > 1);
        THEME.apply(chart);

        DecimalFormat format = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        renderer.setDefaultNegativeItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER));

        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
        g2.setGeomDoubleConverter(new DoubleConverter(2));
        chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        return withTitle(g2.getSVGElement(null, true, new ViewBox(0, 0, WIDTH, HEIGHT), null, null), title);
    }

    private static DefaultCategoryDataset dataset(String title, List<Point> points) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Set<List<String>> seen = new HashSet<>();
        for (Point point : points) {
            String series = point.series() == null ? title : point.series();
            if (!seen.add(List.of(series, point.category()))) {
                throw new IllegalArgumentException(
                        "Two values for category " + point.category() + " in series " + series);
            }
            dataset.addValue(point.value(), series, point.category());
        }
        return dataset;
    }

    /**
     * A standalone XML document with the chart title as the root's {@code <title>}. Built from
     * getSVGElement rather than getSVGDocument, whose DOCTYPE points at the W3C's SVG 1.0 DTD:
     * a standard DocumentBuilder would try to fetch it over the network to parse the result.
     */
    private static String withTitle(String svgElement, String title) {
        int endOfOpeningTag = svgElement.indexOf('>') + 1;
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + svgElement.substring(0, endOfOpeningTag)
                + "<title>" + SVGUtils.escapeForXML(title) + "</title>"
                + svgElement.substring(endOfOpeningTag);
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("Essor");
        theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        theme.setLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        theme.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(Color.LIGHT_GRAY);
        theme.setRangeGridlinePaint(Color.LIGHT_GRAY);
        theme.setDomainGridlinePaint(Color.LIGHT_GRAY);
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        return theme;
    }
}
