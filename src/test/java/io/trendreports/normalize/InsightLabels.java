package io.trendreports.normalize;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The hand labels of a folder of reports ({@code labels.yml} beside them; see the file's header):
 * per section the sentences a reader picks as its summary, the key phrases, entities and metrics.
 */
record InsightLabels(Path folder, List<Report> reports) {

    record Report(String file, String language, List<SectionLabel> sections) {
        boolean holdout() {
            return file.startsWith("holdout/");
        }
    }

    /** {@code entities} entries may hold alternatives, "European Central Bank|ECB". */
    record SectionLabel(String title, List<String> best, List<String> phrases, List<String> entities,
                        List<String> metrics) {
    }

    @SuppressWarnings("unchecked")
    static InsightLabels read(Path folder) throws IOException {
        Map<String, Map<String, Object>> raw;
        try (InputStream in = Files.newInputStream(folder.resolve("labels.yml"))) {
            raw = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
        List<Report> reports = new ArrayList<>();
        raw.forEach((file, report) -> {
            List<SectionLabel> sections = new ArrayList<>();
            for (Map<String, Object> s : (List<Map<String, Object>>) report.get("sections")) {
                sections.add(new SectionLabel(String.valueOf(s.get("title")), texts(s.get("best")),
                        texts(s.get("phrases")), texts(s.get("entities")), texts(s.get("metrics"))));
            }
            reports.add(new Report(file, String.valueOf(report.getOrDefault("language", "")), sections));
        });
        return new InsightLabels(folder, reports);
    }

    private static List<String> texts(Object value) {
        if (value == null) {
            return List.of();
        }
        return ((List<?>) value).stream().map(String::valueOf).toList();
    }
}
