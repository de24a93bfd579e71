package io.trendreports.themes;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import io.trendreports.model.Section;
import io.trendreports.model.SourceReport;
import io.trendreports.model.TrendRecord;
import io.trendreports.normalize.ReportNormalizer;
import io.trendreports.source.LoadedFile;
import io.trendreports.source.MarkdownReportParser;
import io.trendreports.source.Sha256;

/**
 * A labelled set for theme discovery: {@code labels.yml} beside the reports, read by the project's
 * own Markdown parser so that sections are what the job would see. Topic, then file, then the
 * sections as {@code [trend, title]} (see {@code src/test/resources/themes/labels.yml}).
 */
record LabelledSet(Map<String, List<LabelledSection>> topics) {

    /** One section with the trend an analyst says it is about. */
    record LabelledSection(ThemeSection section, String trend) {
    }

    static final Path BUNDLED = Path.of("src/test/resources/themes");

    static LabelledSet bundled() {
        return read(BUNDLED, null);
    }

    /**
     * @param normalizer when given, each section is what the store keeps of it (title, summary,
     *                   key terms and entities of the normalized record) instead of its body
     */
    @SuppressWarnings("unchecked")
    static LabelledSet read(Path folder, ReportNormalizer normalizer) {
        Map<String, Object> root;
        try (Reader r = Files.newBufferedReader(folder.resolve("labels.yml"), StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read labels in " + folder, e);
        }
        MarkdownReportParser parser = new MarkdownReportParser();
        Map<String, List<LabelledSection>> topics = new LinkedHashMap<>();
        for (Map.Entry<String, Object> topic : root.entrySet()) {
            List<LabelledSection> sections = new ArrayList<>();
            Map<String, Object> files = (Map<String, Object>) topic.getValue();
            for (Map.Entry<String, Object> file : files.entrySet()) {
                Map<String, Object> entry = (Map<String, Object>) file.getValue();
                String language = String.valueOf(entry.get("language"));
                List<List<String>> expected = (List<List<String>>) entry.get("sections");
                Path path = folder.resolve(topic.getKey()).resolve(file.getKey());
                SourceReport report = parse(parser, path, language);
                List<Section> parsed = report.sections();
                List<TrendRecord> records = normalizer == null ? null : normalizer.normalize(report);
                if (parsed.size() != expected.size()) {
                    throw new IllegalStateException(path + ": labels list " + expected.size() + " sections, the parser found "
                            + parsed.size() + ": " + parsed.stream().map(Section::title).toList());
                }
                String reportId = file.getKey().replaceFirst("\\.md$", "");
                for (int i = 0; i < parsed.size(); i++) {
                    Section s = parsed.get(i);
                    if (!s.title().equals(expected.get(i).get(1))) {
                        throw new IllegalStateException(path + " section " + (i + 1) + ": labelled '" + expected.get(i).get(1)
                                + "', parsed '" + s.title() + "'");
                    }
                    ThemeSection section = records == null
                            ? new ThemeSection(reportId + "#" + s.number(), reportId, s.title(), s.body(), language, List.of())
                            : fromRecord(records.get(i), reportId + "#" + s.number(), reportId);
                    sections.add(new LabelledSection(section, expected.get(i).get(0)));
                }
            }
            topics.put(topic.getKey(), List.copyOf(sections));
        }
        return new LabelledSet(topics);
    }

    static ThemeSection fromRecord(TrendRecord r, String id, String reportId) {
        List<String> terms = new ArrayList<>(r.keyTerms());
        terms.addAll(r.entities());
        return new ThemeSection(id, reportId, r.sectionTitle(), r.summary(), r.language(), terms);
    }

    private static SourceReport parse(MarkdownReportParser parser, Path path, String language) {
        try {
            byte[] bytes = Files.readAllBytes(path);
            String text = new String(bytes, StandardCharsets.UTF_8);
            LoadedFile file = new LoadedFile(path.getFileName().toString(), Sha256.hex(bytes), text);
            SourceReport r = parser.parse(file, path.getFileName().toString().replaceFirst("\\.md$", "")).report();
            return new SourceReport(r.reportId(), r.sourceFile(), r.sourceSha256(), r.title(), r.period(), language,
                    r.sections(), r.notes());
        } catch (Exception e) {
            throw new IllegalStateException("cannot parse " + path + ": " + e, e);
        }
    }
}
