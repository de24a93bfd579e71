package io.trendreports.xlsx;

import io.trendreports.model.TrendRecord;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Every record as one typed row of the {@value #TABLE_NAME} Excel table. Columns are those of
 * {@code sections.csv} in the same order (a column has the same letter in both), plus
 * {@code period_start} (see {@link PeriodStart}) last. Rows are streamed from the run into the sheet as they arrive ({@link #accept}),
 * so only the streaming window is ever held in memory; {@link #finish} then declares the table.
 */
final class SectionsSheet implements Consumer<TrendRecord> {

    static final String NAME = "Sections";
    static final String TABLE_NAME = "SectionsTable";
    static final String[] HEADER = {"report_id", "report_title", "period", "language", "source_file",
        "source_sha256", "section_no", "section_title", "theme_id", "theme_label", "theme_score", "summary",
        "key_terms", "entities", "sectors", "word_count", "sentence_count", "share_pct", "period_start"};
    static final int SUMMARY_COLUMN = 11;
    static final int SUMMARY_WIDTH_CHARS = 80;
    /** Data rows a sheet can hold below the header row. */
    static final int MAX_RECORDS = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
    private static final String LIST_SEPARATOR = "; ";

    private final Cells cells;
    private final Sheet sheet;
    private final ColumnWidths widths;
    private int written;
    private long omitted;
    /** Periods repeat for every section of a report, so the last parse is reused. */
    private String lastPeriod;
    private Optional<LocalDate> lastPeriodStart = Optional.empty();

    SectionsSheet(Cells cells, Sheet sheet) {
        this.cells = cells;
        this.sheet = sheet;
        this.widths = new ColumnWidths(HEADER.length).fix(SUMMARY_COLUMN, SUMMARY_WIDTH_CHARS);
        cells.tableHeader(sheet.createRow(0), HEADER);
        widths.observe(HEADER);
    }

    @Override
    public void accept(TrendRecord r) {
        if (written >= MAX_RECORDS) {
            omitted++;
            return;
        }
        WorkbookStyles styles = cells.styles();
        Row row = sheet.createRow(++written);
        String keyTerms = join(r.keyTerms());
        String entities = join(r.entities());
        String sectors = join(r.sectors());
        cells.text(row, 0, r.reportId());
        cells.text(row, 1, r.reportTitle());
        cells.text(row, 2, r.period());
        cells.text(row, 3, r.language());
        cells.text(row, 4, r.sourceFile());
        cells.text(row, 5, r.sourceSha256());
        cells.number(row, 6, r.sectionNo(), styles.integer);
        cells.text(row, 7, r.sectionTitle());
        cells.text(row, 8, r.themeId());
        cells.text(row, 9, r.themeLabel());
        cells.number(row, 10, r.themeScore(), styles.score);
        String summary = cells.text(row, SUMMARY_COLUMN, r.summary(), styles.wrapped).getStringCellValue();
        RowHeights.fit(row, RowHeights.lines(summary, SUMMARY_WIDTH_CHARS));
        cells.text(row, 12, keyTerms);
        cells.text(row, 13, entities);
        cells.text(row, 14, sectors);
        cells.number(row, 15, r.wordCount(), styles.integer);
        cells.number(row, 16, r.sentenceCount(), styles.integer);
        cells.percent(row, 17, r.sharePct());
        periodStart(r.period()).ifPresent(day -> cells.day(row, 18, day));
        widths.observe(r.reportId(), r.reportTitle(), r.period(), r.language(), r.sourceFile(), r.sourceSha256(),
                String.valueOf(r.sectionNo()), r.sectionTitle(), r.themeId(), r.themeLabel(), "0.00", null,
                keyTerms, entities, sectors, String.valueOf(r.wordCount()), String.valueOf(r.sentenceCount()),
                "100.0%", "2024-01-01");
    }

    /**
     * Freezes the header, sizes the columns and declares the table (whose filter buttons replace a
     * sheet-level autofilter, which Excel does not allow over a table).
     *
     * @param backing the XSSF sheet behind the streamed {@code sheet}
     */
    void finish(XSSFSheet backing, TableNames names) {
        sheet.createFreezePane(0, 1);
        widths.apply(sheet);
        ExcelTable.add(backing, names.unique(TABLE_NAME, ""), HEADER, written);
    }

    /** Records written as rows. */
    long written() {
        return written;
    }

    /** Records left out because the sheet was full (more than 1,048,575). */
    long omitted() {
        return omitted;
    }

    private Optional<LocalDate> periodStart(String period) {
        if (period == null || !period.equals(lastPeriod)) {
            lastPeriod = period;
            lastPeriodStart = PeriodStart.of(period);
        }
        return lastPeriodStart;
    }

    private static String join(List<String> values) {
        return String.join(LIST_SEPARATOR, values);
    }
}
