package io.trendreports.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import io.trendreports.model.OutputWriter;
import io.trendreports.model.RunSnapshot;
import io.trendreports.model.WrittenOutput;
import io.trendreports.pdf.PdfWriter;

/**
 * The part of the PDF output that needs the whole run: the digest. The briefs, one per report,
 * are written by the partitioned {@code briefs} step instead.
 */
class DigestWriter implements OutputWriter {

    private final PdfWriter pdf;

    DigestWriter(PdfWriter pdf) {
        this.pdf = pdf;
    }

    @Override
    public String name() {
        return pdf.name();
    }

    @Override
    public List<WrittenOutput> write(RunSnapshot run, Path runDir) throws IOException {
        return List.of(pdf.writeDigest(run, runDir));
    }
}
