package io.trendreports.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts failed sign-ins per user name and per client address, and says how long to wait before
 * answering the next attempt and when to refuse attempts altogether. Each failure of a user name
 * doubles the wait before that name's next attempt; too many failures within the window refuse
 * the name, or the address, for the refusal period, the right password included. The counts live
 * in this process's memory: they are lost on restart, and each portal process counts its own.
 */
public class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger("io.trendreports.portal");
    /** Keys kept before expired ones are swept: a flood of made-up names cannot grow the map for long. */
    private static final int SWEEP_ABOVE = 10_000;
    /** The wait never grows past this many times the first one. */
    private static final int MAX_DELAY_FACTOR = 8;

    private final PortalProperties.SignIn settings;
    private final Clock clock;
    private final Map<String, Failures> byKey = new ConcurrentHashMap<>();

    public SignInThrottle(PortalProperties.SignIn settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** How long an attempt for this user from this address is still refused; empty if it is not. */
    public Optional<Duration> refusal(String user, String address) {
        Instant now = clock.instant();
        Instant until = later(state(userKey(user)).refusedUntil(), state(addressKey(address)).refusedUntil());
        return until == null || !until.isAfter(now) ? Optional.empty() : Optional.of(Duration.between(now, until));
    }

    /** The wait before answering an attempt for this user: none at first, then doubling per failure. */
    public Duration delay(String user) {
        int failures = state(userKey(user)).count(clock.instant().minus(settings.window()));
        if (failures == 0) {
            return Duration.ZERO;
        }
        long factor = Math.min(MAX_DELAY_FACTOR, 1L << Math.min(30, failures - 1));
        return settings.delay().multipliedBy(factor);
    }

    public void failed(String user, String address) {
        Instant now = clock.instant();
        sweepIfLarge(now);
        int forUser = count(userKey(user), "user '" + user + "'", settings.maxFailuresPerUser(), now);
        int fromAddress = count(addressKey(address), "address " + address, settings.maxFailuresPerAddress(), now);
        log.info("sign-in: failed for user '{}' from {} ({} for the user, {} from the address within {} min)", user,
                address, forUser, fromAddress, settings.window().toMinutes());
    }

    /** The right password: the name's failures are forgotten (the address's are not). */
    public void succeeded(String user) {
        byKey.remove(userKey(user));
    }

    /** Counts one failure of {@code key}; returns its failures within the window. */
    private int count(String key, String who, int limit, Instant now) {
        Failures f = byKey.computeIfAbsent(key, k -> new Failures());
        int recent = f.add(now, now.minus(settings.window()));
        if (recent >= limit && f.refuseUntil(now.plus(settings.refusal()))) {
            log.warn("sign-in: {} failed sign-ins within {} min for {}; refusing it for {} min", recent,
                    settings.window().toMinutes(), who, settings.refusal().toMinutes());
        }
        return recent;
    }

    private Failures state(String key) {
        Failures f = byKey.get(key);
        return f == null ? Failures.NONE : f;
    }

    private void sweepIfLarge(Instant now) {
        if (byKey.size() > SWEEP_ABOVE) {
            Instant since = now.minus(settings.window());
            byKey.values().removeIf(f -> f.expired(since, now));
        }
    }

    private static String userKey(String user) {
        return "user:" + (user == null ? "" : user.toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    /** The recent failures of one key and its refusal, if any. */
    private static final class Failures {

        static final Failures NONE = new Failures();

        private final Deque<Instant> times = new ArrayDeque<>();
        private Instant refusedUntil;

        synchronized int add(Instant at, Instant since) {
            times.addLast(at);
            return count(since);
        }

        synchronized int count(Instant since) {
            while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
                times.removeFirst();
            }
            return times.size();
        }

        /** True when the refusal starts now (and not already in force). */
        synchronized boolean refuseUntil(Instant until) {
            boolean starts = refusedUntil == null || !refusedUntil.isAfter(times.peekLast());
            refusedUntil = until;
            if (starts) {
                times.clear();
            }
            return starts;
        }

        synchronized Instant refusedUntil() {
            return refusedUntil;
        }

        synchronized boolean expired(Instant since, Instant now) {
            return count(since) == 0 && (refusedUntil == null || !refusedUntil.isAfter(now));
        }
    }
}
