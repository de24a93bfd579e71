package io.trendreports.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.micrometer.core.instrument.MeterRegistry;
import io.trendreports.TrendReportsApplication;
import io.trendreports.launch.RunCommand;
import io.trendreports.launch.RunOutcome;

/**
 * The job as Spring Batch sees it: launched with explicit identifying parameters, its steps run
 * in order (ingest, the three writers, publish) and each records what it did; a run through the
 * command bean also leaves Micrometer meters for the run and every step.
 */
@SpringBatchTest
@SpringBootTest(classes = TrendReportsApplication.class)
class TrendJobTest {

    private static final Path ROOT = createRoot();

    @Autowired
    private JobOperatorTestUtils jobOperatorTestUtils;

    @Autowired
    private RunCommand runCommand;

    @Autowired
    private MeterRegistry meters;

    private static Path createRoot() {
        try {
            Path root = Files.createTempDirectory("trend-job-test");
            Path input = Files.createDirectories(root.resolve("input"));
            Files.copy(Path.of("input/ai-llm-trends-2024.md"), input.resolve("ai-llm-trends-2024.md"));
            return root;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("trend.input", () -> ROOT.resolve("input").toString());
        registry.add("trend.output", () -> ROOT.resolve("output").toString());
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:trend-job-test;DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void cleanUp() throws Exception {
        org.springframework.util.FileSystemUtils.deleteRecursively(ROOT);
    }

    @Test
    void jobRunsItsStepsAndPublishes() throws Exception {
        Path output = ROOT.resolve("output");
        JobParameters params = new JobParametersBuilder()
                .addString("input.fingerprint", "test-fingerprint")
                .addString("config.fingerprint", "test-config")
                .addString("output.dir", output.toString())
                .addString("base.run", "-")
                .addString("run.id", "20260101-000000-jobtest0", false)
                .addString("started.at", Instant.parse("2026-01-01T00:00:00Z").toString(), false)
                .addString("input.dir", ROOT.resolve("input").toString(), false)
                .toJobParameters();

        JobExecution execution = jobOperatorTestUtils.startJob(params);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<String> steps = execution.getStepExecutions().stream().map(StepExecution::getStepName)
                .filter(name -> !name.contains(":")).toList();
        assertThat(steps).containsExactlyInAnyOrderElementsOf(JobSteps.expected())
                .contains("briefs", "pdf", "xlsx", "csv");
        assertThat(execution.getStepExecutions()).extracting(StepExecution::getStepName)
                .as("the ingest and briefs partitions").contains("ingestPartition:partition000",
                        "briefsPartition:partition000");
        StepExecution ingest = execution.getStepExecutions().stream()
                .filter(s -> s.getStepName().equals("ingest")).findFirst().orElseThrow();
        assertThat(ingest.getReadCount()).isEqualTo(1);
        assertThat(ingest.getExecutionContext().getLong("records")).isEqualTo(10L);
        assertThat(output.resolve("runs/20260101-000000-jobtest0/manifest.json")).exists();
        assertThat(output.resolve("latest").toRealPath().getFileName().toString()).isEqualTo("20260101-000000-jobtest0");
    }

    @Test
    void aRunLeavesMetersForTheRunAndEveryStep() {
        RunOutcome outcome = runCommand.run(true);

        assertThat(outcome.kind()).isEqualTo(RunOutcome.Kind.COMPLETED);
        assertThat(meters.find("trend.run.duration").timer()).isNotNull();
        for (String step : JobSteps.expected()) {
            assertThat(meters.find("trend.step.duration").tag("step", step).timer())
                    .as("timer for step %s", step).isNotNull();
        }
        assertThat(meters.find("trend.run.records").counter().count()).isGreaterThanOrEqualTo(10.0);
    }
}
