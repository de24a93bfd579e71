package io.trendreports.job;

import java.time.Clock;
import java.util.List;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.partition.support.RemoteStepExecutionAggregator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import io.trendreports.model.InputStatus;
import io.trendreports.model.OutputWriter;
import io.trendreports.normalize.KnowledgeBase;
import io.trendreports.normalize.ReportNormalizer;
import io.trendreports.settings.TrendProperties;
import io.trendreports.source.MarkdownReportParser;
import io.trendreports.source.ReportFileLoader;
import io.trendreports.store.RecordStore;
import io.trendreports.store.ThemeStore;
import io.trendreports.themes.ThemeDiscovery;
import io.trendreports.themes.ThemeOverridesFile;

/**
 * The nightly job, read top-down: ingest every input file into the record store, keep each
 * topic's earlier editions, give the sections no taxonomy theme fits a discovered theme, run every output writer side by side from
 * the stored records, then publish the run. The ingest, and
 * each writer that makes one file per report, are partitioned: on local threads by default, on
 * worker processes in remote mode ({@link Partitioning}).
 */
@Configuration
public class TrendJobConfiguration {

    public static final String JOB_NAME = "trendReports";
    /** A partitioned step {@code x} runs its partitions as step {@code xPartition}. */
    public static final String PARTITION_SUFFIX = "Partition";
    static final String INGEST = "ingest";
    private static final int FILES_PER_CHUNK = 20;

    @Bean
    public Job trendReportsJob(JobRepository jobRepository, Step ingest, Step history, Step themes, Flow writers,
                               Step publish, ObjectProvider<JobExecutionListener> listeners) {
        JobBuilder job = new JobBuilder(JOB_NAME, jobRepository);
        listeners.orderedStream().forEach(job::listener);
        return job.flow(ingest)
                .next(history)
                .next(themes)
                .next(writers)
                .next(publish)
                .end()
                .build();
    }

    // Step 1: ingest, partitioned by file: each partition reads a range of the input folder's
    // sorted listing.

    @Bean
    public Step ingest(JobRepository jobRepository, Step ingestPartition, Partitioning partitioning,
                       RangePartitioner ingestPartitioner, TrendProperties properties) {
        return partitioned(INGEST, ingestPartitioner,
                partitioning.handler(ingestPartition, properties.effectiveIngestThreads()), jobRepository);
    }

    /** One partition of the ingest: its files, a chunk at a time; its position marks the last committed chunk. */
    @Bean
    public Step ingestPartition(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                ReportFileItemReader reportFileReader, ReportIngestProcessor reportIngestProcessor,
                                IngestResultWriter ingestResultWriter) {
        return new StepBuilder(INGEST + PARTITION_SUFFIX, jobRepository)
                .<ReportFile, IngestResult>chunk(FILES_PER_CHUNK)
                .transactionManager(transactionManager)
                .reader(reportFileReader)
                .processor(reportIngestProcessor)
                .writer(ingestResultWriter)
                .listener(ingestResultWriter)
                .build();
    }

    @Bean
    @StepScope
    public RangePartitioner ingestPartitioner(InputListing inputListing,
                                              @Value("#{stepExecution}") StepExecution step) {
        RunParameters run = RunParameters.of(step.getJobParameters());
        return new RangePartitioner(() -> inputListing.files(run).size());
    }

    @Bean
    @StepScope
    public ReportFileItemReader reportFileReader(InputListing inputListing,
                                                 @Value("#{stepExecution}") StepExecution step) {
        RunParameters run = RunParameters.of(step.getJobParameters());
        return new ReportFileItemReader(() -> inputListing.files(run), RangePartitioner.from(step.getExecutionContext()),
                RangePartitioner.to(step.getExecutionContext()));
    }

    @Bean
    @StepScope
    public ReportIngestProcessor reportIngestProcessor(TrendProperties properties, ReportNormalizer normalizer,
            RecordStore store, FileTimeLimiter fileTimeLimiter, @Value("#{stepExecution}") StepExecution step) {
        return new ReportIngestProcessor(new ReportFileLoader(properties.maxFileBytes()), new MarkdownReportParser(),
                normalizer, store, RunParameters.of(step.getJobParameters()).configFingerprint(),
                properties.maxFileTime(), fileTimeLimiter);
    }

    @Bean
    public FileTimeLimiter fileTimeLimiter() {
        return new FileTimeLimiter();
    }

    @Bean
    @StepScope
    public IngestResultWriter ingestResultWriter(RecordStore store, @Value("#{stepExecution}") StepExecution step) {
        RunParameters run = RunParameters.of(step.getJobParameters());
        return new IngestResultWriter(store, run.runId(), run.configFingerprint());
    }

    // Step 2: earlier editions of each topic kept for its history, though their files are gone

    @Bean
    public Step history(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                        RecordStore store, TrendProperties properties) {
        return new StepBuilder("history", jobRepository)
                .tasklet(new HistoryTasklet(store, properties.history()), transactionManager)
                .listener(new StepSummaryListener())
                .build();
    }

    // Step 3: themes discovered for the sections no taxonomy theme fits, per topic, across all the
    // run's reports (reused ones too)

    @Bean
    public Step themes(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                       ThemeStore themeStore, RecordStore store, ObjectProvider<ThemeDiscovery> themeDiscovery,
                       TrendProperties properties) {
        return new StepBuilder("themes", jobRepository)
                .tasklet(new ThemesTasklet(themeStore, store, themeDiscovery::getObject,
                        () -> ThemeOverridesFile.load(properties.configDir())), transactionManager)
                .listener(new StepSummaryListener())
                .build();
    }

    // Step 4: the writers, side by side. A writer of the whole run is one step; a writer of one
    // file per report is partitioned by report, like the ingest.

    @Bean
    public Flow writers(WriterSteps writerSteps, JobRepository jobRepository, Partitioning partitioning,
                        RangePartitioner reportsPartitioner, TrendProperties properties) {
        Flow[] flows = writerSteps.all().stream()
                .map(w -> w.perReport()
                        ? partitioned(w.name(), reportsPartitioner,
                                partitioning.handler(w.step(), properties.pdf().threads()), jobRepository)
                        : w.step())
                .map(step -> new FlowBuilder<SimpleFlow>(step.getName()).start(step).build())
                .toArray(Flow[]::new);
        return new FlowBuilder<SimpleFlow>("writers").split(writerExecutor(properties)).add(flows).build();
    }

    @Bean
    public WriterSteps writerSteps(List<OutputWriter> outputWriters, JobRepository jobRepository,
                                   PlatformTransactionManager transactionManager, RecordStore store, RunThemes themes) {
        return new WriterSteps(outputWriters.stream()
                .map(writer -> new WriterSteps.WriterStep(writer.name(), writer.perReport(),
                        new StepBuilder(writer.perReport() ? writer.name() + PARTITION_SUFFIX : writer.name(),
                                jobRepository)
                                .tasklet(new OutputWriterTasklet(writer, store, themes), transactionManager)
                                .listener(new StepSummaryListener())
                                .build()))
                .toList());
    }

    @Bean
    public RunThemes runThemes(ThemeStore themeStore, ObjectProvider<KnowledgeBase> knowledgeBase) {
        return new RunThemes(() -> knowledgeBase.getObject().taxonomy(), themeStore);
    }

    /** The reports the run read from its folder, in snapshot order, split into ranges. */
    @Bean
    @StepScope
    public RangePartitioner reportsPartitioner(RecordStore store, @Value("#{stepExecution}") StepExecution step) {
        String runId = RunParameters.of(step.getJobParameters()).runId();
        return new RangePartitioner(() -> (int) store.inputs(runId).stream()
                .filter(input -> input.status() == InputStatus.PROCESSED).count());
    }

    private static TaskExecutor writerExecutor(TrendProperties properties) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("writer-");
        executor.setConcurrencyLimit(Math.max(1, properties.writerThreads()));
        return executor;
    }

    // Step 5: publish

    @Bean
    public Step publish(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                        RecordStore store, Clock clock, TrendProperties properties) {
        return new StepBuilder("publish", jobRepository)
                .tasklet(new PublishTasklet(store, clock, properties.keepRuns()), transactionManager)
                .listener(new StepSummaryListener())
                .build();
    }

    // Partitioned steps

    /** The steps a worker of remote mode may be asked to execute: one partition of a partitioned step. */
    @Bean
    public PartitionStepLocator partitionStepLocator(Step ingestPartition, WriterSteps writerSteps) {
        return new PartitionStepLocator(ingestPartition, writerSteps);
    }

    /** A manager step: its partitions run where {@link Partitioning} says, their counts summed into it. */
    private static Step partitioned(String name, RangePartitioner partitioner,
                                    org.springframework.batch.core.partition.PartitionHandler handler,
                                    JobRepository jobRepository) {
        return new StepBuilder(name, jobRepository)
                .partitioner(name + PARTITION_SUFFIX, partitioner)
                .partitionHandler(handler)
                .aggregator(partitionTotals(jobRepository))
                .listener(new StepSummaryListener())
                .build();
    }

    /** Partition results are read back from the job repository: remote workers updated them there. */
    private static StepExecutionAggregator partitionTotals(JobRepository jobRepository) {
        RemoteStepExecutionAggregator aggregator = new RemoteStepExecutionAggregator(jobRepository);
        aggregator.setDelegate(new PartitionCountersAggregator());
        return aggregator;
    }
}
