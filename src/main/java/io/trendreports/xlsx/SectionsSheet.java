package io.trendreports.xlsx;

import io.trendreports.model.RunSnapshot;
import io.trendreports.model.TrendRecord;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.util.List;

/**
 * Every record as one typed row, columns mirroring {@code sections.csv}. Rows are streamed from
 * the run straight into the sheet, so only the streaming window is ever held in memory.
 */
final class SectionsSheet {

    static final String NAME = "Sections";
    static final String[] HEADER = {"report_id", "report_title", "period", "language", "source_file",
        "source_sha256", "section_no", "section_title", "theme_id", "theme_label", "theme_score", "summary",
        "key_terms", "entities", "sectors", "word_count", "sentence_count", "share_pct"};
    static final int SUMMARY_COLUMN = 11;
    static final int SUMMARY_WIDTH_CHARS = 80;
    private static final String LIST_SEPARATOR = "; ";

    private final Cells cells;

    SectionsSheet(Cells cells) {
        this.cells = cells;
    }

    /** Data rows a sheet can hold below the header row. */
    static final int MAX_RECORDS = SpreadsheetVersion.EXCEL2007.getLastRowIndex();

    private long omitted;

    /** @return the number of records written; records beyond a sheet's capacity are counted in {@link #omitted()} */
    long write(Sheet sheet, RunSnapshot run) {
        WorkbookStyles styles = cells.styles();
        cells.header(sheet.createRow(0), HEADER);
        ColumnWidths widths = new ColumnWidths(HEADER.length).fix(SUMMARY_COLUMN, SUMMARY_WIDTH_CHARS);
        widths.observe(HEADER);
        long[] written = {0};
        run.forEachRecord(r -> {
            if (written[0] >= MAX_RECORDS) {
                omitted++;
                return;
            }
            Row row = sheet.createRow((int) ++written[0]);
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
            cells.text(row, 11, r.summary(), styles.wrapped);
            cells.text(row, 12, keyTerms);
            cells.text(row, 13, entities);
            cells.text(row, 14, sectors);
            cells.number(row, 15, r.wordCount(), styles.integer);
            cells.number(row, 16, r.sentenceCount(), styles.integer);
            cells.percent(row, 17, r.sharePct());
            widths.observe(r.reportId(), r.reportTitle(), r.period(), r.language(), r.sourceFile(),
                    r.sourceSha256(), String.valueOf(r.sectionNo()), r.sectionTitle(), r.themeId(),
                    r.themeLabel(), "0.00", null, keyTerms, entities, sectors, String.valueOf(r.wordCount()),
                    String.valueOf(r.sentenceCount()), "100.0%");
        });
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, (int) written[0], 0, HEADER.length - 1));
        widths.apply(sheet);
        return written[0];
    }

    /** Records left out because the sheet was full (more than 1,048,575). */
    long omitted() {
        return omitted;
    }

    private static String join(List<String> values) {
        return String.join(LIST_SEPARATOR, values);
    }
}
