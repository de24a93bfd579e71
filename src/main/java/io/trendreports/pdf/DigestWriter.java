package io.trendreports.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.trendreports.model.OutputWriter;
import io.trendreports.model.RunSlice;
import io.trendreports.model.WrittenOutput;

/** The digest, {@code digest.pdf}: every report of the run, compared. */
public final class DigestWriter implements OutputWriter {

    public static final String KIND = "pdf-digest";
    public static final String FILE = "digest.pdf";

    private final PdfSettings settings;
    private final LazyFonts fonts;

    public DigestWriter(PdfSettings settings) {
        this.settings = settings;
        this.fonts = new LazyFonts(settings.fallbackFonts());
    }

    /** The step keeps the name it had when it wrote all PDFs, so run histories read the same. */
    @Override
    public String name() {
        return "pdf";
    }

    @Override
    public List<WrittenOutput> write(RunSlice slice, Path runDir) throws IOException {
        Files.createDirectories(runDir);
        Map<String, Long> counters = new DigestRenderer(fonts.get(), settings).render(slice.run(),
                runDir.resolve(FILE));
        return List.of(new WrittenOutput(FILE, KIND, slice.run().recordCount(), counters));
    }
}
