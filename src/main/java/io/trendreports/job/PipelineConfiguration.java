package io.trendreports.job;

import java.time.Clock;
import java.util.List;

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
import io.trendreports.model.OutputWriter;
import io.trendreports.normalize.KnowledgeBase;
import io.trendreports.normalize.NormalizerSettings;
import io.trendreports.normalize.ReportNormalizer;
import io.trendreports.settings.TrendProperties;
import io.trendreports.store.RecordStore;
import io.trendreports.store.ThemeStore;
import io.trendreports.themes.ThemeDiscovery;

/**
 * The parts of the pipeline, each built once per process from {@code trend.*} settings: the
 * normalizer, the record store and the output writers ({@link Outputs}).
 */
@Configuration
@EnableConfigurationProperties(TrendProperties.class)
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

    /** Takes the record store so that the store's schema, which holds its tables too, exists first. */
    @Bean
    public ThemeStore themeStore(DataSource dataSource, PlatformTransactionManager transactionManager,
                                 RecordStore recordStore) {
        return new ThemeStore(new JdbcTemplate(dataSource), new TransactionTemplate(transactionManager));
    }

    /** Lazy, like the normalizer: a rerun with nothing to do never loads the text analyzers. */
    @Bean
    @Lazy
    public ThemeDiscovery themeDiscovery() {
        return new ThemeDiscovery();
    }

    @Bean
    public List<OutputWriter> outputWriters(TrendProperties properties) {
        return Outputs.writers(properties);
    }

    @Bean
    public InputListing inputListing() {
        return new InputListing();
    }

    @Bean
    @ConditionalOnMissingBean
    public MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }

    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }
}
