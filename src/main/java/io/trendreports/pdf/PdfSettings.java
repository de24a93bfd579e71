package io.trendreports.pdf;

import java.util.Objects;

/**
 * How PDF outputs look.
 *
 * @param pageSize paper size of every page
 * @param author   written to each document's info dictionary; blank means none
 */
public record PdfSettings(PageFormat pageSize, String author) {

    public PdfSettings {
        Objects.requireNonNull(pageSize, "pageSize");
        author = author == null ? "" : author;
    }

    public static PdfSettings defaults() {
        return new PdfSettings(PageFormat.A4, "trend-reports");
    }
}
