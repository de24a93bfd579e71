package io.trendreports.job;

import java.nio.file.Path;
import java.time.Instant;

import org.springframework.batch.core.job.parameters.JobParameters;

import io.trendreports.model.RunInfo;
import io.trendreports.publish.RunFolders;

/** Typed view of the job parameters that the steps need. */
record RunParameters(String runId, Instant startedAt, Path inputDir, Path outputDir) {

    static RunParameters of(JobParameters params) {
        return new RunParameters(params.getString(JobParameterNames.RUN_ID),
                Instant.parse(params.getString(JobParameterNames.STARTED_AT)),
                Path.of(params.getString(JobParameterNames.INPUT_DIR)),
                Path.of(params.getString(JobParameterNames.OUTPUT_DIR)));
    }

    RunInfo runInfo() {
        return new RunInfo(runId, startedAt);
    }

    RunFolders folders() {
        return new RunFolders(outputDir);
    }

    Path workDir() {
        return folders().work(runId);
    }
}
