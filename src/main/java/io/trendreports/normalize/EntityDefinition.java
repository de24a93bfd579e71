package io.trendreports.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * A named organization, model or product; {@code aliases} are other spellings that map to
 * {@code name}.
 */
public record EntityDefinition(String name, String type, List<String> aliases) {

    public EntityDefinition {
        aliases = List.copyOf(aliases);
    }

    /** The canonical name followed by every alias. */
    public List<String> spellings() {
        List<String> all = new ArrayList<>();
        all.add(name);
        all.addAll(aliases);
        return all;
    }
}
