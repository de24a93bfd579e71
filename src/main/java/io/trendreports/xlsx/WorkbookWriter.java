package io.trendreports.xlsx;

import io.trendreports.model.OutputWriter;
import io.trendreports.model.RunSnapshot;
import io.trendreports.model.WrittenOutput;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.IgnoredErrorType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes {@code trend-comparison.xlsx}: an overview of the run, the theme-by-edition comparison,
 * every section as a filterable row, and the theme changes between editions.
 *
 * <p>The workbook is streamed ({@link SXSSFWorkbook}): only {@value #ROW_WINDOW} rows per sheet
 * stay in memory, the rest go to temporary files that {@code close()} deletes (in POI 5.5
 * {@code SXSSFWorkbook.close()} calls {@code dispose()}).
 */
public final class WorkbookWriter implements OutputWriter {

    public static final String FILE_NAME = "trend-comparison.xlsx";
    public static final String TITLE = "Trend comparison";
    static final int ROW_WINDOW = 200;

    private final WorkbookSettings settings;

    public WorkbookWriter(WorkbookSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "xlsx";
    }

    @Override
    public List<WrittenOutput> write(RunSnapshot run, Path runDir) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
        try {
            workbook.setCompressTempFiles(true);
            CellText cellText = new CellText();
            Cells cells = new Cells(new WorkbookStyles(workbook), cellText);
            SheetNames names = new SheetNames();

            SXSSFSheet overview = workbook.createSheet(names.unique(OverviewSheet.NAME));
            new OverviewSheet(cells, workbook.getCreationHelper()).write(overview, run);
            new ComparisonSheet(cells).write(workbook.createSheet(names.unique(ComparisonSheet.NAME)), run);
            SectionsSheet sections = new SectionsSheet(cells);
            SXSSFSheet sectionRows = workbook.createSheet(names.unique(SectionsSheet.NAME));
            long records = sections.write(sectionRows, run);
            new ChangesSheet(cells).write(workbook.createSheet(names.unique(ChangesSheet.NAME)), run);
            textMayLookNumeric(workbook, overview, OverviewSheet.REPORT_HEADER.length);
            textMayLookNumeric(workbook, sectionRows, SectionsSheet.HEADER.length);
            describe(workbook, run);

            try (OutputStream out = Files.newOutputStream(runDir.resolve(FILE_NAME))) {
                workbook.write(out);
            }
            return List.of(new WrittenOutput(FILE_NAME, "xlsx", records, Map.of(
                    "truncatedCells", cellText.truncated(),
                    "replacedCharacters", cellText.replaced(),
                    "omittedRecords", sections.omitted())));
        } finally {
            workbook.close();
        }
    }

    /**
     * Periods like "2024" are text on purpose; without this Excel flags every such cell with a
     * "number stored as text" warning triangle.
     */
    private static void textMayLookNumeric(SXSSFWorkbook workbook, SXSSFSheet sheet, int columns) {
        CellRangeAddress used = new CellRangeAddress(0, Math.max(0, sheet.getLastRowNum()), 0, columns - 1);
        workbook.getXSSFWorkbook().getSheet(sheet.getSheetName())
                .addIgnoredErrors(used, IgnoredErrorType.NUMBER_STORED_AS_TEXT);
    }

    private void describe(SXSSFWorkbook workbook, RunSnapshot run) {
        POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        core.setTitle(TITLE);
        core.setCreator(settings.author());
        core.setCreated(Optional.of(Date.from(run.run().startedAt())));
    }
}
