package io.trendreports.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import io.trendreports.source.Sha256;

/**
 * SHA-256 over everything besides the inputs that decides what a run produces: the knowledge
 * files (taxonomy, entities, sectors), the settings that shape outputs, and the program version.
 * A change to any of them is a change that deserves a new run, and invalidates reused records.
 */
final class ConfigFingerprint {

    static final List<String> KNOWLEDGE_FILES = List.of("taxonomy.yml", "entities.yml", "sectors.yml");

    private ConfigFingerprint() {
    }

    static String of(TrendProperties p) {
        MessageDigest digest = Sha256.digest();
        for (String name : KNOWLEDGE_FILES) {
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update(knowledgeFile(p.configDir(), name));
        }
        String settings = String.join("|", String.valueOf(p.normalize()), p.pdf().pageSize(), p.author(),
                String.valueOf(p.csv().byteOrderMark()), String.valueOf(p.formulaGuard()), version());
        digest.update(settings.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static byte[] knowledgeFile(Path configDir, String name) {
        try {
            Path file = configDir == null ? null : configDir.resolve(name);
            if (file != null && Files.isRegularFile(file)) {
                return Files.readAllBytes(file);
            }
            try (InputStream in = ConfigFingerprint.class.getResourceAsStream("/" + name)) {
                return in == null ? new byte[0] : in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    static String version() {
        String v = ConfigFingerprint.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
