package io.trendreports.pdf;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The font chain of one writer, parsed on first use and then shared by every document and thread
 * (see {@link PdfFonts}): a run with nothing to write never parses a font.
 */
final class LazyFonts {

    private final List<Path> fallbackFonts;
    private volatile PdfFonts fonts;

    LazyFonts(List<Path> fallbackFonts) {
        this.fallbackFonts = fallbackFonts;
    }

    PdfFonts get() {
        PdfFonts loaded = fonts;
        if (loaded == null) {
            synchronized (this) {
                loaded = fonts;
                if (loaded == null) {
                    try {
                        loaded = PdfFonts.load(fallbackFonts);
                    } catch (UncheckedIOException e) {
                        throw new IllegalStateException("PDF fonts cannot be loaded: " + e.getMessage(), e);
                    }
                    fonts = loaded;
                }
            }
        }
        return loaded;
    }
}
