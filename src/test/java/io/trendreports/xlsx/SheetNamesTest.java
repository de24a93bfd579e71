package io.trendreports.xlsx;

import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class SheetNamesTest {

    @Test
    void aValidNameIsKept() {
        assertThat(new SheetNames().unique("AI Report 2024")).isEqualTo("AI Report 2024");
    }

    @Test
    void forbiddenCharactersBecomeUnderscores() {
        assertThat(SheetNames.clean("Q1/Q2: [draft]*?\\")).isEqualTo("Q1_Q2_ _draft____");
    }

    @Test
    void longNamesAreCutTo31CharactersWithoutSplittingAnEmoji() {
        assertThat(SheetNames.clean("x".repeat(40))).hasSize(31);
        String cut = SheetNames.clean("x".repeat(30) + "🚀🚀");
        assertThat(cut).isEqualTo("x".repeat(30));
    }

    @Test
    void blankOrApostropheOnlyNamesFallBackToSheet() {
        assertThat(SheetNames.clean("   ")).isEqualTo("Sheet");
        assertThat(SheetNames.clean(null)).isEqualTo("Sheet");
        assertThat(SheetNames.clean("'''")).isEqualTo("Sheet");
    }

    @Test
    void apostrophesAtEitherEndAreDropped() {
        assertThat(SheetNames.clean("'quoted'")).isEqualTo("quoted");
        assertThat(SheetNames.clean("it's fine")).isEqualTo("it's fine");
    }

    @Test
    void excelsReservedHistoryNameIsAvoided() {
        assertThat(SheetNames.clean("history")).isNotEqualToIgnoringCase("History");
    }

    @Test
    void namesAreUniqueIgnoringCaseAndStayWithin31Characters() {
        SheetNames names = new SheetNames();
        String longName = "A very long report title that goes on";

        assertThat(names.unique("Report")).isEqualTo("Report");
        assertThat(names.unique("REPORT")).isEqualTo("REPORT (2)");
        assertThat(names.unique("report")).isEqualTo("report (3)");
        String first = names.unique(longName);
        String second = names.unique(longName);
        assertThat(first).hasSize(31);
        assertThat(second).hasSizeLessThanOrEqualTo(31).endsWith(" (2)").isNotEqualToIgnoringCase(first);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "[]:*?/\\", "tab\there", "nul\u0000x", "'", "🚀 launch", "中文报告 2024",
        "lone \uD800 surrogate", "  padded  ", "History"})
    void everyCleanedNameIsAcceptedByPoi(String wanted) throws IOException {
        String name = new SheetNames().unique(wanted);
        assertThatCode(() -> WorkbookUtil.validateSheetName(name)).doesNotThrowAnyException();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            assertThatCode(() -> workbook.createSheet(name)).doesNotThrowAnyException();
        }
    }
}
