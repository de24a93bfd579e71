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
 * topic by topic with its charts, every section as a row of an Excel table, entity mentions by
 * report, every metric as a row of a table, and the theme changes between editions of each topic. Every sheet prints one page wide.
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
        SXSSFWorkbook workbook = new StreamingWorkbook(ROW_WINDOW);
        try {
            CellText cellText = new CellText();
            Cells cells = new Cells(new WorkbookStyles(workbook), cellText);
            SheetNames names = new SheetNames();
            TableNames tables = new TableNames();

            SXSSFSheet overview = workbook.createSheet(names.unique(OverviewSheet.NAME));
            OverviewSheet overviewSheet = new OverviewSheet(cells, workbook.getCreationHelper(), settings.portal());
            overviewSheet.write(overview, run);

            SXSSFSheet comparison = workbook.createSheet(names.unique(ComparisonSheet.NAME));
            // one column per edition of a topic: each of these rows can hold thousands of cells, so
            // they are written out as soon as the next row starts (each block finishes its header first)
            comparison.setRandomAccessWindowSize(1);
            List<ComparisonSheet.Block> blocks = new ComparisonSheet(cells).write(comparison, run);

            // one pass over the records feeds both the row-per-record sheet and the entity counts
            SXSSFSheet sectionRows = workbook.createSheet(names.unique(SectionsSheet.NAME));
            SXSSFSheet entityRows = workbook.createSheet(names.unique(EntitiesSheet.NAME));
            entityRows.setRandomAccessWindowSize(1);
            SXSSFSheet metricRows = workbook.createSheet(names.unique(MetricsSheet.NAME));
            SectionsSheet sections = new SectionsSheet(cells, sectionRows);
            EntityCounts entities = new EntityCounts(run.reports());
            MetricsSheet metrics = new MetricsSheet(cells, metricRows, run);
            run.forEachRecord(sections.andThen(entities).andThen(metrics));
            sections.finish(backing(workbook, sectionRows), tables);
            new EntitiesSheet(cells).write(entityRows, run, entities);
            metrics.finish(backing(workbook, metricRows), tables);

            SXSSFSheet changes = workbook.createSheet(names.unique(ChangesSheet.NAME));
            new ChangesSheet(cells).write(changes, run);
            ComparisonSheet.decorate(backing(workbook, comparison), blocks, tables);

            PrintLayout.apply(overview, -1);
            // each topic block has its own header row, and each starts a printed page
            PrintLayout.apply(comparison, -1);
            PrintLayout.apply(sectionRows, 0);
            PrintLayout.apply(entityRows, 0);
            PrintLayout.apply(metricRows, 0);
            PrintLayout.apply(changes, 0);
            textMayLookNumeric(workbook, overview, overviewSheet.columns());
            textMayLookNumeric(workbook, sectionRows, SectionsSheet.HEADER.length);
            DefaultCellStyle.declare(workbook.getXSSFWorkbook());
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
