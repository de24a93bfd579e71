package io.trendreports.job.remote;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.dsl.IntegrationFlow;

import io.trendreports.job.Partitioning;

/**
 * The manager side of remote mode: the partitions of every partitioned step go as
 * {@code StepExecutionRequest}s to the queue, and the manager learns that they have finished by
 * polling the job repository, where the workers record them.
 */
@Configuration
@ConditionalOnProperty(name = "trend.remote.enabled", havingValue = "true")
public class RemoteManagerConfiguration {

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
    public Partitioning remotePartitioning(JobRepository jobRepository, RemoteProperties remote) {
        return (Step partitionStep, int localThreads) -> overBroker(partitionStep.getName(), jobRepository, remote);
    }

    private PartitionHandler overBroker(String workerStep, JobRepository jobRepository, RemoteProperties remote) {
        MessageChannelPartitionHandler handler = new MessageChannelPartitionHandler();
        handler.setStepName(workerStep);
        handler.setGridSize(remote.partitions());
        handler.setMessagingOperations(new MessagingTemplate(partitionRequests()));
        handler.setJobRepository(jobRepository);
        handler.setPollInterval(remote.pollInterval().toMillis());
        handler.setTimeout(remote.timeout().toMillis());
        try {
            handler.afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException("remote partitioning of " + workerStep + ": " + e.getMessage(), e);
        }
        return new TimeLimitedPartitionHandler(handler, jobRepository, workerStep, remote.timeout());
    }
}
