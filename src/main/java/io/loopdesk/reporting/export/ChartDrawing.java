package io.loopdesk.reporting.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;

/**
 * Draws a {@link Chart} with JFreeChart into a PDF as vectors: lines and text stay sharp at any zoom, the labels are
 * real text (searchable, copyable) in the report font, and the file stays small where a picture would not.
 */
final class ChartDrawing {

    /** The series colours of the web UI's ECharts, so a chart looks the same on screen and on paper. */
    private static final Paint[] PALETTE = {
        new Color(0x5470C6),
        new Color(0x91CC75),
        new Color(0xFAC858),
        new Color(0xEE6666),
        new Color(0x73C0DE),
        new Color(0x3BA272),
        new Color(0xFC8452),
        new Color(0x9A60B4),
        new Color(0xEA7CCC)
    };

    private ChartDrawing() {}

    /** The chart as a PDF image of the given size in points, to be added to the document like any image. */
    static Image draw(Chart chart, Locale locale, PdfContentByte canvas, float width, float height) {
        ReportFont font = ReportFont.get();
        JFreeChart drawn = jfreeChart(chart, locale, font);
        PdfTemplate template = canvas.createTemplate(width, height);
        Graphics2D graphics = template.createGraphics(width, height, font.mapper());
        try {
            drawn.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            graphics.dispose();
        }
        return Image.getInstance(template);
    }

    static JFreeChart jfreeChart(Chart chart, Locale locale, ReportFont font) {
        JFreeChart drawn = switch (chart.kind()) {
            case BAR ->
                ChartFactory.createBarChart(
                        chart.title(), null, null, categories(chart), PlotOrientation.VERTICAL, true, false, false);
            case STACKED_BAR ->
                ChartFactory.createStackedBarChart(
                        chart.title(), null, null, categories(chart), PlotOrientation.VERTICAL, true, false, false);
            case LINE ->
                ChartFactory.createLineChart(
                        chart.title(), null, null, categories(chart), PlotOrientation.VERTICAL, true, false, false);
            case PIE -> ChartFactory.createPieChart(chart.title(), slices(chart), true, false, locale);
        };
        theme(font).apply(drawn);
        if (drawn.getPlot() instanceof PiePlot<?> pie) {
            // "邮件 34%": the share is what a pie is read for
            pie.setLabelGenerator(new StandardPieSectionLabelGenerator(
                    "{0} {2}", NumberFormat.getNumberInstance(locale), NumberFormat.getPercentInstance(locale)));
            pie.setLabelBackgroundPaint(Color.WHITE);
            pie.setLabelOutlinePaint(null);
            pie.setLabelShadowPaint(null);
            pie.setShadowPaint(null);
            pie.setDefaultSectionOutlinePaint(Color.WHITE);
        }
        if (drawn.getPlot() instanceof CategoryPlot plot) {
            plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
            plot.setRangeGridlineStroke(new BasicStroke(0.5f));
            NumberAxis axis = (NumberAxis) plot.getRangeAxis();
            // counts (the usual case) get whole-number ticks: "2.5 tickets" on an axis reads as a mistake
            axis.setStandardTickUnits(
                    wholeNumbers(chart.series())
                            ? NumberAxis.createIntegerTickUnits(locale)
                            : NumberAxis.createStandardTickUnits(locale));
            if (plot.getRenderer() instanceof LineAndShapeRenderer line) {
                line.setDefaultShapesVisible(true);
                line.setDefaultStroke(new BasicStroke(1.5f));
                line.setAutoPopulateSeriesStroke(false);
            }
        }
        return drawn;
    }

    /** Every text of the chart in the report font, so Chinese titles, axis labels and legends render. */
    private static StandardChartTheme theme(ReportFont font) {
        StandardChartTheme theme = new StandardChartTheme("Loopdesk");
        theme.setExtraLargeFont(font.awt(java.awt.Font.PLAIN, 13f));
        theme.setLargeFont(font.awt(java.awt.Font.PLAIN, 10f));
        theme.setRegularFont(font.awt(java.awt.Font.PLAIN, 9f));
        theme.setSmallFont(font.awt(java.awt.Font.PLAIN, 8f));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setDrawingSupplier(new DefaultDrawingSupplier(
                PALETTE,
                DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
        return theme;
    }

    private static DefaultCategoryDataset categories(Chart chart) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Chart.Series series : chart.series()) {
            List<@Nullable Number> values = series.values();
            for (int i = 0; i < values.size(); i++) {
                dataset.addValue(
                        values.get(i), series.name(), chart.categories().get(i));
            }
        }
        return dataset;
    }

    private static DefaultPieDataset<String> slices(Chart chart) {
        DefaultPieDataset<String> dataset = new DefaultPieDataset<>();
        List<@Nullable Number> values = chart.series().getFirst().values();
        for (int i = 0; i < values.size(); i++) {
            Number value = values.get(i);
            if (value != null) {
                dataset.setValue(chart.categories().get(i), value);
            }
        }
        return dataset;
    }

    private static boolean wholeNumbers(List<Chart.Series> series) {
        return series.stream()
                .flatMap(one -> one.values().stream())
                .filter(Objects::nonNull)
                .allMatch(value -> value.doubleValue() == Math.rint(value.doubleValue()));
    }
}
