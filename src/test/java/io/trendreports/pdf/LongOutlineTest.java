package io.trendreports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A digest of thousands of editions has thousands of outline entries in one list. PDFBox walks a
 * list attached to the document in one go recursively, one stack frame per entry, which once
 * overflowed the stack of a 10,000-report run.
 */
class LongOutlineTest {

    private static final int ENTRIES = 20_000;

    @TempDir
    Path dir;

    @Test
    void twentyThousandOutlineEntriesFitInASmallStack() throws Exception {
        Path file = dir.resolve("long-outline.pdf");
        AtomicReference<Throwable> failure = new AtomicReference<>();
        // 512 KB is the smallest stack the JVM gives a thread by default on common platforms
        Thread writer = new Thread(null, () -> {
            try (LayoutWriter out = new LayoutWriter(PdfFonts.load(), PageFormat.A4)) {
                LayoutWriter.Anchor top = out.heading("What changed", TextStyle.H1, 0);
                PDOutlineItem parent = out.bookmark("What changed", top, null);
                for (int i = 0; i < ENTRIES; i++) {
                    out.bookmark("Edition " + i + " -> " + (i + 1), top, parent);
                }
                out.finishAndSave("Long outline", "run", "seed", file);
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack", 512 * 1024);
        writer.start();
        writer.join();

        assertThat(failure.get()).isNull();
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            PDOutlineItem parent = doc.getDocumentCatalog().getDocumentOutline().getFirstChild();
            int count = 0;
            for (PDOutlineItem ignored : parent.children()) {
                count++;
            }
            assertThat(count).isEqualTo(ENTRIES);
        }
    }
}
