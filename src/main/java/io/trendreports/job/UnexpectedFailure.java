package io.trendreports.job;

/**
 * The rejection reason for a file whose processing failed in a way no check foresaw: a sentence
 * for the file's owner first, the error's name after it for whoever reports it, since a bare
 * "StackOverflowError" tells a user nothing.
 */
final class UnexpectedFailure {

    private UnexpectedFailure() {
    }

    static String reason(Throwable cause) {
        String detail = cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage().lines().findFirst().orElse(""));
        if (cause instanceof StackOverflowError) {
            return "could not be processed: the document is nested too deeply to read (" + detail + ")";
        }
        if (cause instanceof OutOfMemoryError) {
            return "could not be processed: reading it needed more memory than the process has (" + detail + ")";
        }
        return "could not be processed: an unexpected error stopped reading it; the rest of the run is unaffected."
                + " Please report it with the file (" + detail + ")";
    }
}
