package io.trendreports.job.remote;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code trend.remote.*} settings: remote partitioning over RabbitMQ (docs/scale-out.md).
 *
 * @param enabled           run the partitions on {@code worker} processes instead of local threads
 * @param broker            the RabbitMQ broker, {@code amqp://user:password@host:port/virtual-host}
 * @param queue             the queue carrying partition requests from the manager to the workers
 * @param partitions        partitions per partitioned step (ingest, briefs) on the manager
 * @param timeout           how long the manager waits for the partitions of one step
 * @param pollInterval      how often the manager looks in the job repository for finished partitions
 * @param workerConcurrency partitions one worker executes at once; 0 = one per processor
 */
@ConfigurationProperties("trend.remote")
public record RemoteProperties(Boolean enabled, URI broker, String queue, Integer partitions, Duration timeout,
                               Duration pollInterval, Integer workerConcurrency) {

    public RemoteProperties {
        enabled = enabled != null && enabled;
        broker = broker == null ? URI.create("amqp://guest:guest@localhost:5672") : broker;
        queue = queue == null || queue.isBlank() ? "trend-reports.partitions" : queue;
        partitions = partitions == null || partitions < 1 ? 8 : partitions;
        timeout = timeout == null ? Duration.ofHours(1) : timeout;
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        workerConcurrency = workerConcurrency == null ? 0 : workerConcurrency;
    }

    public int effectiveWorkerConcurrency() {
        return workerConcurrency > 0 ? workerConcurrency : Runtime.getRuntime().availableProcessors();
    }

    /** The broker address without its password, for logs. */
    public String brokerForLogs() {
        return broker.getScheme() + "://" + broker.getHost() + ":" + (broker.getPort() < 0 ? 5672 : broker.getPort())
                + (broker.getPath() == null ? "" : broker.getPath());
    }
}
