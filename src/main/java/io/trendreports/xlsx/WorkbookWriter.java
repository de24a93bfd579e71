package io.trendreports.xlsx;

import io.trendreports.model.OutputWriter;
import io.trendreports.model.RunSlice;
import io.trendreports.model.RunSnapshot;
import io.trendreports.model.WrittenOutput;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.IgnoredErrorType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes {@code trend-comparison.xlsx}: an overview of the run, the theme-by-edition comparison
 * with a chart of the two newest editions, every section as a row of an Excel table, entity
 * mentions by report, and the theme changes between editions.
 *
 * <p>The workbook is streamed ({@link SXSSFWorkbook}): only {@value #ROW_WINDOW} rows per sheet
 * stay in memory, the rest go to temporary files that {@code close()} deletes (in POI 5.5
 * {@code SXSSFWorkbook.close()} calls {@code dispose()}).
 */
public final class WorkbookWriter implements OutputWriter {

    public static final String FILE_NAME = "trend-comparison.xlsx";
    public static final String KIND = "xlsx";
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
    public List<WrittenOutput> write(RunSlice slice, Path runDir) throws IOException {
        RunSnapshot run = slice.run();
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
        try {
            workbook.setCompressTempFiles(true);
            CellText cellText = new CellText();
            Cells cells = new Cells(new WorkbookStyles(workbook), cellText);
            SheetNames names = new SheetNames();

            SXSSFSheet overview = workbook.createSheet(names.unique(OverviewSheet.NAME));
            new OverviewSheet(cells, workbook.getCreationHelper()).write(overview, run);

            SXSSFSheet comparison = workbook.createSheet(names.unique(ComparisonSheet.NAME));
            // one column per report: each of these rows can hold thousands of cells, so they are
            // written out as soon as the next row starts (the sheets finish their header first)
            comparison.setRandomAccessWindowSize(1);
            ComparisonSheet.Matrix matrix = new ComparisonSheet(cells).write(comparison, run);
            ShareChart.draw(backing(workbook, comparison), matrix);

            // one pass over the records feeds both the row-per-record sheet and the entity counts
            SXSSFSheet sectionRows = workbook.createSheet(names.unique(SectionsSheet.NAME));
            SXSSFSheet entityRows = workbook.createSheet(names.unique(EntitiesSheet.NAME));
            entityRows.setRandomAccessWindowSize(1);
            SectionsSheet sections = new SectionsSheet(cells, sectionRows);
            EntityCounts entities = new EntityCounts(run.reports());
            run.forEachRecord(sections.andThen(entities));
            sections.finish(backing(workbook, sectionRows));
            new EntitiesSheet(cells).write(entityRows, run, entities);

            SXSSFSheet changes = workbook.createSheet(names.unique(ChangesSheet.NAME));
            new ChangesSheet(cells).write(changes, run);
            for (SXSSFSheet sheet : List.of(overview, comparison, entityRows, changes)) {
                printOnePageWide(sheet);
            }
            sectionRows.getPrintSetup().setLandscape(true);
            textMayLookNumeric(workbook, overview, OverviewSheet.REPORT_HEADER.length);
            textMayLookNumeric(workbook, sectionRows, SectionsSheet.HEADER.length);
            describe(workbook, run);

            try (OutputStream out = Files.newOutputStream(runDir.resolve(FILE_NAME))) {
                workbook.write(out);
            }
            return List.of(new WrittenOutput(FILE_NAME, KIND, sections.written(), Map.of(
                    "truncatedCells", cellText.truncated(),
                    "replacedCharacters", cellText.replaced(),
                    "omittedRecords", sections.omitted())));
        } finally {
            workbook.close();
        }
    }

    /** Landscape, scaled to one page wide: the small sheets print as they look on screen. */
    private static void printOnePageWide(SXSSFSheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /** The XSSF sheet behind a streamed one: tables, charts and ignored errors are declared there. */
    private static XSSFSheet backing(SXSSFWorkbook workbook, SXSSFSheet sheet) {
        return workbook.getXSSFWorkbook().getSheet(sheet.getSheetName());
    }

    /**
     * Periods like "2024" are text on purpose; without this Excel flags every such cell with a
     * "number stored as text" warning triangle.
     */
    private static void textMayLookNumeric(SXSSFWorkbook workbook, SXSSFSheet sheet, int columns) {
        CellRangeAddress used = new CellRangeAddress(0, Math.max(0, sheet.getLastRowNum()), 0, columns - 1);
        backing(workbook, sheet).addIgnoredErrors(used, IgnoredErrorType.NUMBER_STORED_AS_TEXT);
    }

    private void describe(SXSSFWorkbook workbook, RunSnapshot run) {
        POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        core.setTitle(TITLE);
        core.setCreator(settings.author());
        core.setCreated(Optional.of(Date.from(run.run().startedAt())));
        core.setSubjectProperty("Run " + run.run().runId());
    }
}
