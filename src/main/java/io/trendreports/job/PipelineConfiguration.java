package io.trendreports.job;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.trendreports.csv.CsvSettings;
import io.trendreports.csv.CsvWriter;
import io.trendreports.normalize.KnowledgeBase;
import io.trendreports.normalize.NormalizerSettings;
import io.trendreports.normalize.ReportNormalizer;
import io.trendreports.pdf.PageFormat;
import io.trendreports.pdf.PdfSettings;
import io.trendreports.pdf.PdfWriter;
import io.trendreports.store.RecordStore;
import io.trendreports.xlsx.WorkbookSettings;
import io.trendreports.xlsx.WorkbookWriter;

/**
 * The parts of the pipeline, each built once per process from {@code trend.*} settings. The
 * output writers registered here are the formats the job produces: adding a format is one bean.
 */
@Configuration
@EnableConfigurationProperties({TrendProperties.class, RemoteProperties.class})
public class PipelineConfiguration {

    // Lazy: loaded by the first run that parses a file or writes outputs, so a rerun with nothing
    // to do never reads the knowledge files nor loads the text analyzers.
    @Bean
    @Lazy
    public KnowledgeBase knowledgeBase(TrendProperties properties) {
        return KnowledgeBase.load(properties.configDir());
    }

    @Bean
    @Lazy
    public ReportNormalizer reportNormalizer(KnowledgeBase knowledgeBase, TrendProperties properties) {
        TrendProperties.Normalize n = properties.normalize();
        NormalizerSettings defaults = NormalizerSettings.defaults();
        NormalizerSettings settings = new NormalizerSettings(
                n.minThemeScore() != null ? n.minThemeScore() : defaults.minThemeScore(),
                n.headingWeight() != null ? n.headingWeight() : defaults.headingWeight(),
                n.summaryMaxSentences() != null ? n.summaryMaxSentences() : defaults.summaryMaxSentences(),
                n.keyTerms() != null ? n.keyTerms() : defaults.keyTerms());
        return new ReportNormalizer(knowledgeBase, settings);
    }

    @Bean
    public BatchSchemaInitializer batchSchemaInitializer(DataSource dataSource) {
        return new BatchSchemaInitializer(dataSource);
    }

    @Bean
    public RecordStore recordStore(DataSource dataSource, PlatformTransactionManager transactionManager) {
        SchemaLock.around(dataSource,
                () -> new ResourceDatabasePopulator(new ClassPathResource("store/schema.sql")).execute(dataSource));
        return new RecordStore(new JdbcTemplate(dataSource), new TransactionTemplate(transactionManager));
    }

    @Bean
    public PdfWriter pdfWriter(TrendProperties properties) {
        return new PdfWriter(new PdfSettings(PageFormat.valueOf(properties.pdf().pageSize().toUpperCase(
                java.util.Locale.ROOT)), properties.author(), properties.pdf().fallbackFonts(),
                properties.pdf().threads(), properties.pdf().digestReports()));
    }

    @Bean
    public WorkbookWriter workbookWriter(TrendProperties properties) {
        return new WorkbookWriter(new WorkbookSettings(properties.author()));
    }

    @Bean
    public CsvWriter csvWriter(TrendProperties properties) {
        return new CsvWriter(new CsvSettings(properties.csv().byteOrderMark(), properties.formulaGuard()));
    }

    @Bean
    @ConditionalOnMissingBean
    public MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }

    @Bean
    public RunSummaryLog runSummaryLog(MeterRegistry meterRegistry) {
        return new RunSummaryLog(meterRegistry);
    }

    @Bean
    public ExecutionTracker executionTracker() {
        return new ExecutionTracker();
    }

    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }
}
