package nl.tafelgenoot.ui.statistics;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartHints;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

/**
 * A bar chart drawn on the server with JFreeChart into JFreeSVG's {@link SVGGraphics2D}, so the
 * browser gets a plain SVG image: no JavaScript chart component, nothing in the frontend bundle.
 *
 * <p>For reading it: text of 15–17 px at the chart's own size (it scales with the image, and the
 * browser's zoom keeps it sharp), dark bars on white (contrast over 7:1 for the first series,
 * over 4.5:1 for the second), no gradients or shadows, axes labelled. The SVG carries a
 * {@code <title>} and {@code <desc>} and {@code role="img"}, for when it is opened on its own; on
 * the page the image's alt text says the same, and the numbers stand in a table beside it.
 * Each bar is wrapped in a {@code <g>} naming its series and category (JFreeChart's element
 * hints), which is what the tests count.
 */
final class BarChart {

    /** First series: dark blue (#1F4E79, 8.6:1 on white); second: dark orange (#A34700, 5.6:1). */
    static final List<Color> COLOURS = List.of(new Color(0x1F, 0x4E, 0x79), new Color(0xA3, 0x47, 0x00));
    static final int WIDTH = 800;
    private static final String FONT = Font.SANS_SERIF;

    static {
        // JFreeChart's element hints become SVG groups (one per bar); registered once, idempotently.
        if (!SVGHints.isBeginGroupKey(ChartHints.KEY_BEGIN_ELEMENT)) {
            SVGHints.addBeginGroupKey(ChartHints.KEY_BEGIN_ELEMENT);
            SVGHints.addEndGroupKey(ChartHints.KEY_END_ELEMENT);
        }
    }

    private final String title;
    private final String description;
    private final String categoryAxis;
    private final String valueAxis;
    private final boolean horizontal;
    private final DefaultCategoryDataset data = new DefaultCategoryDataset();
    private final List<String> series = new ArrayList<>();

    /**
     * @param horizontal bars to the right with the category names on the left (long names such as
     *                   municipalities and advisors), else bars upwards (months, outcomes)
     */
    BarChart(String title, String description, String categoryAxis, String valueAxis, boolean horizontal) {
        this.title = title;
        this.description = description;
        this.categoryAxis = categoryAxis;
        this.valueAxis = valueAxis;
        this.horizontal = horizontal;
    }

    BarChart add(String seriesName, String category, Number value) {
        if (!series.contains(seriesName)) {
            series.add(seriesName);
        }
        data.addValue(value, seriesName, category);
        return this;
    }

    int categories() {
        return data.getColumnCount();
    }

    /** The chart as an SVG document (UTF-8 text, with XML declaration). */
    String toSvg() {
        int height = horizontal ? Math.max(220, 90 + data.getColumnCount() * (24 + 14 * series.size())) : 420;
        JFreeChart chart = chart();
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, height);
        chart.draw(g2, new Rectangle(0, 0, WIDTH, height));
        String svg = g2.getSVGElement(null, true, new ViewBox(0, 0, WIDTH, height), null, null);
        int open = svg.indexOf('>', svg.indexOf("<svg")) + 1;
        String head = svg.substring(0, open - 1) + " role=\"img\" aria-label=\"" + xml(title) + "\">";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + head + "<title>" + xml(title) + "</title><desc>"
                + xml(description) + "</desc>" + svg.substring(open);
    }

    private JFreeChart chart() {
        CategoryAxis categories = new CategoryAxis(categoryAxis);
        NumberAxis values = new NumberAxis(valueAxis);
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.08);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, COLOURS.get(i % COLOURS.size()));
        }
        Font labels = new Font(FONT, Font.PLAIN, 15);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
        renderer.setDefaultItemLabelFont(labels);
        renderer.setDefaultItemLabelPaint(Color.BLACK);
        renderer.setDefaultItemLabelsVisible(data.getColumnCount() * series.size() <= 24);
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0x76, 0x76, 0x76));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        Font axisLabel = new Font(FONT, Font.BOLD, 16);
        Font ticks = new Font(FONT, Font.PLAIN, 15);
        for (var axis : List.of(categories, values)) {
            axis.setLabelFont(axisLabel);
            axis.setTickLabelFont(ticks);
            axis.setLabelPaint(Color.BLACK);
            axis.setTickLabelPaint(Color.BLACK);
            axis.setAxisLinePaint(Color.BLACK);
        }
        values.setUpperMargin(0.12);
        categories.setMaximumCategoryLabelLines(2);
        if (!horizontal && data.getColumnCount() > 8) {
            categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        JFreeChart chart = new JFreeChart(null, new Font(FONT, Font.BOLD, 17), plot, series.size() > 1);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setElementHinting(true);
        chart.setAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(new Font(FONT, Font.PLAIN, 15));
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.TOP);
        }
        return chart;
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
