package io.trendreports.normalize;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The domain knowledge the normalizer applies: topics, the taxonomies of themes for them,
 * entities and sectors, each from its own analyst-edited YAML file.
 */
public record KnowledgeBase(Taxonomies taxonomies, EntityCatalog entities, SectorCatalog sectors,
                            TopicCatalog topics) {

    public KnowledgeBase {
        Objects.requireNonNull(taxonomies, "taxonomies");
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(sectors, "sectors");
        Objects.requireNonNull(topics, "topics");
    }

    /**
     * Reads {@code topics.yml}, the taxonomies, {@code entities.yml} and {@code sectors.yml} from
     * {@code configDir}, falling back per file to the copy bundled at the classpath root.
     *
     * @param configDir folder with the analyst's files; may be {@code null} or missing
     * @throws KnowledgeFileException naming the file and what is wrong with it
     */
    public static KnowledgeBase load(Path configDir) {
        List<KnowledgeFile> taxonomies = Taxonomies.fileNames(configDir).stream()
                .map(name -> KnowledgeFile.read(configDir, name)).toList();
        return new KnowledgeBase(
                Taxonomies.from(taxonomies),
                EntityCatalog.from(YamlFile.parse(KnowledgeFile.read(configDir, EntityCatalog.FILE))),
                SectorCatalog.from(YamlFile.parse(KnowledgeFile.read(configDir, SectorCatalog.FILE))),
                TopicCatalog.from(YamlFile.parse(KnowledgeFile.read(configDir, TopicCatalog.FILE))));
    }

    /** The files {@link #load} reads, as it reads them: what a run's outputs depend on besides settings. */
    public static List<KnowledgeFile> files(Path configDir) {
        List<String> names = new ArrayList<>(Taxonomies.fileNames(configDir));
        names.addAll(List.of(EntityCatalog.FILE, SectorCatalog.FILE, TopicCatalog.FILE));
        return names.stream().map(name -> KnowledgeFile.read(configDir, name)).toList();
    }

    /** Every taxonomy's themes together, {@code other} last. */
    public Taxonomy taxonomy() {
        return taxonomies.merged();
    }
}
