package io.trendreports.source;

import java.util.LinkedHashMap;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads the YAML inside a front matter block with a real YAML parser (flexmark only finds the
 * block). A broken block is reported, never fatal: the report is still parsed from its body.
 */
public final class FrontMatterReader {

    public FrontMatter read(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setAllowDuplicateKeys(true);
        options.setCodePointLimit(64 * 1024);
        try {
            Object loaded = new Yaml(new SafeConstructor(options)).load(yaml);
            if (loaded == null) {
                return FrontMatter.NONE;
            }
            if (!(loaded instanceof Map<?, ?> map)) {
                return new FrontMatter(Map.of(), "front matter is not a set of key: value pairs");
            }
            Map<String, Object> values = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                if (k != null && v != null) {
                    values.put(k.toString().toLowerCase(java.util.Locale.ROOT), v);
                }
            });
            return new FrontMatter(values, "");
        } catch (YAMLException e) {
            String first = e.getMessage() == null ? "unreadable YAML" : e.getMessage().lines().findFirst().orElse("");
            return new FrontMatter(Map.of(), "front matter ignored, invalid YAML: " + first.strip());
        }
    }
}
