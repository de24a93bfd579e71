package io.trendreports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trendreports.model.RunSnapshot;
import io.trendreports.model.SampleRuns;
import io.trendreports.model.RunSlice;
import io.trendreports.model.WrittenOutput;

/**
 * The briefs written a share at a time (partitions of the briefs step, on threads or workers) and
 * the digest written alone are the very files one whole write makes.
 */
class PartitionedBriefsTest {

    private static final PdfSettings SETTINGS = new PdfSettings(PageFormat.A4, "Trend Desk");
    private final PdfOutput writer = new PdfOutput(SETTINGS);

    @Test
    void briefsWrittenInSharesAndTheDigestAloneEqualOneWholeWrite(@TempDir Path whole, @TempDir Path shares)
            throws IOException {
        RunSnapshot run = SampleRuns.twoEditions();
        List<WrittenOutput> expected = writer.write(run, whole);

        List<WrittenOutput> written = new ArrayList<>();
        BriefWriter briefs = new BriefWriter(SETTINGS);
        written.addAll(briefs.write(RunSlice.range(run, 1, 2), shares));
        written.addAll(briefs.write(RunSlice.range(run, 0, 1), shares));
        written.addAll(new DigestWriter(SETTINGS).write(RunSlice.whole(run), shares));

        assertThat(written).containsExactlyInAnyOrderElementsOf(expected);
        for (WrittenOutput output : expected) {
            assertThat(Files.readAllBytes(shares.resolve(output.path()))).as(output.path())
                    .isEqualTo(Files.readAllBytes(whole.resolve(output.path())));
        }
    }
}
