package io.trendreports.launch;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Knows the job execution in progress in this process, so that a shutdown signal can ask that
 * very execution to stop and wait until it has. The end is signalled by the launcher once the
 * launch has returned, not in {@code afterJob}: Spring Batch stores the final status only after
 * the listeners have run, and the process must not exit before that.
 */
@Component
public class ExecutionTracker implements JobExecutionListener {

    private volatile JobExecution current;
    private volatile CountDownLatch finished = new CountDownLatch(0);

    @Override
    public void beforeJob(JobExecution jobExecution) {
        finished = new CountDownLatch(1);
        current = jobExecution;
    }

    /** Called by the launcher when the launch has returned and the final status is stored. */
    public void ended() {
        current = null;
        finished.countDown();
    }

    public JobExecution current() {
        return current;
    }

    /** Waits for the execution in progress, if any, to end; false if it did not in time. */
    public boolean awaitEnd(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
