package io.trendreports.normalize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The sectors of {@code sectors.yml} in file order. */
public record SectorCatalog(List<SectorDefinition> sectors) {

    public static final String FILE = "sectors.yml";

    public SectorCatalog {
        sectors = List.copyOf(sectors);
    }

    static SectorCatalog from(YamlFile file) {
        List<SectorDefinition> sectors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int n = 0;
        for (Map<?, ?> entry : file.entries("sectors")) {
            n++;
            String id = file.text(entry, "id", "sector #" + n);
            String where = "sector '" + id + "'";
            if (!ids.add(id)) {
                throw file.error("sector id '" + id + "' appears more than once");
            }
            Object label = entry.get("label");
            List<String> keywords = file.texts(entry, "keywords", where);
            if (keywords.isEmpty()) {
                throw file.error(where + " has no keywords");
            }
            for (String keyword : keywords) {
                if (keyword.replace("*", "").isBlank() || keyword.indexOf('*') != keyword.length() - 1
                        && keyword.contains("*")) {
                    throw file.error(where + ": keyword '" + keyword + "' may only have '*' at its end");
                }
            }
            sectors.add(new SectorDefinition(id, label == null ? id : file.text(entry, "label", where), keywords));
        }
        return new SectorCatalog(sectors);
    }
}
