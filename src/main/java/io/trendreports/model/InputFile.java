package io.trendreports.model;

/**
 * One file found in the input folder and what the run made of it.
 *
 * @param reason    why the file was rejected; empty when it was processed
 * @param structure how the parser read the file's structure ("10 sections at H3 under an H2
 *                  title"); empty when it was rejected or is not known
 */
public record InputFile(String file, String sha256, InputStatus status, String reason, int sections,
                        String structure) {

    public static InputFile processed(String file, String sha256, int sections) {
        return processed(file, sha256, sections, "");
    }

    public static InputFile processed(String file, String sha256, int sections, String structure) {
        return new InputFile(file, sha256, InputStatus.PROCESSED, "", sections, structure);
    }

    public static InputFile rejected(String file, String sha256, String reason) {
        return new InputFile(file, sha256, InputStatus.REJECTED, reason, 0, "");
    }

    public boolean isRejected() {
        return status == InputStatus.REJECTED;
    }
}
