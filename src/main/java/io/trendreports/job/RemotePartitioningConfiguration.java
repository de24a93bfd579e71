package io.trendreports.job;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.amqp.support.converter.SimpleMessageConverter;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.BeanFactoryStepLocator;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.amqp.inbound.AmqpInboundChannelAdapter;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * Remote mode ({@code trend.remote.enabled=true}): the partitions of the ingest and of the briefs
 * go as {@code StepExecutionRequest}s over a RabbitMQ queue to {@code worker} processes, which
 * execute them against the shared PostgreSQL job repository and record store; the manager learns
 * that they have finished by polling the job repository. A request is acknowledged only once its
 * partition has ended, so the request of a worker that dies goes to another worker.
 */
@Configuration
@EnableIntegration
@ConditionalOnProperty(name = "trend.remote.enabled", havingValue = "true")
public class RemotePartitioningConfiguration {

    /** Refuses to start on the embedded database, which no other process can reach. */
    @Bean
    public InitializingBean remoteModeNeedsPostgres(DataSource dataSource) {
        return () -> {
            String product;
            try (Connection c = dataSource.getConnection()) {
                product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            } catch (SQLException e) {
                throw new IllegalStateException("remote mode: cannot reach the database: " + e.getMessage(), e);
            }
            if (!product.contains("postgres")) {
                throw new IllegalStateException("remote mode (trend.remote.enabled=true) needs a PostgreSQL database"
                        + " shared by the manager and the workers (spring.datasource.url=jdbc:postgresql://...);"
                        + " the embedded " + product + " database is private to one process");
            }
        };
    }

    @Bean
    public CachingConnectionFactory partitionBrokerConnectionFactory(RemoteProperties remote) {
        CachingConnectionFactory factory = new CachingConnectionFactory(remote.broker());
        factory.setConnectionNameStrategy(f -> "trend-reports");
        return factory;
    }

    @Bean
    public Queue partitionRequestQueue(RemoteProperties remote) {
        return new Queue(remote.queue(), true);
    }

    /** Declares the queue on the broker when the first connection opens (manager or worker). */
    @Bean
    public RabbitAdmin partitionBrokerAdmin(CachingConnectionFactory partitionBrokerConnectionFactory) {
        return new RabbitAdmin(partitionBrokerConnectionFactory);
    }

    // Manager: partition requests out to the queue; results read back from the job repository

    @Bean
    public DirectChannel partitionRequests() {
        return new DirectChannel();
    }

    @Bean
    public IntegrationFlow partitionRequestsToBroker(CachingConnectionFactory partitionBrokerConnectionFactory,
                                                     RemoteProperties remote) {
        RabbitTemplate template = new RabbitTemplate(partitionBrokerConnectionFactory);
        return IntegrationFlow.from(partitionRequests())
                .handle(Amqp.outboundAdapter(template).routingKey(remote.queue()))
                .get();
    }

    @Bean
    public PartitionHandler ingestPartitionHandler(JobRepository jobRepository, RemoteProperties remote)
            throws Exception {
        return overBroker(TrendJobConfiguration.INGEST_PARTITION, jobRepository, remote);
    }

    @Bean
    public PartitionHandler briefsPartitionHandler(JobRepository jobRepository, RemoteProperties remote)
            throws Exception {
        return overBroker(TrendJobConfiguration.BRIEFS_PARTITION, jobRepository, remote);
    }

    private PartitionHandler overBroker(String workerStep, JobRepository jobRepository, RemoteProperties remote)
            throws Exception {
        MessageChannelPartitionHandler handler = new MessageChannelPartitionHandler();
        handler.setStepName(workerStep);
        handler.setGridSize(remote.partitions());
        handler.setMessagingOperations(new MessagingTemplate(partitionRequests()));
        handler.setJobRepository(jobRepository);
        handler.setPollInterval(remote.pollInterval().toMillis());
        handler.setTimeout(remote.timeout().toMillis());
        handler.afterPropertiesSet();
        return new TimeLimitedPartitionHandler(handler, jobRepository, workerStep, remote.timeout());
    }

    // Worker: requests in from the queue, one at a time per consumer, acknowledged when done

    @Bean
    public DirectChannel workerRequests() {
        return new DirectChannel();
    }

    @Bean
    public SimpleMessageListenerContainer partitionRequestListener(
            CachingConnectionFactory partitionBrokerConnectionFactory, RemoteProperties remote,
            TrendProperties properties) {
        SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(partitionBrokerConnectionFactory);
        container.setQueueNames(remote.queue());
        // AUTO: acknowledged when the partition has ended; a worker dying mid-partition leaves the
        // request unacknowledged and RabbitMQ hands it to another worker
        container.setAcknowledgeMode(AcknowledgeMode.AUTO);
        container.setPrefetchCount(1);
        container.setConcurrentConsumers(remote.effectiveWorkerConcurrency());
        // a request that cannot be handled at all is dropped, not redelivered forever; the
        // manager's timeout fails its partition and the next run retries it
        container.setDefaultRequeueRejected(false);
        container.setShutdownTimeout(properties.shutdownGrace().toMillis());
        container.setAutoStartup(false);
        return container;
    }

    @Bean
    public AmqpInboundChannelAdapter partitionRequestsFromBroker(SimpleMessageListenerContainer partitionRequestListener) {
        AmqpInboundChannelAdapter adapter = new AmqpInboundChannelAdapter(partitionRequestListener);
        SimpleMessageConverter converter = new SimpleMessageConverter();
        converter.setAllowedListPatterns(List.of("org.springframework.batch.integration.partition.*", "java.lang.*"));
        adapter.setMessageConverter(converter);
        adapter.setOutputChannel(workerRequests());
        adapter.setAutoStartup(false); // the worker command starts it; a manager never consumes
        return adapter;
    }

    @Bean
    public BeanFactoryStepLocator partitionStepLocator() {
        return new BeanFactoryStepLocator();
    }

    @Bean
    public PartitionRequestHandler partitionRequestHandler(JobRepository jobRepository,
                                                           BeanFactoryStepLocator partitionStepLocator,
                                                           TrendProperties properties) {
        StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
        handler.setJobRepository(jobRepository);
        handler.setStepLocator(partitionStepLocator);
        return new PartitionRequestHandler(handler, jobRepository, ConfigFingerprint.of(properties));
    }

    @Bean
    public IntegrationFlow workerRequestsToSteps(PartitionRequestHandler partitionRequestHandler) {
        return IntegrationFlow.from(workerRequests())
                .handle(partitionRequestHandler, "handle")
                .get();
    }

    @Bean
    public PartitionWorker partitionWorker(AmqpInboundChannelAdapter partitionRequestsFromBroker,
                                           RemoteProperties remote) {
        return new PartitionWorker(partitionRequestsFromBroker, remote);
    }
}
