package io.trendreports.job.remote;

import java.util.List;

import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.amqp.support.converter.SimpleMessageConverter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.inbound.AmqpInboundChannelAdapter;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;

import io.trendreports.job.PartitionStepLocator;
import io.trendreports.settings.ConfigFingerprint;
import io.trendreports.settings.TrendProperties;

/**
 * The worker side of remote mode: partition requests come in from the queue, one at a time per
 * consumer, are executed against the shared job repository and record store, and are
 * acknowledged only once the partition has ended, so the request of a worker that dies goes to
 * another worker. Nothing consumes until the {@code worker} command starts it.
 */
@Configuration
@ConditionalOnProperty(name = "trend.remote.enabled", havingValue = "true")
public class RemoteWorkerConfiguration {

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
    public PartitionRequestHandler partitionRequestHandler(JobRepository jobRepository,
                                                           PartitionStepLocator partitionStepLocator,
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
