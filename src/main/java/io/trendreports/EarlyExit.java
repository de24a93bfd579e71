package io.trendreports;

import org.springframework.boot.SpringApplication;

/**
 * Ends a command before its application context starts, with its exit code and a one-line
 * reason: what a check of the prepared settings can tell needs neither the database nor the
 * beans. Thrown as Spring's abandoned-run signal, so Spring stops without reporting a failure of
 * its own.
 */
final class EarlyExit extends SpringApplication.AbandonedRunException {

    private final int exitCode;
    private final String reason;

    EarlyExit(int exitCode, String reason) {
        this.exitCode = exitCode;
        this.reason = reason;
    }

    int exitCode() {
        return exitCode;
    }

    String reason() {
        return reason;
    }

    @Override
    public String getMessage() {
        return reason;
    }
}
