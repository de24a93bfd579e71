package io.trendreports.themes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.trendreports.normalize.YamlFile;

/**
 * Reads the analysts' decisions about discovered themes from {@code theme-overrides.yml} in the
 * configuration folder (read at every run, so an edit needs no rebuild). One entry per decision:
 * <pre>
 * overrides:
 *   - topic: ai-llms                  # rename a theme
 *     rename: d-1a2b3c4d
 *     label: Reasoning models
 *   - topic: ai-llms                  # merge themes into one
 *     merge: [d-77aa01bb, d-9c0d12ee]
 *     into: d-1a2b3c4d
 *   - topic: ai-llms                  # pin a section (report id # position of the section in its report, 1 for the first; the section number unless a report repeats numbers) to a theme
 *     pin: state-of-llms-2025#3
 *     theme: d-1a2b3c4d
 * </pre>
 * A missing or empty file means no overrides. A file that contradicts itself (two labels for one
 * theme, one theme merged into two) fails with a message naming the entry; an id the topic does
 * not have is only a warning of the run ({@link TopicThemes#warnings()}), as themes come and go.
 */
public final class ThemeOverridesFile {

    public static final String FILE = "theme-overrides.yml";

    private final Map<String, TopicOverrides> byTopic;

    private ThemeOverridesFile(Map<String, TopicOverrides> byTopic) {
        this.byTopic = Map.copyOf(byTopic);
    }

    public static final ThemeOverridesFile NONE = new ThemeOverridesFile(Map.of());

    /** {@code configDir/theme-overrides.yml}, or no overrides when there is none. */
    public static ThemeOverridesFile load(Path configDir) {
        if (configDir == null || !Files.isRegularFile(configDir.resolve(FILE))) {
            return NONE;
        }
        return from(YamlFile.read(configDir, FILE));
    }

    /** @throws io.trendreports.normalize.KnowledgeFileException naming the file and the entry */
    public static ThemeOverridesFile parse(String origin, String yaml) {
        return from(YamlFile.parse(origin, new java.io.StringReader(yaml)));
    }

    /** The overrides of one topic, {@link TopicOverrides#NONE} when it has none. */
    public TopicOverrides forTopic(String topic) {
        return byTopic.getOrDefault(topic, TopicOverrides.NONE);
    }

    private static ThemeOverridesFile from(YamlFile file) {
        if (file.isEmpty()) {
            return NONE;
        }
        Map<String, Builder> topics = new LinkedHashMap<>();
        int n = 0;
        for (Map<?, ?> entry : file.entries("overrides")) {
            n++;
            String where = "override #" + n;
            String topic = file.text(entry, "topic", where);
            Builder b = topics.computeIfAbsent(topic, t -> new Builder());
            int kinds = (entry.containsKey("rename") ? 1 : 0) + (entry.containsKey("merge") ? 1 : 0)
                    + (entry.containsKey("pin") ? 1 : 0);
            if (kinds != 1) {
                throw file.error(where + " must have exactly one of 'rename', 'merge' or 'pin', found " + kinds);
            }
            if (entry.containsKey("rename")) {
                String id = file.text(entry, "rename", where);
                put(file, b.renames, id, file.text(entry, "label", where), where + ": theme " + id + " is renamed twice");
            } else if (entry.containsKey("merge")) {
                String into = file.text(entry, "into", where);
                List<String> from = file.texts(entry, "merge", where);
                if (from.isEmpty()) {
                    throw file.error(where + " has an empty 'merge' list");
                }
                for (String id : from) {
                    if (id.equals(into)) {
                        throw file.error(where + ": theme " + id + " cannot be merged into itself");
                    }
                    put(file, b.merges, id, into, where + ": theme " + id + " is merged into two themes");
                }
            } else {
                String section = file.text(entry, "pin", where);
                put(file, b.pins, section, file.text(entry, "theme", where), where + ": section " + section
                        + " is pinned to two themes");
            }
        }
        Map<String, TopicOverrides> out = new HashMap<>();
        topics.forEach((t, b) -> out.put(t, new TopicOverrides(b.renames, b.merges, b.pins)));
        return new ThemeOverridesFile(out);
    }

    private static void put(YamlFile file, Map<String, String> map, String key, String value, String conflict) {
        String before = map.putIfAbsent(key, value);
        if (before != null && !before.equals(value)) {
            throw file.error(conflict + " ('" + before + "' and '" + value + "')");
        }
    }

    private static final class Builder {
        final Map<String, String> renames = new LinkedHashMap<>();
        final Map<String, String> merges = new LinkedHashMap<>();
        final Map<String, String> pins = new LinkedHashMap<>();
    }
}
