package io.trendreports.job.remote;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.integration.amqp.inbound.AmqpInboundChannelAdapter;

/** Starts and stops taking partition requests from the queue (the {@code worker} command). */
public class PartitionWorker {

    private static final Logger log = LoggerFactory.getLogger("io.trendreports.worker");

    private final AmqpInboundChannelAdapter requests;
    private final RemoteProperties remote;

    PartitionWorker(AmqpInboundChannelAdapter requests, RemoteProperties remote) {
        this.requests = requests;
        this.remote = remote;
    }

    public void start() {
        requests.start();
        log.info("worker ready: taking partitions from queue {} on {}, {} at a time", remote.queue(),
                remote.brokerForLogs(), remote.effectiveWorkerConcurrency());
    }

    /** Stops taking requests; a partition in progress gets trend.shutdown-grace to end, else it is redelivered. */
    public void stop() {
        log.info("worker stopping: no new partitions taken");
        requests.stop();
    }
}
