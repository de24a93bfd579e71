package io.trendreports.model;

/**
 * One file found in the input folder and what the run made of it.
 *
 * @param reason why the file was rejected; empty when it was processed
 */
public record InputFile(String file, String sha256, InputStatus status, String reason, int sections) {

    public static InputFile processed(String file, String sha256, int sections) {
        return new InputFile(file, sha256, InputStatus.PROCESSED, "", sections);
    }

    public static InputFile rejected(String file, String sha256, String reason) {
        return new InputFile(file, sha256, InputStatus.REJECTED, reason, 0);
    }

    public boolean isRejected() {
        return status == InputStatus.REJECTED;
    }
}
