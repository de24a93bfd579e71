package io.trendreports.pdf;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How PDF outputs look and are made.
 *
 * @param pageSize      paper size of every page
 * @param author        written to each document's info dictionary and XMP; blank means none
 * @param fallbackFonts TrueType font files tried, in order, for characters the bundled DejaVu Sans
 *                      lacks (e.g. a CJK font); empty means the bundled font only
 * @param threads       briefs written at once; 0 means one per available processor
 */
public record PdfSettings(PageFormat pageSize, String author, List<Path> fallbackFonts, int threads) {

    public PdfSettings {
        Objects.requireNonNull(pageSize, "pageSize");
        author = author == null ? "" : author;
        fallbackFonts = fallbackFonts == null ? List.of() : List.copyOf(fallbackFonts);
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (all processors) or more: " + threads);
        }
    }

    public PdfSettings(PageFormat pageSize, String author) {
        this(pageSize, author, List.of(), 0);
    }

    public static PdfSettings defaults() {
        return new PdfSettings(PageFormat.A4, "trend-reports");
    }

    public PdfSettings withFallbackFonts(List<Path> files) {
        return new PdfSettings(pageSize, author, files, threads);
    }

    public PdfSettings withThreads(int count) {
        return new PdfSettings(pageSize, author, fallbackFonts, count);
    }

    /** How many briefs are written at once. */
    int effectiveThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
