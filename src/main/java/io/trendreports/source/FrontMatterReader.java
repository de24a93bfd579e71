package io.trendreports.source;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads the YAML inside a front matter block with a real YAML parser (flexmark only finds the
 * block). A broken block is reported, never fatal: its plain {@code key: value} lines are still
 * read, and the report is parsed from its body.
 */
public final class FrontMatterReader {

    private static final Pattern PLAIN_PAIR =
            Pattern.compile("^([A-Za-z][\\w-]*)\\s*[:=]\\s*(.*)$");

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
                    values.put(k.toString().toLowerCase(Locale.ROOT), v);
                }
            });
            return new FrontMatter(values, "");
        } catch (YAMLException e) {
            String first = e.getMessage() == null ? "unreadable YAML" : e.getMessage().lines().findFirst().orElse("");
            Map<String, Object> plain = plainPairs(yaml);
            return new FrontMatter(plain, "front matter is not valid YAML (" + first.strip() + "); "
                    + (plain.isEmpty() ? "ignored" : "read its plain 'key: value' lines: " + String.join(", ", plain.keySet())));
        }
    }

    /**
     * The top-level {@code key: value} (or TOML-style {@code key = "value"}) lines of a block that
     * is not valid YAML: one bad line elsewhere in the block should not cost the report its title,
     * date or language.
     */
    static Map<String, Object> plainPairs(String block) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String line : block.lines().toList()) {
            Matcher m = PLAIN_PAIR.matcher(line);
            if (m.matches()) {
                String value = unquote(m.group(2).strip());
                if (!value.isEmpty() && !value.startsWith("[") && !value.startsWith("{")) {
                    values.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), value);
                }
            }
        }
        return values;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1).strip();
        }
        return value;
    }
}
