package io.trendreports.normalize;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The domain knowledge the normalizer applies: themes, entities and sectors, each from its own
 * analyst-edited YAML file.
 */
public record KnowledgeBase(Taxonomy taxonomy, EntityCatalog entities, SectorCatalog sectors) {

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
                Taxonomy.from(YamlFile.read(configDir, Taxonomy.FILE)),
                EntityCatalog.from(YamlFile.read(configDir, EntityCatalog.FILE)),
                SectorCatalog.from(YamlFile.read(configDir, SectorCatalog.FILE)));
    }
}
