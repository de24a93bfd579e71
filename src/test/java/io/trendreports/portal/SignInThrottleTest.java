package io.trendreports.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The throttle's arithmetic on a clock the test moves: waits double, limits refuse, refusals end. */
class SignInThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = new SignInThrottle(new PortalProperties.SignIn(5, 20,
            Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofMillis(500)), clock);

    @Test
    void eachFailureOfAUserDoublesTheWaitBeforeItsNextAttemptUpToALimit() {
        assertThat(throttle.delay("ops")).isZero();
        throttle.failed("ops", "10.0.0.1");
        assertThat(throttle.delay("ops")).isEqualTo(Duration.ofMillis(500));
        throttle.failed("ops", "10.0.0.1");
        assertThat(throttle.delay("ops")).isEqualTo(Duration.ofMillis(1000));
        throttle.failed("ops", "10.0.0.1");
        throttle.failed("ops", "10.0.0.1");
        assertThat(throttle.delay("ops")).isEqualTo(Duration.ofMillis(4000));
        assertThat(throttle.delay("someone-else")).isZero();
        assertThat(throttle.refusal("ops", "10.0.0.9")).isEmpty();
    }

    @Test
    void theFifthFailureWithinTheWindowRefusesTheUserFromAnyAddressForTheRefusalPeriod() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("ops", "10.0.0." + i);
        }
        assertThat(throttle.refusal("ops", "192.168.1.1")).contains(Duration.ofMinutes(15));
        assertThat(throttle.refusal("OPS", "192.168.1.1")).as("user names compared as typed, case aside").isPresent();
        assertThat(throttle.refusal("lead", "192.168.1.1")).isEmpty();

        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.refusal("ops", "192.168.1.1")).contains(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(throttle.refusal("ops", "192.168.1.1")).isEmpty();
        assertThat(throttle.delay("ops")).as("a new start after the refusal").isZero();
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("ops", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(16));
        throttle.failed("ops", "10.0.0.1");
        assertThat(throttle.refusal("ops", "10.0.0.1")).isEmpty();
        assertThat(throttle.delay("ops")).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void anAddressTryingManyNamesIsRefusedForEveryName() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("guess-" + i, "203.0.113.7");
        }
        assertThat(throttle.refusal("ops", "203.0.113.7")).isPresent();
        assertThat(throttle.refusal("ops", "203.0.113.8")).isEmpty();
    }

    @Test
    void theRightPasswordForgetsTheUsersFailuresButNotTheAddresss() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("ops", "10.0.0.1");
        }
        throttle.succeeded("ops");
        assertThat(throttle.delay("ops")).isZero();
        throttle.failed("ops", "10.0.0.1");
        assertThat(throttle.refusal("ops", "10.0.0.1")).isEmpty();
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T08:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
