package io.trendreports.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trendreports.model.Theme;

/** A topic with more editions than a sheet shows as columns. */
class WideSeriesTest {

    @TempDir
    Path dir;

    @Test
    void aSeriesLongerThanTheColumnLimitShowsItsNewestEditionsAndSaysSo() throws IOException {
        int reports = ComparisonSheet.EDITION_COLUMNS + 200;
        GeneratedRunSnapshot run = new GeneratedRunSnapshot(reports, 2,
                List.of(new Theme("scaling", "Model scaling"), new Theme("agents", "Agents"),
                        new Theme("other", "Other")), 30);

        new WorkbookWriter(new WorkbookSettings("Analyst")).write(run, dir);

        try (XSSFWorkbook workbook = XlsxFixtures.open(dir)) {
            Sheet comparison = workbook.getSheet(ComparisonSheet.NAME);
            assertThat(comparison.getRow(0).getCell(1).getStringCellValue())
                    .startsWith("newest " + ComparisonSheet.EDITION_COLUMNS + " of " + reports + " editions");
            Row header = comparison.getRow(1);
            // theme column, the shown editions, the change column
            assertThat((int) header.getLastCellNum()).isEqualTo(ComparisonSheet.EDITION_COLUMNS + 2);
            assertThat(header.getCell(ComparisonSheet.EDITION_COLUMNS).getStringCellValue())
                    .contains(String.valueOf(2000 + reports - 1));
            assertThat(header.getCell(1).getStringCellValue()).contains(String.valueOf(2000 + 200));

            Row entities = workbook.getSheet(EntitiesSheet.NAME).getRow(0);
            // entity, kind, the shown reports, the total
            assertThat((int) entities.getLastCellNum()).isEqualTo(ComparisonSheet.EDITION_COLUMNS + 3);
            assertThat(entities.getCell(ComparisonSheet.EDITION_COLUMNS + 2).getStringCellValue())
                    .isEqualTo("Total (all " + reports + " reports)");
        }
    }
}
