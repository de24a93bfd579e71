package io.trendreports.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.trendreports.model.InputFile;
import io.trendreports.model.WrittenOutput;
import io.trendreports.source.Sha256;

/** Builds the manifest from the run's inputs and outputs, measuring each written file. */
public final class ManifestFactory {

    private ManifestFactory() {
    }

    /**
     * @param startedAt   when the attempt that publishes the run began
     * @param publishedAt the run's end: the moment it is published
     * @param inputDir    the folder the inputs were read from, named in run-wide warnings
     * @param history     earlier editions the run holds for their topics' history
     * @param folders     the output's folders: outputs linked from the last published run take the
     *                    size and hash its manifest gives
     */
    public static Manifest create(String runId, Instant startedAt, Instant publishedAt, Path inputDir,
                                  List<InputFile> inputs, Map<String, List<String>> warnings,
                                  Map<String, String> reusedFrom, List<WrittenOutput> outputs, Path runDir,
                                  String inputFingerprint, String configFingerprint,
                                  List<Manifest.Edition> history, RunFolders folders) throws IOException {
        List<Manifest.Input> in = new ArrayList<>();
        int rejected = 0;
        for (InputFile f : inputs) {
            rejected += f.isRejected() ? 1 : 0;
            in.add(new Manifest.Input(f.file(), f.sha256(), f.status().label(), f.reason(), f.sections(),
                    f.structure(), warnings.getOrDefault(f.file(), List.of()), reusedFrom.get(f.file())));
        }
        List<Manifest.Output> out = measure(outputs, runDir, CarriedDigests.fromLatest(folders));
        long records = 0;
        for (WrittenOutput o : outputs) {
            if (o.kind().equals("csv-sections")) {
                records = o.records();
            }
        }
        Manifest.Totals totals = new Manifest.Totals(inputs.size(), inputs.size() - rejected, rejected, records);
        List<String> runWarnings = inputs.isEmpty() ? List.of(emptyInputWarning(inputDir)) : List.of();
        return new Manifest(runId, startedAt, publishedAt, "completed", totals, runWarnings, in, out,
                inputFingerprint, configFingerprint, history);
    }

    /** Said in the log and the manifest when a run found nothing to read. */
    public static String emptyInputWarning(Path inputDir) {
        return "the input folder " + inputDir + " holds no source reports (*.md, *.markdown): this run is empty";
    }

    /**
     * Size and hash of every output, in order. The hashes are computed on all cores: with one brief
     * per report a large run publishes hundreds of megabytes, and publishing is the one step that
     * nothing else runs beside. Files carried over from the last run keep the size and hash it gave.
     */
    private static List<Manifest.Output> measure(List<WrittenOutput> outputs, Path runDir, CarriedDigests carried)
            throws IOException {
        try {
            return outputs.parallelStream().map(o -> {
                Path file = runDir.resolve(o.path());
                try {
                    Optional<Manifest.Output> known = carried.of(o.path(), file);
                    return new Manifest.Output(o.path(), o.kind(), known.isPresent() ? known.get().bytes() : Files.size(file),
                            known.isPresent() ? known.get().sha256() : Sha256.ofFile(file), o.records(), o.counters());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
