package io.trendreports.launch;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

import io.trendreports.settings.TrendProperties;

/**
 * The long-running mode: runs the job at every fire time of {@code trend.schedule.cron}. Runs
 * happen one after the other in this thread, so a run still going when the next fire time comes
 * delays that run instead of overlapping it; the run lock also keeps other processes out.
 */
@Component
public class ScheduleCommand {

    private static final Logger log = LoggerFactory.getLogger("io.trendreports.schedule");

    private final RunCommand runCommand;
    private final TrendProperties properties;
    private final Clock clock;
    private final CountDownLatch shutdown = new CountDownLatch(1);

    public ScheduleCommand(RunCommand runCommand, TrendProperties properties, Clock clock) {
        this.runCommand = runCommand;
        this.properties = properties;
        this.clock = clock;
    }

    /** Returns when asked to stop or after {@code trend.schedule.max-runs} runs. */
    public void schedule() {
        CronExpression cron = CronExpression.parse(properties.schedule().cron());
        int maxRuns = properties.schedule().maxRuns();
        log.info("schedule: cron '{}' in {}{}", properties.schedule().cron(), properties.timeZone(),
                maxRuns > 0 ? ", stopping after " + maxRuns + " run(s)" : "");
        for (int runs = 0; maxRuns == 0 || runs < maxRuns; runs++) {
            ZonedDateTime now = ZonedDateTime.now(clock.withZone(properties.timeZone()));
            ZonedDateTime next = cron.next(now);
            if (next == null) {
                log.warn("schedule: cron '{}' has no future fire time; stopping", properties.schedule().cron());
                return;
            }
            log.info("schedule: next run at {}", next);
            if (waitUntil(next)) {
                log.info("schedule: stopping on request");
                return;
            }
            RunOutcome outcome = runCommand.run(false);
            log.info("schedule: run ended {}{}", outcome.kind(),
                    outcome.kind() == RunOutcome.Kind.COMPLETED ? "" : ": " + outcome.message());
            if (outcome.kind() == RunOutcome.Kind.STOPPED) {
                return;
            }
        }
    }

    /** Sleeps until {@code next}; true if a stop was requested meanwhile. */
    private boolean waitUntil(ZonedDateTime next) {
        long millis = Duration.between(ZonedDateTime.now(clock.withZone(properties.timeZone())), next).toMillis();
        try {
            return shutdown.await(Math.max(0, millis), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /** Ends the wait for the next fire time (a run in progress is stopped by its own hook). */
    public void requestStop() {
        shutdown.countDown();
    }
}
