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
 *                      lacks, before the bundled CJK font; empty means the bundled fonts only
 * @param digestReports the most reports the digest shows one by one (the newest); 0 means all.
 *                      A digest is read, and PDFBox holds a document whole until it is saved, so
 *                      a run of 10,000 reports would otherwise get a 3,500-page digest held in memory
 */
public record PdfSettings(PageFormat pageSize, String author, List<Path> fallbackFonts, int digestReports) {

    /** Enough for every edition of a long-running series to be listed and compared. */
    public static final int DEFAULT_DIGEST_REPORTS = 250;

    public PdfSettings {
        Objects.requireNonNull(pageSize, "pageSize");
        author = author == null ? "" : author;
        fallbackFonts = fallbackFonts == null ? List.of() : List.copyOf(fallbackFonts);
        if (digestReports < 0) {
            throw new IllegalArgumentException("digest reports must be 0 (all) or more: " + digestReports);
        }
    }

    public PdfSettings(PageFormat pageSize, String author) {
        this(pageSize, author, List.of(), DEFAULT_DIGEST_REPORTS);
    }

    public static PdfSettings defaults() {
        return new PdfSettings(PageFormat.A4, "trend-reports");
    }

    public PdfSettings withFallbackFonts(List<Path> files) {
        return new PdfSettings(pageSize, author, files, digestReports);
    }

    public PdfSettings withDigestReports(int count) {
        return new PdfSettings(pageSize, author, fallbackFonts, count);
    }

    /** How many of {@code available} reports (or rejected inputs) the digest shows one by one. */
    int digestShows(int available) {
        return digestReports == 0 ? available : Math.min(available, digestReports);
    }
}
