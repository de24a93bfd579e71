package io.trendreports.normalize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import io.trendreports.model.Theme;

/**
 * Every taxonomy: {@code taxonomy.yml} (the analyst's, else the bundled one) and any
 * {@code taxonomy-<name>.yml} beside it in the config folder, each for the topics it names. A
 * report only gets themes from the taxonomies for its topic.
 */
public final class Taxonomies {

    private static final String EXTRA_PREFIX = "taxonomy-";

    private final List<Taxonomy> all;
    /** Merged once per set of taxonomies, so that topics with the same taxonomies share one instance. */
    private final Map<String, Taxonomy> merged = new ConcurrentHashMap<>();

    public Taxonomies(List<Taxonomy> all) {
        this.all = List.copyOf(all);
    }

    public List<Taxonomy> all() {
        return all;
    }

    /**
     * The themes of the taxonomies that apply to {@code topic}, merged, {@code other} last; the
     * same instance for every topic with the same taxonomies. Only {@code other} when none applies.
     */
    public Taxonomy forTopic(Topic topic) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).appliesTo(topic)) {
                key.append(i).append(',');
            }
        }
        return merged.computeIfAbsent(key.toString(), k -> merge(all.stream().filter(t -> t.appliesTo(topic))
                .toList()));
    }

    /** Every taxonomy's themes, merged in file order, {@code other} last. */
    public Taxonomy merged() {
        return merged.computeIfAbsent("*", k -> merge(all));
    }

    public List<Theme> themes() {
        return merged().themes();
    }

    private static Taxonomy merge(List<Taxonomy> taxonomies) {
        if (taxonomies.size() == 1) {
            return taxonomies.get(0);
        }
        List<ThemeDefinition> definitions = new ArrayList<>();
        taxonomies.forEach(t -> definitions.addAll(t.classifiable()));
        return new Taxonomy(definitions);
    }

    /** The file names of the taxonomies in the config folder, {@code taxonomy.yml} first. */
    static List<String> fileNames(Path configDir) {
        List<String> names = new ArrayList<>(List.of(Taxonomy.FILE));
        if (configDir != null && Files.isDirectory(configDir)) {
            try (Stream<Path> files = Files.list(configDir)) {
                files.map(f -> f.getFileName().toString())
                        .filter(n -> n.startsWith(EXTRA_PREFIX) && n.endsWith(".yml"))
                        .sorted()
                        .forEach(names::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + configDir + ": " + e.getMessage(), e);
            }
        }
        return names;
    }

    static Taxonomies from(List<KnowledgeFile> files) {
        List<Taxonomy> taxonomies = new ArrayList<>();
        Map<String, String> themeFile = new HashMap<>();
        for (KnowledgeFile file : files) {
            YamlFile yaml = YamlFile.parse(file);
            Taxonomy taxonomy = Taxonomy.from(yaml);
            for (ThemeDefinition d : taxonomy.classifiable()) {
                String before = themeFile.putIfAbsent(d.id(), file.origin());
                if (before != null) {
                    throw yaml.error("theme id '" + d.id() + "' is also defined in " + before
                            + "; theme ids must be unique across taxonomies");
                }
            }
            taxonomies.add(taxonomy);
        }
        return new Taxonomies(taxonomies);
    }
}
