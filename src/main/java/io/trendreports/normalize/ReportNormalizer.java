package io.trendreports.normalize;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.trendreports.model.Section;
import io.trendreports.model.SourceReport;
import io.trendreports.model.TrendRecord;

/**
 * Turns a parsed report into one {@link TrendRecord} per section: topic, theme (from the
 * taxonomies for the report's topic), summary, key terms, entities, sectors and size.
 *
 * <p>Everything expensive is built once: compiled patterns here, and per language (Lucene
 * analyzers, stemmed keyword tables) when the first report in that language comes along, then
 * shared; {@link #normalize} keeps no other state between calls, so one instance can serve several
 * threads.
 */
public final class ReportNormalizer {

    private final LanguageProfiles languages;
    private final LanguageDetector languageDetector;
    private final KnowledgeBase kb;
    private final NormalizerSettings settings;
    /** One classifier per set of taxonomies (the merged taxonomy instance), shared by its topics. */
    private final Map<Taxonomy, ThemeClassifier> classifiers = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Summarizer summarizer;
    private final KeyTermExtractor keyTermExtractor;
    private final EntityExtractor entityExtractor;
    private final SectorExtractor sectorExtractor;

    public ReportNormalizer(KnowledgeBase kb, NormalizerSettings settings) {
        Objects.requireNonNull(kb, "kb");
        Objects.requireNonNull(settings, "settings");
        this.languages = new LanguageProfiles();
        this.languageDetector = new LanguageDetector();
        this.kb = kb;
        this.settings = settings;
        this.summarizer = new Summarizer(settings.summaryMaxSentences());
        this.keyTermExtractor = new KeyTermExtractor(settings.keyTerms(), kb);
        this.entityExtractor = new EntityExtractor(kb.entities());
        this.sectorExtractor = new SectorExtractor(kb.sectors());
    }

    public List<TrendRecord> normalize(SourceReport report) {
        List<Section> sections = report.sections();
        String language = language(report);
        Topic topic = kb.topics().of(report);
        Taxonomy taxonomy = kb.taxonomies().forTopic(topic);
        ThemeClassifier themeClassifier = classifiers.computeIfAbsent(taxonomy, t -> new ThemeClassifier(t, settings));
        LanguageProfile profile = languages.of(language);

        List<KeyTermExtractor.SectionText> texts = sections.stream()
                .map(s -> new KeyTermExtractor.SectionText(text(s.title()), text(s.body()))).toList();
        List<String> prose = new ArrayList<>(sections.stream().map(s -> text(s.body())).toList());
        prose.addAll(report.notes());
        ReportWords reportWords = ReportWords.of(prose);
        List<List<EntityExtractor.Entity>> entities = sections.stream()
                .map(s -> entityExtractor.extract(text(s.title()), text(s.body()), language, reportWords)).toList();
        List<List<String>> metrics = sections.stream().map(s -> MetricExtractor.extract(text(s.body()))).toList();
        List<List<String>> keyTerms = keyTermExtractor.extract(texts, profile,
                entities.stream().map(e -> e.stream().map(EntityExtractor.Entity::name).toList()).toList(), metrics);
        // a line break always separates words, so heading and body are counted apart (and their
        // tokens, just produced for the key terms, are reused)
        int[] words = sections.stream()
                .mapToInt(s -> profile.wordCount(text(s.title())) + profile.wordCount(text(s.body()))).toArray();
        long totalWords = 0;
        for (int w : words) {
            totalWords += w;
        }

        List<TrendRecord> records = new ArrayList<>(sections.size());
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            String title = text(section.title());
            String body = text(section.body());
            ThemeMatch theme = themeClassifier.classify(title, body, profile);
            List<String> sentences = SentenceSplitter.split(body, profile.locale());
            // the title is searched too, but first, so that it leads the order of first mention
            String titleAndBody = title + "\n\n" + body;
            List<String> entityNames = entities.get(i).stream().map(EntityExtractor.Entity::name).toList();
            List<String> sectors = sectorExtractor.extract(titleAndBody);
            String summary = summarizer.summarize(title, sentences, profile,
                    new SentenceSpecificity.SectionFacts(entityNames, metrics.get(i), sectors));
            records.add(new TrendRecord(report.reportId(), report.title(), report.period(), language,
                    report.sourceFile(), report.sourceSha256(), section.number(), title,
                    theme.theme().id(), theme.theme().label(), round(theme.confidence(), 4), summary,
                    keyTerms.get(i), entityNames, sectors,
                    words[i], sentences.size(), totalWords == 0 ? 0 : round(100.0 * words[i] / totalWords, 2),
                    topic.id(), topic.label(), TrendRecord.FROM_TAXONOMY, metrics.get(i),
                    entities.get(i).stream().map(EntityExtractor.Entity::kind).toList()));
        }
        return records;
    }

    private String language(SourceReport report) {
        if (report.language() != null && !report.language().isBlank()) {
            return report.language().strip();
        }
        return languageDetector.detect(report);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
