package io.trendreports.themes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Ids of new themes, from a hash of their founding members' ids: the same sections found the same
 * id in any run, on any machine, whatever else the topic holds; no counter has to be kept.
 */
final class ThemeIds {

    static final String PREFIX = "d-";

    private ThemeIds() {
    }

    static String forFounders(List<String> sectionIds, Set<String> taken) {
        String hex = sha256(String.join("\n", sectionIds.stream().sorted().toList()));
        for (int length = 8; length <= hex.length(); length += 4) {
            String id = PREFIX + hex.substring(0, length);
            if (!taken.contains(id)) {
                return id;
            }
        }
        throw new IllegalStateException("no free theme id for " + sectionIds);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
