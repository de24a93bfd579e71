package io.trendreports.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.trendreports.model.Section;
import io.trendreports.model.SourceReport;
import io.trendreports.model.TrendRecord;

/**
 * Reports in languages beyond the five the taxonomy is written for, from
 * {@code src/test/resources/normalize/multilingual/}: word counts, sentences and key terms must
 * make sense for text without spaces, and stemming must be the language's own.
 */
class MultilingualRecordsTest {

    private static final Path DIR = Path.of("src/test/resources/normalize/multilingual");
    private static final ReportNormalizer NORMALIZER = new ReportNormalizer(KnowledgeBase.load(Path.of("config")),
            NormalizerSettings.defaults());

    static List<TrendRecord> normalize(String file, String language) throws IOException {
        SourceReport read = MarkdownSections.read(DIR.resolve(file), file, "2025");
        SourceReport report = new SourceReport(read.reportId(), read.sourceFile(), read.sourceSha256(), read.title(),
                read.period(), language, read.sections(), read.notes(), read.topic());
        List<TrendRecord> records = NORMALIZER.normalize(report);
        // for a human to eyeball: mvn test -Dtest=MultilingualRecordsTest
        records.forEach(r -> System.out.printf("%s | %s | words %d | sentences %d | %s | %s%n  summary: %s%n",
                r.language(), r.sectionTitle(), r.wordCount(), r.sentenceCount(), r.themeId(), r.keyTerms(), r.summary()));
        return records;
    }

    @Test
    void chineseWordsAreDictionaryWordsNotCharacters() throws IOException {
        List<TrendRecord> records = normalize("zh-ai-trends-2025.md", "zh");
        List<Section> sections = MarkdownSections.read(DIR.resolve("zh-ai-trends-2025.md"), "zh", "2025").sections();
        assertThat(records).hasSize(3);
        for (int i = 0; i < records.size(); i++) {
            long ideographs = (sections.get(i).title() + sections.get(i).body()).codePoints()
                    .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
            // a Chinese word is one to four characters, most often two
            assertThat(records.get(i).wordCount()).as(records.get(i).sectionTitle())
                    .isBetween((int) (ideographs / 3), (int) (ideographs * 0.8));
        }
        // 开源模型的性能正在快速接近闭源模型 is 开源 模型 的 性能 正在 快速 接近 闭源 模型
        assertThat(records.get(0).summary()).startsWith("开源模型的性能正在快速接近闭源模型。");
    }

    @Test
    void chineseSentencesEndAtFullWidthStopsExclamationsAndQuestionMarks() throws IOException {
        List<TrendRecord> records = normalize("zh-ai-trends-2025.md", "zh");
        assertThat(records).extracting(TrendRecord::sentenceCount).containsExactly(4, 4, 3);
    }

    @Test
    void chineseKeyTermsAreWordsNotSentences() throws IOException {
        List<TrendRecord> records = normalize("zh-ai-trends-2025.md", "zh");
        assertThat(records).allSatisfy(r -> assertThat(r.keyTerms()).isNotEmpty().allSatisfy(term -> {
            assertThat(term.codePointCount(0, term.length())).isLessThanOrEqualTo(8);
            assertThat(term).doesNotContain("。", "，", "！", "？", " ");
        }));
        assertThat(records.get(1).keyTerms()).contains("数据中心");
        // function words are listed in normalize/common-words-zh.txt
        assertThat(records).flatExtracting(TrendRecord::keyTerms).doesNotContain("的", "正在", "越来越", "需要");
    }

    @Test
    void japaneseKeyTermsAreWordsAndSentencesSplit() throws IOException {
        List<TrendRecord> records = normalize("ja-ai-trends-2025.md", "ja");
        assertThat(records).extracting(TrendRecord::sentenceCount).containsExactly(4, 3, 3);
        assertThat(records.get(1).keyTerms()).contains("データセンター", "電力消費");
        assertThat(records).flatExtracting(TrendRecord::keyTerms).doesNotContain("いる", "する", "なる", "こと");
        for (TrendRecord r : records) {
            assertThat(r.wordCount()).as(r.sectionTitle()).isBetween(20, r.summary().length() + 80);
            assertThat(r.keyTerms()).allSatisfy(term -> assertThat(term).doesNotContain("。", "、"));
        }
    }

    @Test
    void turkishAndPortugueseReportsAreStemmedInTheirLanguage() throws IOException {
        List<TrendRecord> turkish = normalize("tr-yapay-zeka-2025.md", "tr");
        // "modellerin", "modelleri", "modellere": one term whatever the case ending
        assertThat(turkish.get(0).keyTerms()).contains("açık modelleri");
        assertThat(turkish).extracting(TrendRecord::wordCount).containsExactly(33, 34, 27);
        List<TrendRecord> portuguese = normalize("pt-tendencias-ia-2025.md", "pt");
        assertThat(portuguese.get(0).keyTerms()).first().isEqualTo("modelos abertos");
        assertThat(portuguese.get(2).themeId()).isEqualTo("regulation");
    }

    @Test
    void theirLanguagesAreDetectedWhenTheReportDoesNotSay() throws IOException {
        assertThat(normalize("zh-ai-trends-2025.md", "")).extracting(TrendRecord::language).containsOnly("zh");
        assertThat(normalize("ja-ai-trends-2025.md", "")).extracting(TrendRecord::language).containsOnly("ja");
        assertThat(normalize("tr-yapay-zeka-2025.md", "")).extracting(TrendRecord::language).containsOnly("tr");
        assertThat(normalize("pt-tendencias-ia-2025.md", "")).extracting(TrendRecord::language).containsOnly("pt");
        // detected or given, the same records
        assertThat(normalize("tr-yapay-zeka-2025.md", "")).isEqualTo(normalize("tr-yapay-zeka-2025.md", "tr"));
    }

    @Test
    void aLanguageTheReportGivesWinsOverDetection() throws IOException {
        assertThat(normalize("pt-tendencias-ia-2025.md", "es")).extracting(TrendRecord::language).containsOnly("es");
        assertThat(normalize("zh-ai-trends-2025.md", "zh-Hant")).extracting(TrendRecord::language)
                .containsOnly("zh-Hant");
    }

    @Test
    void languageAnalyzersStemTheirOwnLanguage() {
        LanguageProfiles languages = new LanguageProfiles();
        assertThat(stems(languages.of("tr"), "modellerin modelleri modellere")).containsOnly("model");
        assertThat(stems(languages.of("pt"), "regulatórios regulatório")).hasSize(2).containsOnly(
                stems(languages.of("pt"), "regulatório").get(0));
        assertThat(stems(languages.of("pt-BR"), "os modelos abertos")).containsExactly(
                stems(languages.of("pt"), "modelo aberto").toArray(String[]::new));
        assertThat(stems(languages.of("nl"), "banken bank")).containsOnly("bank");
        assertThat(stems(languages.of("ru"), "моделями модели")).hasSize(2).containsOnly("модел");
        assertThat(stems(languages.of("pl"), "modelami modele")).containsOnly("model");
        // overlapping character pairs for Chinese, Japanese and Korean
        assertThat(stems(languages.of("zh"), "语言模型")).containsExactly("语言", "言模", "模型");
        assertThat(languages.of("xx")).isSameAs(languages.undetermined());
        assertThat(languages.of("uk")).isSameAs(languages.undetermined());
    }

    @Test
    void everyAnalyzerBuildsAndDropsStopWords() {
        LanguageProfiles languages = new LanguageProfiles();
        assertThat(LanguageAnalyzers.codes()).hasSizeGreaterThanOrEqualTo(40)
                .contains("en", "pt", "tr", "pl", "zh", "ja", "ko", "ar", "fa", "hi", "th");
        for (String code : LanguageAnalyzers.codes()) {
            LanguageProfile profile = languages.of(code);
            assertThat(profile.code()).isEqualTo(code);
            assertThat(profile.stopWords()).as(code).isNotEmpty();
            assertThat(languages.of(code)).as("built once").isSameAs(profile);
        }
        assertThat(languages.of("nb").code()).isEqualTo("no");
    }

    private static List<String> stems(LanguageProfile language, String text) {
        return Tokens.terms(language.stemming(), text);
    }

    @Test
    void hindiKeyTermsLeaveOutAuxiliariesAndCommonAdverbs() throws IOException {
        List<TrendRecord> records = normalize("hi-krishi-rujhan-2025.md", "hi");
        List<String> functionWords = List.of("कम", "रही", "रहा", "रहे", "हुई", "गई", "अब", "भी", "कई", "इससे", "अभी",
                "लगभग", "सकते", "करते", "दिए", "पिछले", "दे", "बढ़ती", "तेज़ी", "हज़ार");
        assertThat(records).hasSize(3);
        for (TrendRecord r : records) {
            assertThat(r.keyTerms()).as(r.sectionTitle()).isNotEmpty()
                    .noneMatch(term -> functionWords.stream().anyMatch(w -> List.of(term.split(" ")).contains(w)));
        }
        assertThat(records.get(0).keyTerms()).anyMatch(t -> t.contains("ड्रोन"));
    }
}
