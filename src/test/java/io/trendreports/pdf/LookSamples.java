package io.trendreports.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a check: writes sample PDFs for a person to look at. Run with
 * {@code mvn test -Dtest=LookSamples -Dpdf.look.dir=/tmp/pdf-look}, then e.g.
 * {@code pdftoppm -png -r 60 /tmp/pdf-look/two/digest.pdf /tmp/pdf-look/p}.
 */
@EnabledIfSystemProperty(named = "pdf.look.dir", matches = ".+")
class LookSamples {

    @Test
    void writeSamples() throws IOException {
        Path dir = Path.of(System.getProperty("pdf.look.dir"));
        PdfWriter writer = new PdfWriter(PdfSettings.defaults());
        writer.write(io.trendreports.model.SampleRuns.twoEditions(), Files.createDirectories(dir.resolve("two")));
        writer.write(PdfFixtures.longReport(40, 8), Files.createDirectories(dir.resolve("long")));
        writer.write(DigestTest.twentyEditions(), Files.createDirectories(dir.resolve("wide")));
        writer.write(HostileTextTest.hostileRun(), Files.createDirectories(dir.resolve("hostile")));
    }
}
