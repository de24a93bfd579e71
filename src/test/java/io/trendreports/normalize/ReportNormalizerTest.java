package io.trendreports.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.trendreports.model.Section;
import io.trendreports.model.SourceReport;
import io.trendreports.model.TrendRecord;

class ReportNormalizerTest {

    private static final KnowledgeBase KB = KnowledgeBase.load(Path.of("config"));
    private final ReportNormalizer normalizer = new ReportNormalizer(KB, NormalizerSettings.defaults());

    private static SourceReport report(String language, Section... sections) {
        return new SourceReport("r", "r.md", "ab".repeat(32), "Report", "2025", language, List.of(sections), List.of(),
                "AI LLMs");
    }

    @Test
    void frenchReportIsDetectedAndClassifiedWithFrenchStemming() {
        List<TrendRecord> records = normalizer.normalize(report("", new Section(1, "Réglementation de l'IA",
                "Les gouvernements préparent une réglementation des modèles de langue. "
                        + "La Commission européenne veut des règles pour la santé et la finance. "
                        + "Les entreprises doivent se préparer dès maintenant.")));
        assertThat(records.get(0).language()).isEqualTo("fr");
        assertThat(records.get(0).themeId()).isEqualTo("regulation");
        assertThat(records.get(0).sectors()).contains("healthcare");
    }

    @Test
    void germanReportIsDetected() {
        List<TrendRecord> records = normalizer.normalize(report("", new Section(1, "Energieeffizienz",
                "Die Rechenzentren verbrauchen immer mehr Energie. Deshalb suchen die Hersteller nach "
                        + "sparsamen Chips, und die Forschung arbeitet an kleineren Modellen für das Gesundheitswesen.")));
        assertThat(records.get(0).language()).isEqualTo("de");
        assertThat(records.get(0).themeId()).isEqualTo("energy-efficiency");
        // "Forschung" is research since sectors.yml has German keywords
        assertThat(records.get(0).sectors()).containsExactly("research", "healthcare");
    }

    @Test
    void spanishReportIsDetected() {
        List<TrendRecord> records = normalizer.normalize(report("", new Section(1, "Modelos multilingües",
                "Los modelos de lenguaje son cada vez más capaces de traducir entre idiomas. "
                        + "Las empresas usan la traducción automática para llegar a nuevos mercados.")));
        assertThat(records.get(0).language()).isEqualTo("es");
        assertThat(records.get(0).themeId()).isEqualTo("cross-lingual");
    }

    @Test
    void languageGivenByTheReportIsKept() {
        List<TrendRecord> records = normalizer.normalize(report("en-GB", new Section(1, "Scaling",
                "Die Modelle werden größer und die Kosten steigen.")));
        assertThat(records.get(0).language()).isEqualTo("en-GB");
    }

    @Test
    void sectionWithoutKeywordsIsOtherWithFullConfidence() {
        List<TrendRecord> records = normalizer.normalize(report("", new Section(1, "Quarterly Outlook",
                "Analysts expect the market to grow steadily over the next quarters. "
                        + "Prices are stable and demand is healthy.")));
        assertThat(records.get(0).themeId()).isEqualTo("other");
        assertThat(records.get(0).themeLabel()).isEqualTo("Other");
        assertThat(records.get(0).themeScore()).isEqualTo(1.0);
    }

    @Test
    void headingKeywordOutweighsPassingMentionsInTheBody() {
        List<TrendRecord> records = normalizer.normalize(report("en", new Section(1, "Open Source Momentum",
                "Teams now share weights; images and audio are mentioned here in passing.")));
        assertThat(records.get(0).themeId()).isEqualTo("open-source");
    }

    @Test
    void raisingTheThresholdTurnsWeakMatchesIntoOther() {
        NormalizerSettings strict = new NormalizerSettings(50, 4, 2, 5);
        List<TrendRecord> records = new ReportNormalizer(KB, strict).normalize(report("en",
                new Section(1, "Multimodal models", "Models read images and audio.")));
        assertThat(records.get(0).themeId()).isEqualTo("other");
        assertThat(records.get(0).themeScore()).isBetween(0.0, 1.0);
    }

    @Test
    void longFirstSentenceIsASummaryOnItsOwn() {
        String longSentence = "Multimodal models that combine text, images, audio and video in one network are "
                + "spreading quickly through products for education, entertainment and marketing, because they "
                + "let users ask questions about pictures, diagrams, charts and screenshots in plain language.";
        List<TrendRecord> records = normalizer.normalize(report("en", new Section(1, "Multimodal models",
                longSentence + " Multimodal models are costly. Costs fall every year.")));
        assertThat(records.get(0).summary()).isEqualTo(longSentence);
    }

    @Test
    void oneSentenceSummaryWhenSettingsAskForIt() {
        NormalizerSettings one = new NormalizerSettings(2, 4, 1, 3);
        List<TrendRecord> records = new ReportNormalizer(KB, one).normalize(report("en",
                new Section(1, "Energy", "Energy use grows. Energy efficiency matters. Chips get efficient.")));
        assertThat(SentenceSplitter.split(records.get(0).summary(), java.util.Locale.ENGLISH)).hasSize(1);
        assertThat(records.get(0).keyTerms()).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void sectionTitleIsSearchedForEntitiesFirst() {
        List<TrendRecord> records = normalizer.normalize(report("en", new Section(1, "What GPT 5 Means",
                "OpenAI released it. Then OpenAI's rivals responded.")));
        assertThat(records.get(0).entities()).containsExactly("GPT-5", "OpenAI");
    }

    @Test
    void hostileTextNeverCrashes() {
        String huge = "Scaling models 🚀 needs compute. ".repeat(1700);
        List<TrendRecord> records = normalizer.normalize(report("", new Section(1, "=cmd|' /C calc'!A0", ""),
                new Section(2, "大型语言模型", "大型语言模型正在快速发展。它们需要大量的计算资源。"),
                new Section(3, "Control\u0000chars\u0007", "Text with \u0000 nulls\u001b[31m and \uFFFF junk."),
                new Section(4, "Huge", huge),
                new Section(5, "🚀🚀🚀", "🚀 🚀 🚀")));
        assertThat(records).hasSize(5);
        assertThat(records.get(0).summary()).isEmpty();
        assertThat(records.get(0).themeId()).isEqualTo("other");
        assertThat(records.get(1).wordCount()).isPositive();
        assertThat(records.get(1).summary()).startsWith("大型语言模型");
        assertThat(records.get(3).themeId()).isEqualTo("model-scaling");
        assertThat(records.get(3).summary().length()).isLessThan(200);
        assertThat(records.get(4).wordCount()).isZero();
        assertThat(records.stream().mapToDouble(TrendRecord::sharePct).sum()).isBetween(99.9, 100.1);
    }

    @Test
    void reportWithoutSectionsGivesNoRecords() {
        assertThat(normalizer.normalize(report("", new Section[0]))).isEmpty();
    }

    @Test
    void concurrentCallsGiveTheSameRecordsAsSequentialOnes() throws Exception {
        SourceReport a = MarkdownSections.read(Path.of("input/ai-llm-trends-2024.md"), "a", "2024");
        SourceReport b = MarkdownSections.read(Path.of("input/ai-llm-trends-2023-illustrative.md"), "b", "2023");
        List<TrendRecord> expectedA = normalizer.normalize(a);
        List<TrendRecord> expectedB = normalizer.normalize(b);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<TrendRecord>>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                SourceReport r = i % 2 == 0 ? a : b;
                futures.add(pool.submit(() -> normalizer.normalize(r)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(i % 2 == 0 ? expectedA : expectedB);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
