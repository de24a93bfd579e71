package io.trendreports.launch;

import java.util.List;

import org.h2.jdbc.JdbcSQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;

class HeapExhaustionTest {

    @Test
    void aStepThatRanOutOfHeapIsNamedWithWhatToDo() {
        JobExecution execution = new JobExecution(1, new JobInstance(1, "trendReports"), new JobParameters());
        StepExecution csv = new StepExecution(2, "csv", execution);
        csv.addFailureException(new DataAccessResourceFailureException("The database has been closed"));
        StepExecution briefs = new StepExecution(3, "briefsPartition:partition001", execution);
        briefs.addFailureException(new DataAccessResourceFailureException("JDBC rollback; Out of memory.",
                new JdbcSQLNonTransientConnectionException("Out of memory.", null, "90108", 90108,
                        new OutOfMemoryError("Java heap space"), null)));
        execution.addStepExecutions(List.of(csv, briefs));

        assertThat(HeapExhaustion.in(execution)).hasValueSatisfying(message -> assertThat(message)
                .contains("ran out in step briefsPartition:partition001").contains("-Xmx").contains("resumes"));
    }

    @Test
    void otherFailuresAreNotCalledAHeapProblem() {
        JobExecution execution = new JobExecution(1, new JobInstance(1, "trendReports"), new JobParameters());
        StepExecution csv = new StepExecution(2, "csv", execution);
        csv.addFailureException(new IllegalStateException("disk full"));
        execution.addStepExecutions(List.of(csv));

        assertThat(HeapExhaustion.in(execution)).isEmpty();
        assertThat(HeapExhaustion.in(null)).isEmpty();
    }

    @Test
    void theHeapSizeIsGivenInMegabytes() {
        assertThat(HeapExhaustion.describe("xlsx", 1024L * 1024 * 1024))
                .startsWith("the Java heap (1024 MB) ran out in step xlsx");
    }
}
