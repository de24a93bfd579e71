package io.trendreports.job;

import java.nio.file.Path;
import java.util.List;

import io.trendreports.source.ReportFileScanner;

/**
 * The input folder's files of the run in progress, listed once per process: the launcher lists
 * them to fingerprint them, and the ingest's partitioner and readers take the same list, so a
 * file arriving during the run is neither half-read nor missing from the fingerprint. A worker
 * process of remote mode, or a process resuming a run, lists the folder on first use.
 */
public class InputListing {

    private Entry current;

    /** Remembers the listing the launcher fingerprinted, for the run it is about to start. */
    public synchronized void remember(String runId, Path inputDir, List<Path> files) {
        current = new Entry(runId, inputDir, List.copyOf(files));
    }

    public synchronized List<Path> files(RunParameters run) {
        if (current == null || !current.runId().equals(run.runId()) || !current.inputDir().equals(run.inputDir())) {
            current = new Entry(run.runId(), run.inputDir(), new ReportFileScanner().scan(run.inputDir()));
        }
        return current.files();
    }

    private record Entry(String runId, Path inputDir, List<Path> files) {
    }
}
