package io.trendreports.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What the progress page tells a web user about each way a run can end. */
class LaunchNoticeTest {

    private static LaunchNotice notice(String outcome, String message) {
        return LaunchNotice.of(new RunTrigger.Result(outcome, "20260301-020000-0123abcd", message, List.of(
                new RunHistory.StepProgress("ingest", "COMPLETED", 2, 2, java.util.Map.of()))));
    }

    @Test
    void nothingChangedIsNotAGreenFinishAndPointsAtThePagesOwnCheckbox() {
        LaunchNotice upToDate = notice("UP_TO_DATE",
                "inputs and configuration unchanged since run 20260301-020000-0123abcd; nothing to do (use --force to run again)");
        assertThat(upToDate.tone()).isEqualTo("info");
        assertThat(upToDate.headline()).isEqualTo("Nothing to do: no new run was made.").doesNotContain("Finished");
        assertThat(upToDate.detail()).contains("\u201Ceven if nothing changed\u201D", "Run now",
                "20260301-020000-0123abcd").doesNotContain("--force");
        assertThat(upToDate.showSteps()).as("the steps shown would be another run's").isFalse();
    }

    @Test
    void aPublishedRunIsGreenWithItsStepsAndALink() {
        LaunchNotice done = notice("COMPLETED", "");
        assertThat(done.tone()).isEqualTo("ok");
        assertThat(done.headline()).startsWith("Finished: run 20260301-020000-0123abcd");
        assertThat(done.showSteps()).isTrue();
        assertThat(done.runLink()).isEqualTo("20260301-020000-0123abcd");
        assertThat(notice("COMPLETED_WITH_REJECTIONS", "").tone()).isEqualTo("warn");
        assertThat(notice("FAILED", "disk full").tone()).isEqualTo("bad");
        assertThat(notice("FAILED", "disk full").detail()).isEqualTo("disk full");
        assertThat(notice("ALREADY_RUNNING", "").headline()).startsWith("Not started");
    }
}
