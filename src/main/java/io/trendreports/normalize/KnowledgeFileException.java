package io.trendreports.normalize;

/**
 * A knowledge file (taxonomy, entities, sectors) cannot be used. The message always starts with
 * the file's name so an analyst knows which file to fix.
 */
public class KnowledgeFileException extends IllegalArgumentException {

    private final String file;

    public KnowledgeFileException(String file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public KnowledgeFileException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    /** Where the file was read from (a path, or {@code classpath:/name}). */
    public String file() {
        return file;
    }
}
