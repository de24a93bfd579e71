package io.trendreports.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.trendreports.model.OutputWriter;
import io.trendreports.model.ReportInfo;
import io.trendreports.model.RunSlice;
import io.trendreports.model.WrittenOutput;
import io.trendreports.publish.PublishedRuns;
import io.trendreports.source.Sha256;
import io.trendreports.store.RecordStore;

/**
 * Writes a per-report writer's files for a slice, carrying over from the last published run the
 * files of every report that shows what it showed then (same {@link OutputWriter#reuseKey}, same
 * settings, same build): a nightly run with one new report among thousands writes one brief and
 * links the others. A carried file is the earlier run's file, byte for byte, so it names the run
 * that wrote it. Anything missing or unreadable is simply written again.
 */
final class CarriedOutputs {

    /** What {@link #write} did. */
    record Result(List<WrittenOutput> outputs, int carried) {
    }

    private final RecordStore store;

    CarriedOutputs(RecordStore store) {
        this.store = store;
    }

    Result write(OutputWriter writer, RunSlice slice, RunParameters run, Path workDir) throws IOException {
        Optional<String> earlierRun = new PublishedRuns(run.folders()).latestRunId();
        Map<String, List<WrittenOutput>> earlier = earlierRun.map(store::reusableOutputs).orElse(Map.of());
        Path earlierDir = earlierRun.map(id -> run.folders().published(id)).orElse(null);
        List<WrittenOutput> outputs = new ArrayList<>();
        Map<String, String> keys = new HashMap<>();
        List<ReportInfo> unkeyed = new ArrayList<>();
        int carried = 0;
        for (ReportInfo report : slice.reports()) {
            Optional<String> own = writer.reuseKey(slice, report);
            if (own.isEmpty()) {
                unkeyed.add(report);
                continue;
            }
            String key = key(writer.name(), own.get(), run.configFingerprint());
            List<WrittenOutput> files = earlier.get(key);
            if (files != null && carry(earlierDir, files, workDir)) {
                carried++;
            } else {
                files = writer.write(new RunSlice(slice.run(), List.of(report)), workDir);
            }
            outputs.addAll(files);
            files.forEach(f -> keys.put(f.path(), key));
        }
        if (!unkeyed.isEmpty()) {
            outputs.addAll(writer.write(new RunSlice(slice.run(), unkeyed), workDir));
        }
        store.saveOutputs(run.runId(), outputs, keys);
        return new Result(outputs, carried);
    }

    private static String key(String writer, String own, String configFingerprint) {
        return Sha256.ofParts(writer, own, configFingerprint, BuildIdentity.id());
    }

    /** Links (or copies) every file; false when one of them is gone, and it is then written again. */
    private static boolean carry(Path earlierDir, List<WrittenOutput> files, Path workDir) {
        try {
            for (WrittenOutput file : files) {
                Path source = earlierDir.resolve(file.path());
                if (!Files.isRegularFile(source)) {
                    return false;
                }
                Path target = workDir.resolve(file.path());
                Files.createDirectories(target.getParent());
                Files.deleteIfExists(target);
                try {
                    // published runs are never changed in place, so sharing the file is safe
                    Files.createLink(target, source);
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
