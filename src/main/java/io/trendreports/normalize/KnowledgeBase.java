package io.trendreports.normalize;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The domain knowledge the normalizer applies: themes, entities and sectors, each from its own
 * analyst-edited YAML file.
 */
public record KnowledgeBase(Taxonomy taxonomy, EntityCatalog entities, SectorCatalog sectors) {

    private static final List<String> FILES = List.of(Taxonomy.FILE, EntityCatalog.FILE, SectorCatalog.FILE);

    public KnowledgeBase {
        Objects.requireNonNull(taxonomy, "taxonomy");
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(sectors, "sectors");
    }

    /**
     * Reads {@code taxonomy.yml}, {@code entities.yml} and {@code sectors.yml} from
     * {@code configDir}, falling back per file to the copy bundled at the classpath root.
     *
     * @param configDir folder with the analyst's files; may be {@code null} or missing
     * @throws KnowledgeFileException naming the file and what is wrong with it
     */
    public static KnowledgeBase load(Path configDir) {
        return new KnowledgeBase(
                Taxonomy.from(YamlFile.parse(KnowledgeFile.read(configDir, Taxonomy.FILE))),
                EntityCatalog.from(YamlFile.parse(KnowledgeFile.read(configDir, EntityCatalog.FILE))),
                SectorCatalog.from(YamlFile.parse(KnowledgeFile.read(configDir, SectorCatalog.FILE))));
    }

    /** The files {@link #load} reads, as it reads them: what a run's outputs depend on besides settings. */
    public static List<KnowledgeFile> files(Path configDir) {
        return FILES.stream().map(name -> KnowledgeFile.read(configDir, name)).toList();
    }
}
