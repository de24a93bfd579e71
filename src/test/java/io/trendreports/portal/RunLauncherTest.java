package io.trendreports.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Run now: one at a time from the portal, and never while the schedule runs in this process. */
class RunLauncherTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    /** A run that lasts until released. */
    private static final class HeldRun implements RunTrigger {
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch started = new CountDownLatch(1);
        volatile boolean forced;

        @Override
        public Result runNow(boolean force) {
            forced = force;
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Result("COMPLETED", "20260301-100000-00000000", "run COMPLETED", List.of());
        }
    }

    private static RunHistory history(Optional<RunHistory.LiveRun> live) {
        return new RunHistory() {
            @Override
            public List<Attempt> recent(int limit) {
                return List.of();
            }

            @Override
            public Optional<LiveRun> current() {
                return live;
            }
        };
    }

    @Test
    void aSecondStartWhileARunIsInProgressIsRefusedWithAClearMessage() throws Exception {
        HeldRun run = new HeldRun();
        RunLauncher launcher = new RunLauncher(run, history(Optional.empty()), CLOCK);
        try {
            assertThat(launcher.start("otto", true)).isEmpty();
            assertThat(run.started.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(run.forced).isTrue();
            assertThat(launcher.last()).get().matches(RunLauncher.Launch::running);

            assertThat(launcher.start("olga", false)).get().asString()
                    .contains("started by otto").contains("still in progress");

            run.release.countDown();
            for (int i = 0; i < 100 && launcher.last().get().running(); i++) {
                TimeUnit.MILLISECONDS.sleep(50);
            }
            RunLauncher.Launch done = launcher.last().orElseThrow();
            assertThat(done.running()).isFalse();
            assertThat(done.result().outcome()).isEqualTo("COMPLETED");
            assertThat(done.startedBy()).isEqualTo("otto");
        } finally {
            launcher.destroy();
        }
    }

    @Test
    void aRunOfTheScheduleInThisProcessAlsoBlocksAStart() {
        RunHistory.LiveRun scheduled = new RunHistory.LiveRun("20260301-020000-abcdef12", "STARTED", List.of());
        RunLauncher launcher = new RunLauncher(new HeldRun(), history(Optional.of(scheduled)), CLOCK);
        try {
            assertThat(launcher.start("otto", false)).get().asString()
                    .contains("20260301-020000-abcdef12").contains("in progress");
            assertThat(launcher.last()).isEmpty();
        } finally {
            launcher.destroy();
        }
    }
}
