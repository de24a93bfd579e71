package io.trendreports.job;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.partition.support.RemoteStepExecutionAggregator;
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

import io.trendreports.model.InputStatus;
import io.trendreports.model.OutputWriter;
import io.trendreports.normalize.KnowledgeBase;
import io.trendreports.normalize.ReportNormalizer;
import io.trendreports.pdf.PdfWriter;
import io.trendreports.source.MarkdownReportParser;
import io.trendreports.source.ReportFileLoader;
import io.trendreports.source.ReportFileScanner;
import io.trendreports.store.RecordStore;

/**
 * The nightly job, read top-down: ingest every input file into the record store, run every
 * output writer in parallel from the stored records, then publish the run. The ingest and the
 * briefs are partitioned: on local threads by default, on worker processes in remote mode.
 */
@Configuration
public class TrendJobConfiguration {

    public static final String JOB_NAME = "trendReports";
    /** Names of the steps that run one partition each, locally or on a worker. */
    public static final String INGEST_PARTITION = "ingestPartition";
    public static final String BRIEFS_PARTITION = "briefsPartition";
    private static final int FILES_PER_CHUNK = 20;

    // Step 1: ingest, partitioned by file: each partition reads a range of the input folder's
    // sorted listing. The partitions run on local threads, or on worker processes in remote
    // mode (ingestPartitionHandler, see LocalPartitioningConfiguration and
    // RemotePartitioningConfiguration).

    @Bean
    @StepScope
    public RangePartitioner ingestPartitioner(@Value("#{jobParameters['input.dir']}") String inputDir) {
        return new RangePartitioner(() -> new ReportFileScanner().scan(Path.of(inputDir)).size());
    }

    @Bean
    @StepScope
    public ReportFileItemReader reportFileReader(@Value("#{jobParameters['input.dir']}") String inputDir,
            @Value("#{stepExecutionContext['" + RangePartitioner.FROM + "']}") Integer from,
            @Value("#{stepExecutionContext['" + RangePartitioner.TO + "']}") Integer to) {
        return new ReportFileItemReader(Path.of(inputDir), from == null ? 0 : from,
                to == null ? Integer.MAX_VALUE : to);
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

    /** One partition of the ingest: its files, a chunk at a time; its position marks the last committed chunk. */
    @Bean
    public Step ingestPartition(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                ReportFileItemReader reportFileReader, ReportIngestProcessor reportIngestProcessor,
                                IngestResultWriter ingestResultWriter) {
        return new StepBuilder(INGEST_PARTITION, jobRepository)
                .<ReportFile, IngestResult>chunk(FILES_PER_CHUNK)
                .transactionManager(transactionManager)
                .reader(reportFileReader)
                .processor(reportIngestProcessor)
                .writer(ingestResultWriter)
                .listener(ingestResultWriter)
                .build();
    }

    @Bean
    public Step ingest(JobRepository jobRepository, RangePartitioner ingestPartitioner,
                       PartitionHandler ingestPartitionHandler) {
        return partitioned("ingest", INGEST_PARTITION, ingestPartitioner, ingestPartitionHandler, jobRepository);
    }

    // Step 2: the writers, side by side: the briefs (one PDF per report, partitioned by report
    // like the ingest), and one step per output format for what needs the whole run (digest,
    // workbook, CSV).

    @Bean
    @StepScope
    public RangePartitioner briefsPartitioner(RecordStore store, @Value("#{jobParameters['run.id']}") String runId) {
        return new RangePartitioner(() -> (int) store.inputs(runId).stream()
                .filter(input -> input.status() == InputStatus.PROCESSED).count());
    }

    @Bean
    public Step briefsPartition(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                PdfWriter pdfWriter, RecordStore store, ObjectProvider<KnowledgeBase> knowledgeBase) {
        return new StepBuilder(BRIEFS_PARTITION, jobRepository)
                .tasklet(new BriefsTasklet(pdfWriter, store, () -> knowledgeBase.getObject().taxonomy().themes()),
                        transactionManager)
                .build();
    }

    @Bean
    public Step briefs(JobRepository jobRepository, RangePartitioner briefsPartitioner,
                       PartitionHandler briefsPartitionHandler) {
        return partitioned("briefs", BRIEFS_PARTITION, briefsPartitioner, briefsPartitionHandler, jobRepository);
    }

    /** A manager step: its partitions run on local threads or remote workers, their counts summed into it. */
    private static Step partitioned(String name, String partitionStep, RangePartitioner partitioner,
                                    PartitionHandler handler, JobRepository jobRepository) {
        return new StepBuilder(name, jobRepository)
                .partitioner(partitionStep, partitioner)
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

    @Bean
    public Flow writers(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                        List<OutputWriter> outputWriters, RecordStore store, Step briefs,
                        ObjectProvider<KnowledgeBase> knowledgeBase, TrendProperties properties) {
        List<Step> steps = new ArrayList<>();
        steps.add(briefs);
        outputWriters.stream()
                // the PDF step writes the digest; the briefs step writes the briefs
                .map(writer -> writer instanceof PdfWriter pdf ? new DigestWriter(pdf) : writer)
                .map(writer -> new StepBuilder(writer.name(), jobRepository)
                        .tasklet(new OutputWriterTasklet(writer, store,
                                () -> knowledgeBase.getObject().taxonomy().themes()), transactionManager)
                        .listener(new StepSummaryListener())
                        .build())
                .forEach(steps::add);
        Flow[] flows = steps.stream()
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
