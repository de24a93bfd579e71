package io.trendreports.portal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * "Run now" from the portal: one run at a time on a background thread, exactly as {@code run}
 * would do it (the run lock also refuses it while another process or the schedule runs).
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class RunLauncher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger("io.trendreports.portal");

    private final RunTrigger trigger;
    private final RunHistory history;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "portal-run");
        t.setDaemon(true);
        return t;
    });
    private volatile Launch launch;

    RunLauncher(RunTrigger trigger, RunHistory history, Clock clock) {
        this.trigger = trigger;
        this.history = history;
        this.clock = clock;
    }

    /**
     * A run started from the portal.
     *
     * @param result how it ended; null while it runs
     */
    public record Launch(String startedBy, Instant startedAt, boolean force, RunTrigger.Result result, Instant endedAt) {

        public boolean running() {
            return result == null;
        }
    }

    /** Starts a run, or says why not (empty when started). */
    synchronized Optional<String> start(String user, boolean force) {
        Launch current = launch;
        if (current != null && current.running()) {
            return Optional.of("A run started by " + current.startedBy() + " at " + current.startedAt()
                    + " is still in progress; wait for it to finish.");
        }
        Optional<RunHistory.LiveRun> live = history.current();
        if (live.isPresent()) {
            return Optional.of("Run " + live.get().runId() + " is in progress; wait for it to finish.");
        }
        Launch started = new Launch(user, clock.instant(), force, null, null);
        launch = started;
        log.info("portal: {} started a run{}", user, force ? " (force)" : "");
        executor.submit(() -> {
            RunTrigger.Result result;
            try {
                result = trigger.runNow(force);
            } catch (RuntimeException e) {
                log.error("portal: run started by {} failed: {}", user, e.toString());
                result = new RunTrigger.Result("FAILED", "", "the run could not be started: " + e.getMessage(),
                        List.of());
            }
            launch = new Launch(started.startedBy(), started.startedAt(), force, result, clock.instant());
        });
        return Optional.empty();
    }

    Optional<Launch> last() {
        return Optional.ofNullable(launch);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
