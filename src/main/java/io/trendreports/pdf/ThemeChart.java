package io.trendreports.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

import io.trendreports.model.EditionLabel;
import io.trendreports.model.ReportInfo;
import io.trendreports.model.Theme;

/**
 * A grouped horizontal bar chart, drawn as vectors: one group per theme in the order given (the
 * coverage table's), one bar per edition (the newest few, oldest first, newest darkest), the share
 * of the report's words on a shared axis.
 * Horizontal bars leave room for theme labels of any length. A chart taller than a page is split
 * into parts, each with its own legend and axis.
 */
final class ThemeChart {

    static final int MAX_EDITIONS = 3;
    static final String AXIS_TITLE = "Share of the report's words (%)";
    /** Oldest to newest; the newest edition gets the strongest colour. */
    static final Color[] SERIES = {new Color(0xB4, 0xCB, 0xE0), new Color(0x5E, 0x8F, 0xBD), TextStyle.ACCENT};

    private static final TextStyle LABEL = new TextStyle(8.5f, TextStyle.INK, 0, 0);
    private static final TextStyle TICK = new TextStyle(7.5f, TextStyle.MUTED, 0, 0);
    private static final TextStyle VALUE = new TextStyle(7, TextStyle.INK, 0, 0);
    private static final Color GRID = new Color(0xDD, 0xE3, 0xEA);
    private static final float BAR = 7.5f;
    private static final float BAR_GAP = 1.5f;
    private static final float GROUP_GAP = 9;
    private static final float LEGEND_LINE = 12;
    private static final float LEGEND_GAP = 8;
    private static final float AXIS_HEIGHT = 30;

    private final LayoutWriter out;

    ThemeChart(LayoutWriter out) {
        this.out = out;
    }

    /** The newest editions the chart compares, oldest first. */
    static List<ReportInfo> editions(List<ReportInfo> reports) {
        return reports.subList(Math.max(0, reports.size() - MAX_EDITIONS), reports.size());
    }

    /**
     * Draws the chart.
     *
     * @param share share in percent of a theme in a report, null when absent
     */
    void draw(List<ReportInfo> editions, List<Theme> themes, ShareLookup share) throws IOException {
        // in the order given, the table's: a reader finds a theme at the same place in both
        List<Theme> rows = themes.stream().filter(t -> editions.stream().anyMatch(r -> share.of(t, r) != null)).toList();
        if (rows.isEmpty()) {
            return;
        }
        double max = 0;
        for (Theme t : rows) {
            for (ReportInfo r : editions) {
                max = Math.max(max, orZero(share.of(t, r)));
            }
        }
        // shares are parts of 100; sums of rounded shares may pass it by a hair
        Axis axis = Axis.upTo(Math.min(max, 100));

        float labelWidth = Math.min(out.contentWidth() * 0.3f, widestLabel(rows) + 8);
        float plotLeft = out.left() + labelWidth;
        float plotWidth = out.right() - 26 - plotLeft;
        float groupHeight = editions.size() * (BAR + BAR_GAP) - BAR_GAP + GROUP_GAP;
        float page = out.pageContentHeight();
        float legendHeight = editions.size() * LEGEND_LINE + LEGEND_GAP;
        int perPart = Math.max(1, (int) ((page - legendHeight - AXIS_HEIGHT - 8) / groupHeight));

        for (int from = 0; from < rows.size(); from += perPart) {
            List<Theme> part = rows.subList(from, Math.min(rows.size(), from + perPart));
            out.ensureSpace(legendHeight + part.size() * groupHeight + AXIS_HEIGHT);
            legend(editions);
            float top = out.y();
            float bottom = top - part.size() * groupHeight;
            grid(axis, plotLeft, plotWidth, top, bottom);
            float y = top - GROUP_GAP / 2;
            for (Theme theme : part) {
                String label = fit(theme.label(), labelWidth - 8);
                float groupMid = y - (groupHeight - GROUP_GAP) / 2;
                out.drawAt(label, out.left(), groupMid - LABEL.size() * 0.35f, LABEL);
                for (int e = 0; e < editions.size(); e++) {
                    Double value = share.of(theme, editions.get(e));
                    float barTop = y - e * (BAR + BAR_GAP);
                    if (value != null) {
                        float w = (float) (Math.min(value, axis.max()) / axis.max() * plotWidth);
                        out.fillRect(plotLeft, barTop, Math.max(w, 0.8f), BAR, SERIES[seriesIndex(e, editions.size())]);
                        out.drawAt(Formats.share(value), plotLeft + w + 3, barTop - BAR + 1.2f, VALUE);
                    }
                }
                y -= groupHeight;
            }
            out.moveDown(top - bottom);
            axis(axis, plotLeft, plotWidth);
        }
    }

    /** Share of a theme in a report, null when the theme is absent. */
    @FunctionalInterface
    interface ShareLookup {
        Double of(Theme theme, ReportInfo report);
    }

    /** One line per edition, so long report titles are shown whole. */
    private void legend(List<ReportInfo> editions) throws IOException {
        for (int e = 0; e < editions.size(); e++) {
            float baseline = out.y() - 9;
            String name = fit(legendName(editions.get(e)), out.contentWidth() - 16);
            out.fillRect(out.left(), baseline + 8, 8, 8, SERIES[seriesIndex(e, editions.size())]);
            out.drawAt(name, out.left() + 13, baseline, LABEL);
            out.moveDown(LEGEND_LINE);
        }
        out.moveDown(LEGEND_GAP);
    }

    /** Height of the chart's first part (all of it if it fits a page): keep its heading with it. */
    float firstPartHeight(int editions, int rows) {
        float groupHeight = editions * (BAR + BAR_GAP) - BAR_GAP + GROUP_GAP;
        float fixed = editions * LEGEND_LINE + LEGEND_GAP + AXIS_HEIGHT;
        return Math.min(out.pageContentHeight() - 40, fixed + rows * groupHeight);
    }

    private void grid(Axis axis, float plotLeft, float plotWidth, float top, float bottom) throws IOException {
        for (int i = 0; i <= axis.ticks(); i++) {
            float x = plotLeft + plotWidth * i / axis.ticks();
            out.line(x, top, x, bottom, i == 0 ? TextStyle.MUTED : GRID, i == 0 ? 0.8f : 0.5f);
        }
    }

    private void axis(Axis axis, float plotLeft, float plotWidth) throws IOException {
        float y = out.y();
        out.line(plotLeft, y, plotLeft + plotWidth, y, TextStyle.MUTED, 0.8f);
        for (int i = 0; i <= axis.ticks(); i++) {
            float x = plotLeft + plotWidth * i / axis.ticks();
            out.line(x, y, x, y - 3, TextStyle.MUTED, 0.8f);
            String tick = Formats.share(axis.max() * i / axis.ticks()).replaceAll("\\.0$", "") + "%";
            out.drawAt(tick, x - out.width(tick, TICK) / 2, y - 12, TICK);
        }
        out.drawAt(AXIS_TITLE, plotLeft + (plotWidth - out.width(AXIS_TITLE, TICK)) / 2, y - 23, TICK);
        out.moveDown(AXIS_HEIGHT);
    }

    private static int seriesIndex(int edition, int editions) {
        return SERIES.length - editions + edition;
    }

    static String legendName(ReportInfo r) {
        return "#" + r.edition() + " " + EditionLabel.fullTitle(r);
    }

    private float widestLabel(List<Theme> rows) {
        float widest = 0;
        for (Theme t : rows) {
            widest = Math.max(widest, out.width(out.sanitizer().measureOnly(t.label()), LABEL));
        }
        return widest;
    }

    private String fit(String text, float width) {
        String ellipsis = out.fonts().canDraw(0x2026) ? "\u2026" : "...";
        return LineBreaker.truncate(out.sanitizer().cleanLine(text), width, ellipsis, out.measure(LABEL));
    }

    private static double orZero(Double d) {
        return d == null ? 0 : d;
    }

    /** A 0-based axis with round ticks. */
    record Axis(double max, int ticks) {

        static Axis upTo(double value) {
            double[] steps = {1, 2, 2.5, 5, 10, 20, 25};
            for (double step : steps) {
                int ticks = (int) Math.ceil(value / step);
                if (ticks <= 6) {
                    return new Axis(Math.max(1, ticks) * step, Math.max(1, ticks));
                }
            }
            return new Axis(100, 5);
        }
    }
}
