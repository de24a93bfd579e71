package io.trendreports.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.trendreports.model.Section;
import io.trendreports.model.SourceReport;
import io.trendreports.model.TrendRecord;

/** The two sample reports in {@code input/}, normalized with the shipped configuration. */
class SampleReportsNormalizationTest {

    private static SourceReport reference;
    private static SourceReport illustrative;
    private static List<TrendRecord> referenceRecords;
    private static List<TrendRecord> illustrativeRecords;

    @BeforeAll
    static void normalizeBoth() throws IOException {
        ReportNormalizer normalizer = new ReportNormalizer(KnowledgeBase.load(Path.of("config")),
                NormalizerSettings.defaults());
        reference = MarkdownSections.read(Path.of("input/ai-llm-trends-2024.md"), "llm-2024", "2024");
        illustrative = MarkdownSections.read(Path.of("input/ai-llm-trends-2023-illustrative.md"), "llm-2023", "2023");
        referenceRecords = normalizer.normalize(reference);
        illustrativeRecords = normalizer.normalize(illustrative);
        // for a human to eyeball: mvn test -Dtest=SampleReportsNormalizationTest
        print(referenceRecords);
        print(illustrativeRecords);
    }

    @Test
    void referenceSectionsLandOnTheirTenThemesInOrder() {
        assertThat(referenceRecords).extracting(TrendRecord::themeId).containsExactly(
                "model-scaling", "multimodal", "fine-tuning", "ethics-bias", "energy-efficiency", "open-source",
                "real-time", "regulation", "cross-lingual", "human-ai-collaboration");
        assertThat(referenceRecords).extracting(TrendRecord::themeLabel)
                .startsWith("Model scaling", "Multimodal capabilities");
    }

    @Test
    void differentlyWordedHeadingsStillFindTheirThemesAndHallucinationsIsOther() {
        assertThat(illustrativeRecords).extracting(TrendRecord::themeId).containsExactly(
                "model-scaling", "fine-tuning", "open-source", "ethics-bias", "regulation", "multimodal", "other");
        assertThat(illustrativeRecords.get(6).themeLabel()).isEqualTo("Other");
    }

    @Test
    void themeScoresAreConfidencesBetweenZeroAndOne() {
        assertThat(referenceRecords).allSatisfy(r -> assertThat(r.themeScore()).isBetween(0.0, 1.0));
        assertThat(referenceRecords).allSatisfy(r -> assertThat(r.themeScore()).isGreaterThan(0.5));
    }

    @Test
    void summariesAreOneOrTwoWholeSentencesOfTheBody() {
        for (List<TrendRecord> records : List.of(referenceRecords, illustrativeRecords)) {
            SourceReport report = records == referenceRecords ? reference : illustrative;
            for (TrendRecord r : records) {
                String body = flat(report.sections().get(r.sectionNo() - 1).body());
                List<String> bodySentences = SentenceSplitter.split(body, Locale.ENGLISH);
                List<String> summarySentences = SentenceSplitter.split(r.summary(), Locale.ENGLISH);
                assertThat(summarySentences).as("summary of section %d", r.sectionNo())
                        .hasSizeBetween(1, 2)
                        .allSatisfy(s -> assertThat(bodySentences).contains(s));
                assertThat(r.summary()).endsWith(".");
            }
        }
    }

    @Test
    void summaryOfAnExplicitTrendStatementIncludesIt() {
        assertThat(illustrativeRecords.get(1).summary())
                .contains("The main trend is that fine-tuning moved from research labs to everyday engineering teams");
    }

    @Test
    void summariesLeadWithTheSentenceThatCarriesTheClaim() {
        // issue 17: the specific sentences, not the framing and the closers
        assertThat(referenceRecords.get(0).summary()).startsWith("The emergence of models such as OpenAI's GPT-5 and "
                + "Google's PaLM 3, equipped with hundreds of billions of parameters");
        assertThat(referenceRecords.get(4).summary()).contains("GPU and TPU", "carbon footprint")
                .doesNotContain("positioning AI as a forward-thinking");
        assertThat(referenceRecords.get(7).summary()).contains("healthcare and finance", "data privacy, model explainability");
        assertThat(referenceRecords).allSatisfy(r -> assertThat(r.summary()).doesNotStartWith("For instance")
                .doesNotStartWith("Additionally").doesNotStartWith("Furthermore"));
    }

    @Test
    void metricsAreTheSectionsNumbersWithWhatTheyMeasure() {
        assertThat(referenceRecords.get(0).metrics()).containsExactly("hundreds of billions of parameters");
    }

    @Test
    void entitiesAreCanonicalNamesInOrderOfFirstMention() {
        assertThat(referenceRecords.get(0).entities()).containsExactly("OpenAI", "GPT-5", "Google", "PaLM 3");
        assertThat(referenceRecords.get(5).entities()).containsExactly("Hugging Face");
        assertThat(illustrativeRecords.get(2).entities())
                .containsExactly("Meta", "Llama 2", "Mistral AI", "Hugging Face");
        // the place and the law no list holds are found beside the catalogue's entity
        assertThat(illustrativeRecords.get(4).entities()).containsExactly("European Union", "United States", "AI Act");
        assertThat(illustrativeRecords.get(4).entityKinds()).containsExactly("organization", "place", "product");
    }

    @Test
    void sectorsAreFoundByKeyword() {
        assertThat(referenceRecords.get(0).sectors()).contains("education");
        assertThat(referenceRecords.get(7).sectors()).containsExactly("healthcare", "finance");
        assertThat(referenceRecords.get(1).sectors())
                .containsExactly("entertainment", "creative arts", "education", "marketing");
        assertThat(illustrativeRecords.get(6).sectors()).containsExactly("legal");
    }

    @Test
    void keyTermsNameTheSectionsSubject() {
        assertThat(String.join("|", referenceRecords.get(2).keyTerms()).toLowerCase(Locale.ROOT))
                .containsAnyOf("rlhf", "human feedback", "fine-tuning");
        assertThat(referenceRecords.get(4).keyTerms()).contains("energy efficiency", "carbon footprint");
        // an entity is listed among the entities, not again among the key terms (issue 17)
        assertThat(referenceRecords.get(5).keyTerms()).contains("open-source initiatives").doesNotContain("Hugging Face");
        assertThat(referenceRecords.get(0).keyTerms()).doesNotContain("OpenAI", "GPT-5", "Google", "PaLM 3");
        assertThat(illustrativeRecords.get(0).keyTerms()).contains("billion parameters", "scaling laws");
        assertThat(referenceRecords).allSatisfy(r -> assertThat(r.keyTerms()).hasSize(5).doesNotHaveDuplicates());
    }

    @Test
    void keyTermsIncludePhrasesWithInnerFunctionWordsAndNoGenericWords() {
        assertThat(referenceRecords.get(2).keyTerms()).contains("reinforcement learning from human feedback")
                .doesNotContain("reinforcement learning", "human feedback");
        assertThat(referenceRecords).allSatisfy(r -> assertThat(r.keyTerms()).as("section %d", r.sectionNo())
                .doesNotContain("language", "text", "models", "model", "has", "AI", "LLMs", "data"));
    }

    @Test
    void keyTermsDropWordsContainedInAChosenPhrase() {
        for (TrendRecord r : referenceRecords) {
            for (String term : r.keyTerms()) {
                for (String other : r.keyTerms()) {
                    if (!term.equals(other)) {
                        assertThat(other.toLowerCase(Locale.ROOT).split("[ -]"))
                                .as("%s vs %s in section %d", term, other, r.sectionNo())
                                .isNotEqualTo(term.toLowerCase(Locale.ROOT).split("[ -]"));
                        assertThat((" " + other.toLowerCase(Locale.ROOT) + " ").replace('-', ' '))
                                .doesNotContain(" " + term.toLowerCase(Locale.ROOT).replace('-', ' ') + " ");
                    }
                }
            }
        }
    }

    @Test
    void recordsCarryTheReportsIdentityAndDetectedLanguage() {
        TrendRecord first = referenceRecords.get(0);
        assertThat(first.reportId()).isEqualTo("llm-2024");
        assertThat(first.reportTitle()).isEqualTo("Comprehensive Report on AI LLMs Development in 2024");
        assertThat(first.period()).isEqualTo("2024");
        assertThat(first.sourceFile()).isEqualTo("ai-llm-trends-2024.md");
        assertThat(first.language()).isEqualTo("en");
        assertThat(referenceRecords).extracting(TrendRecord::sectionNo)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(first.sectionTitle()).isEqualTo("Continued Model Scaling");
    }

    @Test
    void wordCountsSentenceCountsAndSharesAddUp() {
        Section first = reference.sections().get(0);
        // "Continued Model Scaling" + the body; the tokenizer splits "GPT-5" and "large-scale" in two
        assertThat(referenceRecords.get(0).wordCount()).isBetween(120, 135);
        assertThat(referenceRecords.get(0).sentenceCount()).isEqualTo(5);
        assertThat(first.body()).isNotBlank();
        double sum = referenceRecords.stream().mapToDouble(TrendRecord::sharePct).sum();
        assertThat(sum).isBetween(99.95, 100.05);
        int words = referenceRecords.stream().mapToInt(TrendRecord::wordCount).sum();
        assertThat(referenceRecords.get(0).sharePct())
                .isEqualTo(Math.round(10000.0 * referenceRecords.get(0).wordCount() / words) / 100.0);
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static void print(List<TrendRecord> records) {
        for (TrendRecord r : records) {
            System.out.printf(Locale.ROOT, "%s #%d %s -> %s (%.2f) [%s] words=%d sentences=%d share=%.2f%%%n"
                            + "   summary:  %s%n   terms:    %s%n   entities: %s%n   sectors:  %s%n",
                    r.reportId(), r.sectionNo(), r.sectionTitle(), r.themeId(), r.themeScore(), r.language(),
                    r.wordCount(), r.sentenceCount(), r.sharePct(), r.summary(), r.keyTerms(), r.entities(),
                    r.sectors());
        }
    }
}
