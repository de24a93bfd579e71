package io.trendreports.cli;

/** A command line that cannot be run; the message is printed as a one-line error. */
public class UsageException extends Exception {

    public UsageException(String message) {
        super(message);
    }
}
