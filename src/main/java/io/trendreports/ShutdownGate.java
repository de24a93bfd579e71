package io.trendreports;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds the JVM open on SIGTERM until the command has finished and closed its application
 * context. The JVM halts as soon as every shutdown hook has returned; without this gate it
 * could halt while the embedded database is still open, and a database closed by a halt is
 * one the next run has to recover.
 */
final class ShutdownGate {

    private final CountDownLatch released = new CountDownLatch(1);
    private final Thread hook;

    private ShutdownGate(Runnable onSignal, Duration limit) {
        this.hook = new Thread(() -> {
            onSignal.run();
            try {
                released.await(limit.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "trend-shutdown-gate");
    }

    /** @param onSignal what to do first when a termination signal arrives (e.g. end a schedule) */
    static ShutdownGate install(Runnable onSignal, Duration limit) {
        ShutdownGate gate = new ShutdownGate(onSignal, limit);
        Runtime.getRuntime().addShutdownHook(gate.hook);
        return gate;
    }

    /** The command is done and its context closed: the JVM may exit. */
    void release() {
        released.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // shutting down already: the hook is running and has just been released
        }
    }
}
