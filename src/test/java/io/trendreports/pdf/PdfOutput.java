package io.trendreports.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.trendreports.model.RunSnapshot;
import io.trendreports.model.WrittenOutput;

/** Both PDF outputs of a run, the briefs then the digest, as the job's two PDF steps write them. */
final class PdfOutput {

    private final BriefWriter briefs;
    private final DigestWriter digest;

    PdfOutput(PdfSettings settings) {
        this.briefs = new BriefWriter(settings);
        this.digest = new DigestWriter(settings);
    }

    List<WrittenOutput> write(RunSnapshot run, Path runDir) throws IOException {
        List<WrittenOutput> outputs = new ArrayList<>(briefs.write(run, runDir));
        outputs.addAll(digest.write(run, runDir));
        return outputs;
    }
}
