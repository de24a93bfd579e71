package io.trendreports.portal;

import java.time.Instant;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The run in progress as JSON, polled by the progress page. */
@RestController
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ProgressApi {

    private final RunHistory history;
    private final RunLauncher launcher;

    ProgressApi(RunHistory history, RunLauncher launcher) {
        this.history = history;
        this.launcher = launcher;
    }

    /**
     * @param running  whether a run is executing in this process now (portal, schedule)
     * @param live     its steps and counts so far
     * @param launch   the last run started from the portal (with its outcome once it ended)
     */
    public record Progress(boolean running, String runId, String status, List<RunHistory.StepProgress> steps,
                    Launch launch) {
    }

    /** @param notice what the page says about the outcome, once the run has ended */
    public record Launch(String startedBy, Instant startedAt, boolean running, String outcome, String runId, String message,
                  Instant endedAt, LaunchNotice notice) {
    }

    @GetMapping("/api/progress")
    ResponseEntity<Progress> progress() {
        var live = history.current();
        var launch = launcher.last().map(l -> new Launch(l.startedBy(), l.startedAt(), l.running(),
                l.result() == null ? null : l.result().outcome(), l.result() == null ? null : l.result().runId(),
                l.result() == null ? null : l.result().message(), l.endedAt(),
                l.result() == null ? null : LaunchNotice.of(l.result()))).orElse(null);
        boolean running = live.isPresent() || (launch != null && launch.running());
        // once the portal's run has ended, its steps as stored at the end, if it ran at all
        List<RunHistory.StepProgress> steps = live.map(RunHistory.LiveRun::steps)
                .or(() -> launcher.last().filter(l -> !l.running() && LaunchNotice.of(l.result()).showSteps())
                        .map(l -> l.result().steps()))
                .orElse(List.of());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new Progress(running,
                live.map(RunHistory.LiveRun::runId).orElse(null), live.map(RunHistory.LiveRun::status).orElse(null),
                steps, launch));
    }
}
