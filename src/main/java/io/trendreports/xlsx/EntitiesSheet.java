package io.trendreports.xlsx;

import io.trendreports.model.EditionLabel;
import io.trendreports.model.ReportInfo;
import io.trendreports.model.RunSnapshot;
import io.trendreports.model.TrendRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Entity by report: its kind as the recognizer tells it (organisation, person, place, model or
 * product; blank when unknown), then how many sections of each report name the entity, reports as columns ordered
 * by period and headed by their short labels, and a total. The most mentioned entities come
 * first. A report that does not name the entity has a blank cell, as an edition without a theme
 * has on {@code Comparison}: one rule for absence across the workbook. Past
 * {@link ComparisonSheet#EDITION_COLUMNS} reports the newest are the columns and the total still
 * counts them all.
 */
final class EntitiesSheet {

    static final String NAME = "Entities";
    static final String ENTITY_HEADER = "Entity";
    static final String KIND_HEADER = "Kind";
    static final String TOTAL_HEADER = "Total";
    /** Columns before the first report. */
    static final int FIRST_REPORT = 2;

    private final Cells cells;

    EntitiesSheet(Cells cells) {
        this.cells = cells;
    }

    void write(Sheet sheet, RunSnapshot run, EntityCounts counts) {
        List<ReportInfo> reports = new ArrayList<>(run.reports());
        reports.sort(Comparator.comparingInt(ReportInfo::edition));
        int all = reports.size();
        if (all > ComparisonSheet.EDITION_COLUMNS) {
            reports = new ArrayList<>(reports.subList(all - ComparisonSheet.EDITION_COLUMNS, all));
        }
        WorkbookStyles styles = cells.styles();
        Row header = sheet.createRow(0);
        cells.text(header, 0, ENTITY_HEADER, styles.header);
        cells.text(header, 1, KIND_HEADER, styles.header);
        List<String> editions = new ArrayList<>();
        for (int c = 0; c < reports.size(); c++) {
            editions.add(cells.text(header, c + FIRST_REPORT, EditionLabel.of(reports.get(c)), styles.header)
                    .getStringCellValue());
        }
        int totalColumn = reports.size() + FIRST_REPORT;
        cells.text(header, totalColumn, all > reports.size() ? TOTAL_HEADER + " (all " + all + " reports)" : TOTAL_HEADER,
                styles.header);
        // the header is finished before the first entity row: a streamed sheet may write it out then
        int[] widths = new int[totalColumn + 1];
        widths[0] = 32;
        widths[1] = 16;
        int lines = 1;
        for (int c = 0; c < editions.size(); c++) {
            String label = editions.get(c);
            int chars = Math.max(ComparisonSheet.EDITION_MIN_CHARS,
                    Math.min(ComparisonSheet.EDITION_MAX_CHARS, label.codePointCount(0, label.length()) + 2));
            widths[c + FIRST_REPORT] = chars;
            lines = Math.max(lines, RowHeights.lines(label, chars - 2));
        }
        RowHeights.fit(header, lines);
        widths[totalColumn] = 10;

        int[] columnOf = counts.positions(reports);
        List<EntityCounts.Entity> rows = new ArrayList<>(counts.entities());
        rows.sort(Comparator.comparingInt((EntityCounts.Entity e) -> -e.total())
                .thenComparing(e -> e.name().toLowerCase(Locale.ROOT))
                .thenComparing(EntityCounts.Entity::name));
        int r = 1;
        for (EntityCounts.Entity entity : rows) {
            Row row = sheet.createRow(r++);
            cells.text(row, 0, entity.name());
            if (!entity.kind().isEmpty()) {
                cells.text(row, 1, kindLabel(entity.kind()));
            }
            for (int c = 0; c < reports.size(); c++) {
                int sections = columnOf[c] < 0 ? 0 : entity.sections()[columnOf[c]];
                if (sections > 0) {
                    cells.number(row, c + FIRST_REPORT, sections, styles.integer);
                }
            }
            cells.number(row, totalColumn, entity.total(), styles.integer);
        }

        sheet.createFreezePane(FIRST_REPORT, 1);
        ColumnRuns.apply(sheet, widths);
        if (rows.isEmpty()) {
            cells.text(sheet.createRow(1), 0, "No entities named in this run.");
            return;
        }
        sheet.setAutoFilter(new CellRangeAddress(0, rows.size(), 0, totalColumn));
        if (!reports.isEmpty()) {
            ComparisonSheet.colourScale(sheet, new CellRangeAddress(1, rows.size(), FIRST_REPORT,
                    FIRST_REPORT + reports.size() - 1));
        }
    }

    /** The kind in a reader's words; the model's ids are for data. */
    static String kindLabel(String kind) {
        return switch (kind) {
            case TrendRecord.ORGANIZATION -> "organisation";
            case TrendRecord.PERSON -> "person";
            case TrendRecord.PLACE -> "place";
            case TrendRecord.PRODUCT -> "model, product or law";
            default -> "";
        };
    }
}
