package io.trendreports.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.trendreports.model.InputFile;
import io.trendreports.model.RunInfo;
import io.trendreports.model.WrittenOutput;
import io.trendreports.source.Sha256;

/** Builds the manifest from the run's inputs and outputs, measuring each written file. */
public final class ManifestFactory {

    private ManifestFactory() {
    }

    public static Manifest create(RunInfo run, Instant finishedAt, List<InputFile> inputs,
                                  Map<String, List<String>> warnings, Map<String, String> reusedFrom,
                                  List<WrittenOutput> outputs, Path runDir,
                                  String inputFingerprint, String configFingerprint) throws IOException {
        List<Manifest.Input> in = new ArrayList<>();
        int rejected = 0;
        for (InputFile f : inputs) {
            rejected += f.isRejected() ? 1 : 0;
            in.add(new Manifest.Input(f.file(), f.sha256(), f.status().label(), f.reason(), f.sections(),
                    warnings.getOrDefault(f.file(), List.of()), reusedFrom.get(f.file())));
        }
        List<Manifest.Output> out = new ArrayList<>();
        long records = 0;
        for (WrittenOutput o : outputs) {
            Path file = runDir.resolve(o.path());
            out.add(new Manifest.Output(o.path(), o.kind(), Files.size(file), Sha256.ofFile(file), o.records(),
                    o.counters()));
            if (o.kind().equals("csv-sections")) {
                records = o.records();
            }
        }
        Manifest.Totals totals = new Manifest.Totals(inputs.size(), inputs.size() - rejected, rejected, records);
        return new Manifest(run.runId(), run.startedAt(), finishedAt, "completed", totals, in, out,
                inputFingerprint, configFingerprint);
    }
}
