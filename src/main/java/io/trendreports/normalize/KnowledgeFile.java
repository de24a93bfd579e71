package io.trendreports.normalize;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bytes of one knowledge file, from the analyst's config folder when it has the file, else
 * the copy bundled at the classpath root. The normalizer parses these bytes and the settings
 * fingerprint hashes the same bytes, so a run is redone exactly when what it reads has changed.
 *
 * @param origin the path or {@code classpath:/name} the bytes came from, for error messages
 */
public record KnowledgeFile(String name, String origin, byte[] content) {

    /**
     * @param configDir folder with the analyst's files; may be {@code null} or missing
     * @throws KnowledgeFileException naming the file when it cannot be read or is nowhere
     */
    public static KnowledgeFile read(Path configDir, String name) {
        if (configDir != null) {
            Path file = configDir.resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    return new KnowledgeFile(name, file.toString(), Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new KnowledgeFileException(file.toString(), "cannot be read: " + e.getMessage(), e);
                }
            }
        }
        String origin = "classpath:/" + name;
        try (InputStream in = KnowledgeFile.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new KnowledgeFileException(name, "not found in "
                        + (configDir == null ? "(no config dir)" : configDir) + " nor on the classpath");
            }
            return new KnowledgeFile(name, origin, in.readAllBytes());
        } catch (IOException e) {
            throw new KnowledgeFileException(origin, "cannot be read: " + e.getMessage(), e);
        }
    }
}
