package io.trendreports.job;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import io.trendreports.model.OutputWriter;
import io.trendreports.normalize.KnowledgeBase;
import io.trendreports.normalize.ReportNormalizer;
import io.trendreports.source.MarkdownReportParser;
import io.trendreports.source.ReportFileLoader;
import io.trendreports.store.RecordStore;

/**
 * The nightly job, read top-down: ingest every input file into the record store, run every
 * output writer in parallel from the stored records, then publish the run.
 */
@Configuration
public class TrendJobConfiguration {

    public static final String JOB_NAME = "trendReports";
    private static final int FILES_PER_CHUNK = 20;

    // Step 1: ingest

    @Bean
    @StepScope
    public ReportFileItemReader reportFileReader(@Value("#{jobParameters['input.dir']}") String inputDir) {
        return new ReportFileItemReader(Path.of(inputDir));
    }

    @Bean
    @StepScope
    public ReportIngestProcessor reportIngestProcessor(TrendProperties properties, ReportNormalizer normalizer,
            RecordStore store, FileTimeLimiter fileTimeLimiter,
            @Value("#{jobParameters['config.fingerprint']}") String configFingerprint) {
        return new ReportIngestProcessor(new ReportFileLoader(properties.maxFileBytes()), new MarkdownReportParser(),
                normalizer, store, configFingerprint, properties.maxFileTime(), fileTimeLimiter);
    }

    @Bean
    public FileTimeLimiter fileTimeLimiter() {
        return new FileTimeLimiter();
    }

    @Bean
    @StepScope
    public IngestResultWriter ingestResultWriter(RecordStore store,
            @Value("#{jobParameters['run.id']}") String runId,
            @Value("#{jobParameters['config.fingerprint']}") String configFingerprint) {
        return new IngestResultWriter(store, runId, configFingerprint);
    }

    /**
     * Files of a chunk are parsed and normalized side by side on the ingest threads, while reading
     * and writing stay on the step's thread (Spring Batch 6 concurrent chunk processing): both
     * cores work, and the reader's position still marks the last committed chunk for a restart.
     */
    @Bean
    public Step ingest(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                       ReportFileItemReader reportFileReader, ReportIngestProcessor reportIngestProcessor,
                       IngestResultWriter ingestResultWriter, TrendProperties properties) {
        var builder = new StepBuilder("ingest", jobRepository)
                .<ReportFile, IngestResult>chunk(FILES_PER_CHUNK)
                .transactionManager(transactionManager)
                .reader(reportFileReader)
                .processor(reportIngestProcessor)
                .writer(ingestResultWriter)
                .listener(ingestResultWriter)
                .listener(new StepSummaryListener());
        int threads = properties.effectiveIngestThreads();
        if (threads > 1) {
            SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("ingest-");
            executor.setConcurrencyLimit(threads);
            builder.taskExecutor(executor);
        }
        return builder.build();
    }

    // Step 2: one writer step per output format, side by side

    @Bean
    public Flow writers(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                        List<OutputWriter> outputWriters, RecordStore store,
                        ObjectProvider<KnowledgeBase> knowledgeBase, TrendProperties properties) {
        Flow[] flows = outputWriters.stream()
                .map(writer -> new StepBuilder(writer.name(), jobRepository)
                        .tasklet(new OutputWriterTasklet(writer, store,
                                () -> knowledgeBase.getObject().taxonomy().themes()), transactionManager)
                        .listener(new StepSummaryListener())
                        .build())
                .map(step -> new FlowBuilder<SimpleFlow>(step.getName()).start(step).build())
                .toArray(Flow[]::new);
        return new FlowBuilder<SimpleFlow>("writers").split(writerExecutor(properties)).add(flows).build();
    }

    private static TaskExecutor writerExecutor(TrendProperties properties) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("writer-");
        executor.setConcurrencyLimit(Math.max(1, properties.writerThreads()));
        return executor;
    }

    // Step 3: publish

    @Bean
    public Step publish(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                        RecordStore store, Clock clock, TrendProperties properties) {
        return new StepBuilder("publish", jobRepository)
                .tasklet(new PublishTasklet(store, clock, properties.keepRuns()), transactionManager)
                .listener(new StepSummaryListener())
                .build();
    }

    @Bean
    public Job trendReportsJob(JobRepository jobRepository, Step ingest, Flow writers, Step publish,
                               ExecutionTracker executionTracker) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(executionTracker)
                .flow(ingest)
                .next(writers)
                .next(publish)
                .end()
                .build();
    }
}
