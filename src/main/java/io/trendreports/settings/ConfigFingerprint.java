package io.trendreports.settings;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import io.trendreports.normalize.KnowledgeBase;
import io.trendreports.normalize.KnowledgeFile;
import io.trendreports.source.Sha256;
import io.trendreports.themes.ThemeOverridesFile;

/**
 * SHA-256 over everything besides the inputs that decides what a run produces: the knowledge
 * files as the normalizer reads them, the analysts' theme overrides, every bound setting not marked {@link OutputNeutral}, and
 * the program version. A change to any of them deserves a new run and invalidates reused
 * records. The settings are walked from the bound records themselves, so a new setting is in the
 * fingerprint from the day it is added.
 */
public final class ConfigFingerprint {

    private ConfigFingerprint() {
    }

    public static String of(TrendProperties settings) {
        List<KnowledgeFile> files = new ArrayList<>(KnowledgeBase.files(settings.configDir()));
        files.add(KnowledgeFile.read(settings.configDir(), ThemeOverridesFile.FILE));
        return of(settings, files);
    }

    static String of(TrendProperties settings, List<KnowledgeFile> knowledge) {
        MessageDigest digest = Sha256.digest();
        for (KnowledgeFile file : knowledge) {
            digest.update(file.name().getBytes(StandardCharsets.UTF_8));
            digest.update(file.content());
        }
        StringBuilder text = new StringBuilder();
        appendRecord(text, "trend", settings);
        text.append("version=").append(version()).append('\n');
        digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void appendRecord(StringBuilder text, String path, Record value) {
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            if (component.isAnnotationPresent(OutputNeutral.class)) {
                continue;
            }
            String name = path + "." + component.getName();
            Object v = read(component, value);
            if (v instanceof Record nested) {
                appendRecord(text, name, nested);
            } else {
                text.append(name).append('=').append(canonical(v)).append('\n');
            }
        }
    }

    private static String canonical(Object v) {
        if (v instanceof Collection<?> items) {
            return items.stream().map(ConfigFingerprint::canonical).toList().toString();
        }
        if (v instanceof Path path) {
            return path.toString().replace('\\', '/');
        }
        return String.valueOf(v);
    }

    private static Object read(RecordComponent component, Record owner) {
        try {
            return component.getAccessor().invoke(owner);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read setting " + component.getName() + ": " + e, e);
        }
    }

    public static String version() {
        String v = ConfigFingerprint.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
