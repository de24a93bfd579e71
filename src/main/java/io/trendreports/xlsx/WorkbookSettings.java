package io.trendreports.xlsx;

/**
 * How the comparison workbook is written.
 *
 * @param author shown as the workbook's creator in its document properties
 */
public record WorkbookSettings(String author) {

    public WorkbookSettings {
        author = author == null || author.isBlank() ? "trend-reports" : author;
    }
}
