package io.trendreports.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import io.trendreports.normalize.KnowledgeBase;

/**
 * The fingerprint follows the bound settings by construction: every {@code trend.*} key, changed
 * alone from its default, changes the fingerprint, unless it is declared {@link OutputNeutral}.
 */
class ConfigFingerprintTest {

    @TempDir
    Path tmp;

    @Test
    void everySettingChangesTheFingerprintUnlessDeclaredNeutral() {
        String base = ConfigFingerprint.of(bind(Map.of()));
        List<Key> keys = keys("trend", TrendProperties.class, false);
        List<String> table = new ArrayList<>();
        for (Key key : keys) {
            String changed = ConfigFingerprint.of(bind(Map.of(key.name(), key.changedValue())));
            boolean moved = !changed.equals(base);
            table.add(String.format("%-36s %-8s %s", key.name(), key.neutral() ? "neutral" : "output",
                    moved ? "changes" : "same"));
            assertThat(moved).as("%s=%s (%s)", key.name(), key.changedValue(),
                    key.neutral() ? "declared neutral" : "shapes outputs").isEqualTo(!key.neutral());
        }
        System.out.println("trend.* keys and the fingerprint:\n" + String.join("\n", table));
        assertThat(keys).extracting(Key::name).contains("trend.pdf.digest-reports", "trend.normalize.key-terms",
                "trend.author", "trend.schedule.cron", "trend.portal.base-url");
    }

    @Test
    void theDigestReportsSettingIsPartOfIt() {
        assertThat(ConfigFingerprint.of(bind(Map.of("trend.pdf.digest-reports", "1"))))
                .isNotEqualTo(ConfigFingerprint.of(bind(Map.of())));
    }

    @Test
    void aKnowledgeFileInTheConfigFolderChangesItAndAnIdenticalCopyDoesNot() throws Exception {
        Path config = Files.createDirectories(tmp.resolve("config"));
        String bundled = ConfigFingerprint.of(bind(Map.of("trend.config-dir", config.toString())));
        byte[] sectors = KnowledgeBase.files(null).stream().filter(f -> f.name().equals("sectors.yml"))
                .findFirst().orElseThrow().content();
        Files.write(config.resolve("sectors.yml"), sectors);
        assertThat(ConfigFingerprint.of(bind(Map.of("trend.config-dir", config.toString())))).isEqualTo(bundled);

        Files.writeString(config.resolve("sectors.yml"), new String(sectors, StandardCharsets.UTF_8) + "\n# edited\n");
        assertThat(ConfigFingerprint.of(bind(Map.of("trend.config-dir", config.toString())))).isNotEqualTo(bundled);
    }

    private static TrendProperties bind(Map<String, String> properties) {
        Binder binder = new Binder(new MapConfigurationPropertySource(properties));
        return binder.bindOrCreate("trend", TrendProperties.class);
    }

    /** Every leaf setting under {@code prefix}, with a value that differs from its default. */
    private static List<Key> keys(String prefix, Class<?> type, boolean neutralAbove) {
        List<Key> keys = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            String name = prefix + "." + kebab(c.getName());
            boolean neutral = neutralAbove || c.isAnnotationPresent(OutputNeutral.class);
            if (c.getType().isRecord()) {
                keys.addAll(keys(name, c.getType(), neutral));
            } else {
                keys.add(new Key(name, changedValue(name, c.getGenericType()), neutral));
            }
        }
        return keys;
    }

    private static String changedValue(String name, Type type) {
        if (name.endsWith("page-size")) {
            return "LETTER";
        }
        if (name.endsWith("cron")) {
            return "0 30 4 * * *";
        }
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            return "extra-font.ttf";
        }
        if (type == Boolean.class) {
            return name.endsWith("formula-guard") ? "false" : "true";
        }
        if (type == Integer.class || type == Long.class) {
            return "7";
        }
        if (type == Double.class) {
            return "0.37";
        }
        if (type == Duration.class) {
            return "17s";
        }
        if (type == ZoneId.class) {
            return "Europe/Paris";
        }
        return "changed-" + name.substring(name.lastIndexOf('.') + 1);
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private record Key(String name, String changedValue, boolean neutral) {
    }
}
