package io.trendreports.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SHA-256 of input files, remembered for the life of the process: a run hashes every input once to
 * decide whether it has anything to do, then again to find the records it can reuse, and on 10,000
 * inputs the second pass was a tenth of a run with one new report. A file is hashed anew when its
 * size, modification time or file identity changed since it was hashed.
 */
public final class InputDigests {

    private static final Map<Path, Entry> DIGESTS = new ConcurrentHashMap<>();

    private InputDigests() {
    }

    public static String of(Path file) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        BasicFileAttributes before = Files.readAttributes(key, BasicFileAttributes.class);
        Entry known = DIGESTS.get(key);
        if (known != null && known.describes(before)) {
            return known.sha256();
        }
        String sha256 = Sha256.ofFile(key);
        BasicFileAttributes after = Files.readAttributes(key, BasicFileAttributes.class);
        Entry entry = new Entry(after.size(), after.lastModifiedTime(), after.fileKey(), sha256);
        if (entry.describes(before)) {
            // unchanged while it was read: safe to remember
            DIGESTS.put(key, entry);
        }
        return sha256;
    }

    private record Entry(long size, FileTime modified, Object fileKey, String sha256) {

        boolean describes(BasicFileAttributes attributes) {
            return attributes.size() == size && attributes.lastModifiedTime().equals(modified)
                    && java.util.Objects.equals(attributes.fileKey(), fileKey);
        }
    }
}
