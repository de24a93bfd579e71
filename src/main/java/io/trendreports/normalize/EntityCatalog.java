package io.trendreports.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The entities of {@code entities.yml} in file order. */
public record EntityCatalog(List<EntityDefinition> entities) {

    public static final String FILE = "entities.yml";

    public EntityCatalog {
        entities = List.copyOf(entities);
    }

    static EntityCatalog from(YamlFile file) {
        List<EntityDefinition> entities = new ArrayList<>();
        // one spelling must not point at two entities, or matching would depend on file order
        Map<String, String> owner = new HashMap<>();
        int n = 0;
        for (Map<?, ?> entry : file.entries("entities")) {
            n++;
            String name = file.text(entry, "name", "entity #" + n);
            String where = "entity '" + name + "'";
            Object type = entry.get("type");
            EntityDefinition entity = new EntityDefinition(name,
                    type == null ? "" : file.text(entry, "type", where), file.texts(entry, "aliases", where));
            for (String spelling : entity.spellings()) {
                String previous = owner.putIfAbsent(spelling, name);
                if (previous != null && !previous.equals(name)) {
                    throw file.error("'" + spelling + "' is listed for both '" + previous + "' and '" + name + "'");
                }
            }
            entities.add(entity);
        }
        return new EntityCatalog(entities);
    }
}
