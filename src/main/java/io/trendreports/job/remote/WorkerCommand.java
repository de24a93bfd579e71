package io.trendreports.job.remote;

import java.util.concurrent.CountDownLatch;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The {@code worker} command: executes partitions sent by the runs of remote mode until SIGTERM.
 */
@Component
public class WorkerCommand {

    private final ObjectProvider<PartitionWorker> worker;

    public WorkerCommand(ObjectProvider<PartitionWorker> worker) {
        this.worker = worker;
    }

    /** @return false when remote mode is off, so there is nothing to work for */
    public boolean work(CountDownLatch untilSignal) throws InterruptedException {
        PartitionWorker w = worker.getIfAvailable();
        if (w == null) {
            return false;
        }
        w.start();
        try {
            untilSignal.await();
        } finally {
            w.stop();
        }
        return true;
    }
}
