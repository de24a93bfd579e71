package io.trendreports.source;

/** A source file that cannot become a report; the message is the reason shown to people. */
public class RejectedInputException extends Exception {

    public RejectedInputException(String reason) {
        super(reason);
    }

    public String reason() {
        return getMessage();
    }
}
