package io.trendreports.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A grid of wrapped text cells drawn through a {@link LayoutWriter}: a shaded header row that is
 * repeated after every page break, striped body rows, rows never split across pages.
 */
final class SimpleTable {

    /** One column; numbers read best right-aligned. */
    record Column(String header, float width, boolean alignRight) {
    }

    static final float PAD = 4;
    static final int MAX_CELL_LINES = 6;
    private static final Color STRIPE = new Color(0xF7, 0xF9, 0xFB);

    private final LayoutWriter out;
    private final List<Column> columns;
    private final TextStyle headerStyle;
    private final TextStyle cellStyle;

    SimpleTable(LayoutWriter out, List<Column> columns, TextStyle headerStyle, TextStyle cellStyle) {
        this.out = out;
        this.columns = List.copyOf(columns);
        this.headerStyle = headerStyle;
        this.cellStyle = cellStyle;
    }

    /** Draws the table, keeping the header row with at least the first body row. */
    void draw(List<List<String>> rows) throws IOException {
        List<List<String>> header = cells(columns.stream().map(Column::header).toList(), headerStyle);
        List<List<List<String>>> body = new ArrayList<>();
        for (List<String> row : rows) {
            body.add(cells(row, cellStyle));
        }
        float headerHeight = height(header, headerStyle);
        float firstRow = body.isEmpty() ? 0 : height(body.get(0), cellStyle);
        out.ensureSpace(headerHeight + firstRow);
        drawRow(header, headerStyle, TextStyle.SHADE, headerHeight);
        for (int i = 0; i < body.size(); i++) {
            float h = height(body.get(i), cellStyle);
            if (out.ensureSpace(h)) {
                drawRow(header, headerStyle, TextStyle.SHADE, headerHeight);
            }
            drawRow(body.get(i), cellStyle, i % 2 == 1 ? STRIPE : null, h);
        }
        out.moveDown(cellStyle.spaceAfter() + 6);
    }

    private List<List<String>> cells(List<String> texts, TextStyle style) {
        List<List<String>> cells = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            String text = c < texts.size() && texts.get(c) != null ? texts.get(c) : "";
            float inner = columns.get(c).width() - 2 * PAD;
            List<String> lines = LineBreaker.wrap(out.sanitizer().cleanLine(text), inner, out.measure(style.size()));
            if (lines.size() > MAX_CELL_LINES) {
                lines = new ArrayList<>(lines.subList(0, MAX_CELL_LINES));
                lines.set(MAX_CELL_LINES - 1, lines.get(MAX_CELL_LINES - 1) + " ...");
            }
            cells.add(lines);
        }
        return cells;
    }

    private float height(List<List<String>> row, TextStyle style) {
        int lines = row.stream().mapToInt(List::size).max().orElse(1);
        return 2 * PAD + (lines - 1) * style.leading() + style.size() * 1.2f;
    }

    private void drawRow(List<List<String>> row, TextStyle style, Color fill, float height) throws IOException {
        float top = out.y();
        float x = out.left();
        float tableWidth = (float) columns.stream().mapToDouble(Column::width).sum();
        if (fill != null) {
            out.fillRect(x, top, tableWidth, height, fill);
        }
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            float baseline = top - PAD - style.size();
            for (String line : row.get(c)) {
                float lineX = column.alignRight()
                        ? x + column.width() - PAD - out.width(line, style.size())
                        : x + PAD;
                out.drawAt(line, lineX, baseline, style);
                baseline -= style.leading();
            }
            x += column.width();
        }
        out.hline(out.left(), out.left() + tableWidth, top - height, TextStyle.RULE);
        out.moveDown(height);
    }
}
