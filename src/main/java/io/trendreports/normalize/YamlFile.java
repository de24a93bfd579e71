package io.trendreports.normalize;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * One parsed knowledge file plus the helpers that turn its untyped tree into records, each
 * failing with a message that names the file and the offending entry.
 */
public final class YamlFile {

    private final String origin;
    private final Object root;

    private YamlFile(String origin, Object root) {
        this.origin = origin;
        this.root = root;
    }

    /** Reads {@code configDir/name} when it exists, else the copy bundled at the classpath root. */
    public static YamlFile read(Path configDir, String name) {
        return parse(KnowledgeFile.read(configDir, name));
    }

    static YamlFile parse(KnowledgeFile file) {
        return parse(file.origin(), new InputStreamReader(new ByteArrayInputStream(file.content()),
                StandardCharsets.UTF_8));
    }

    public static YamlFile parse(String origin, Reader reader) {
        // SafeConstructor: an analyst-edited file must never instantiate arbitrary classes
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        try {
            return new YamlFile(origin, yaml.load(reader));
        } catch (YAMLException e) {
            throw new KnowledgeFileException(origin, "is not valid YAML: " + e.getMessage().strip(), e);
        }
    }

    /** Whether the file holds nothing at all (empty, or only comments). */
    public boolean isEmpty() {
        return root == null;
    }

    public String origin() {
        return origin;
    }

    public KnowledgeFileException error(String problem) {
        return new KnowledgeFileException(origin, problem);
    }

    /** The list under the top-level {@code key}, each element a mapping. */
    public List<Map<?, ?>> entries(String key) {
        if (!(root instanceof Map<?, ?> map)) {
            throw error("expected a mapping with a top-level '" + key + ":' list, found "
                    + (root == null ? "an empty file" : describe(root)));
        }
        Object value = map.get(key);
        if (!(value instanceof List<?> list)) {
            throw error("expected a top-level '" + key + ":' list, found "
                    + (value == null ? "none" : describe(value)));
        }
        List<Map<?, ?>> entries = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> entry)) {
                throw error(key + " entry #" + (i + 1) + " must be a mapping (e.g. {name: ..}), found "
                        + describe(list.get(i)));
            }
            entries.add(entry);
        }
        return entries;
    }

    /** An optional top-level list of texts ({@code topics: [ai-llms]}). */
    List<String> topLevelTexts(String key) {
        return root instanceof Map<?, ?> map ? texts(map, key, "top-level '" + key + "'") : List.of();
    }

    /** A required, non-blank text field of an entry. */
    public String text(Map<?, ?> entry, String field, String where) {
        Object value = entry.get(field);
        if (value == null || value instanceof Map || value instanceof List || value.toString().isBlank()) {
            throw error(where + " has no '" + field + "'" + (value == null ? "" : " (found " + describe(value) + ")"));
        }
        if (value instanceof Boolean) {
            throw error(where + ": '" + field + "' was read as the boolean " + value
                    + "; put the text in quotes");
        }
        return value.toString().strip();
    }

    /** An optional list of non-blank texts; a single text is accepted as a one-element list. */
    public List<String> texts(Map<?, ?> entry, String field, String where) {
        Object value = entry.get(field);
        if (value == null) {
            return List.of();
        }
        List<?> items = value instanceof List<?> list ? list : List.of(value);
        List<String> texts = new ArrayList<>();
        for (Object item : items) {
            if (item == null || item instanceof Map || item instanceof List || item.toString().isBlank()) {
                throw error(where + ": '" + field + "' must be a list of texts, found " + describe(item));
            }
            if (item instanceof Boolean) {
                // YAML 1.1 reads yes/no/on/off as booleans; silently turning them into "true" would be wrong
                throw error(where + ": '" + field + "' contains the boolean " + item + "; put the word in quotes");
            }
            texts.add(item.toString().strip());
        }
        return List.copyOf(texts);
    }

    private static String describe(Object value) {
        if (value == null) {
            return "nothing";
        }
        if (value instanceof Map) {
            return "a mapping";
        }
        if (value instanceof List) {
            return "a list";
        }
        String text = value.toString();
        return "'" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "'";
    }
}
