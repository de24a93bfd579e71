package io.trendreports.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One output format. Each implementation lives in its own package, depends only on this model
 * and its own library, and becomes one parallel step of the job.
 */
public interface OutputWriter {

    /** Short name, used as the step name ({@code pdf}, {@code xlsx}, {@code csv}). */
    String name();

    /**
     * Writes this format's files for the run into {@code runDir}, a private working folder that
     * is published only once every writer has succeeded.
     */
    List<WrittenOutput> write(RunSnapshot run, Path runDir) throws IOException;
}
