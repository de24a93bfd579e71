package io.trendreports.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trendreports.TrendReportsApplication;
import io.trendreports.cli.ExitCodes;

/**
 * Three editions of one topic with 5, 10 and 7 sections: the 2024 edition repeats the 2023 one's
 * five sections word for word and adds five; the 2025 edition drops three, and writes much more
 * about shared scooters. A reader would say: nothing weakened in 2024 (there is only more), five
 * new trends; in 2025 three dropped and scooters strengthened. The workbook and the digest's opening
 * page must say the same.
 */
class EditionChangesRunTest {

    @TempDir
    Path tmp;

    @Test
    void changeStatementsFollowWhatTheEditionsSayNotHowManySectionsTheyHave() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("input"));
        for (String year : List.of("2023", "2024", "2025")) {
            Path edition = Path.of("src/test/resources/editions/urban-mobility-" + year + ".md");
            Files.copy(edition, input.resolve(edition.getFileName()));
        }
        Path output = tmp.resolve("output");
        assertThat(TrendReportsApplication.execute("run", "--input=" + input, "--output=" + output))
                .isEqualTo(ExitCodes.OK);

        List<Map<String, String>> changes = changesSheet(output.resolve("latest/trend-comparison.xlsx"));
        List<Map<String, String>> first = between(changes, "2023", "2024");
        List<Map<String, String>> second = between(changes, "2024", "2025");

        assertThat(first).extracting(c -> c.get("Change")).doesNotContain("Weakened", "Dropped");
        assertThat(first).filteredOn(c -> c.get("Change").equals("New")).hasSize(5);
        assertThat(first).filteredOn(c -> c.get("Change").equals("Steady")).hasSize(5)
                .allSatisfy(c -> assertThat(c.get("Why")).startsWith("1 \u2192 1 section"));

        assertThat(second).filteredOn(c -> c.get("Change").equals("Dropped")).extracting(c -> c.get("Theme"))
                .containsExactlyInAnyOrder("One App for Every Trip", "Driverless Shuttles on Fixed Routes",
                        "Stations Become Neighbourhoods");
        assertThat(second).filteredOn(c -> c.get("Theme").equals("Driverless Shuttles on Fixed Routes"))
                .extracting(c -> c.get("Why")).containsExactly("covered in 2 of 3 editions, not in this one");
        assertThat(second).filteredOn(c -> c.get("Change").equals("Strengthened")).extracting(c -> c.get("Theme"))
                .containsExactly("Shared Scooters and Bikes Settle In");
        assertThat(second).extracting(c -> c.get("Change")).doesNotContain("Weakened", "New");

        // the digest's opening page says the same of the newest edition, pointing to the briefs that say it
        try (PDDocument digest = Loader.loadPDF(output.resolve("latest/digest.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            String opening = stripper.getText(digest).replace("\n", " ");
            assertThat(opening).containsSubsequence("what changed from 2024 to 2025", "Gone",
                    "Driverless Shuttles on Fixed Routes: covered in 2 of 3 editions, not in this one.",
                    "briefs/urban-mobility-2024.pdf", "Strengthened", "Shared Scooters and Bikes Settle In: ",
                    "briefs/urban-mobility-2025.pdf", "briefs/urban-mobility-2024.pdf", "Steady")
                    .doesNotContain("New themes", "Weakened");
        }
    }

    private static List<Map<String, String>> between(List<Map<String, String>> changes, String from, String to) {
        return changes.stream()
                .filter(c -> c.get("From edition").contains(from) && c.get("To edition").contains(to)).toList();
    }

    /** The Changes sheet's rows, each by column header. */
    private static List<Map<String, String>> changesSheet(Path workbook) throws Exception {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet("Changes");
            DataFormatter format = new DataFormatter();
            List<String> header = new ArrayList<>();
            for (Cell cell : sheet.getRow(0)) {
                header.add(format.formatCellValue(cell));
            }
            List<Map<String, String>> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<String, String> values = new HashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    values.put(header.get(c), row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
                }
                rows.add(values);
            }
            return rows;
        }
    }
}
