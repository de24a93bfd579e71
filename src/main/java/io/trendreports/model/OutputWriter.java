package io.trendreports.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One output. Each implementation lives in the package of its format, depends only on this model
 * and its own library, and becomes one step of the job: a plain step for a writer of the whole
 * run, a partitioned one for a writer of one file per report. Adding an output is one such class
 * and one line in the job's list of outputs.
 */
public interface OutputWriter {

    /** Short name, used as the step name ({@code briefs}, {@code pdf}, {@code xlsx}, {@code csv}). */
    String name();

    /**
     * True when the writer makes one file per report, each independent of the other reports'
     * files: the job may then give slices of the reports to several threads or worker processes.
     * False when its files cover the whole run: it is then always given the whole run.
     */
    default boolean perReport() {
        return false;
    }

    /**
     * For a per-report writer, what one report's files show: a digest of everything the writer
     * reads for that report, except the run's own id and time. A later run whose report has the
     * same digest, under the same settings and the same build, carries the files over from the
     * last published run instead of writing them again, so a nightly run with one new report among
     * thousands writes one brief. Empty, the default, means the files are written every run.
     */
    default Optional<String> reuseKey(RunSlice slice, ReportInfo report) {
        return Optional.empty();
    }

    /**
     * Writes this writer's files for the slice into {@code runDir}, a private working folder that
     * is published only once every writer has succeeded. Writing the same slice again rewrites
     * the same files, so a step restarted after a crash leaves nothing twice.
     */
    List<WrittenOutput> write(RunSlice slice, Path runDir) throws IOException;

    /** Writes this writer's files for the whole run. */
    default List<WrittenOutput> write(RunSnapshot run, Path runDir) throws IOException {
        return write(RunSlice.whole(run), runDir);
    }
}
