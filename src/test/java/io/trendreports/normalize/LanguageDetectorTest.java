package io.trendreports.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.Character.UnicodeScript;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.profiles.BuiltInLanguages;

import io.trendreports.model.Section;
import io.trendreports.model.SourceReport;

/**
 * Language detection on texts written for this test ({@code src/test/resources/normalize/languages/}:
 * twelve sentences about trends per language, 26 languages): each sentence alone (60 to 100
 * characters, a heading and a line) and ten passages of about 600 characters per language (the
 * sentences from each of the first ten onwards). Prints a table per language:
 * {@code mvn test -Dtest=LanguageDetectorTest}.
 */
class LanguageDetectorTest {

    private static final Path TEXTS = Path.of("src/test/resources/normalize/languages");
    private static final LanguageDetector DETECTOR = new LanguageDetector();
    private static final Map<String, List<String>> SENTENCES = new TreeMap<>();

    @BeforeAll
    static void readTexts() throws IOException {
        try (Stream<Path> files = Files.list(TEXTS)) {
            for (Path file : files.sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                        .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
                SENTENCES.put(file.getFileName().toString().replace(".txt", ""), lines);
            }
        }
    }

    static List<String> passages(List<String> sentences) {
        List<String> passages = new ArrayList<>();
        for (int first = 0; first < 10; first++) {
            StringBuilder passage = new StringBuilder();
            for (int k = 0; k < sentences.size() && passage.length() < 600; k++) {
                passage.append(sentences.get((first + k) % sentences.size())).append(' ');
            }
            passages.add(passage.toString().strip());
        }
        return passages;
    }

    @Test
    void detectsEachOfTwentySixLanguagesInShortAndLongerTexts() {
        assertThat(SENTENCES).hasSizeGreaterThanOrEqualTo(26);
        int shortRight = 0;
        int shortAll = 0;
        int longRight = 0;
        int longAll = 0;
        StringBuilder table = new StringBuilder("language | sentences right | 600-char passages right | wrong answers\n");
        for (Map.Entry<String, List<String>> language : SENTENCES.entrySet()) {
            String code = language.getKey();
            List<String> wrong = new ArrayList<>();
            int s = 0;
            for (String sentence : language.getValue()) {
                String got = DETECTOR.detect(sentence);
                if (got.equals(code)) {
                    s++;
                } else {
                    wrong.add(got);
                }
            }
            int l = 0;
            List<String> passages = passages(language.getValue());
            for (String passage : passages) {
                String got = DETECTOR.detect(passage);
                if (got.equals(code)) {
                    l++;
                } else {
                    wrong.add(got + " (passage)");
                }
            }
            table.append(String.format("%-8s | %2d/%d | %2d/%d | %s%n", code, s, language.getValue().size(), l,
                    passages.size(), String.join(", ", wrong)));
            assertThat(s).as("%s sentences", code).isGreaterThanOrEqualTo(language.getValue().size() - 2);
            assertThat(l).as("%s passages", code).isEqualTo(passages.size());
            shortRight += s;
            shortAll += language.getValue().size();
            longRight += l;
            longAll += passages.size();
        }
        table.append(String.format("all      | %d/%d (%.1f%%) | %d/%d (%.1f%%)%n", shortRight, shortAll,
                100.0 * shortRight / shortAll, longRight, longAll, 100.0 * longRight / longAll));
        System.out.print(table);
        assertThat((double) shortRight / shortAll).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void tooLittleTextIsUndetermined() {
        for (String text : List.of("", "   ", "2024 2025 2026", "12,5 % – 3,4 % (2025)", "AI", "GPT-4o", "Fazit",
                "Open source", "🚀🚀 ⚡", "1) 2) 3)", "— | — | —", "大模型")) {
            assertThat(DETECTOR.detect(text)).as(text).isEqualTo("und");
        }
    }

    @Test
    void theMainScriptDecidesWhateverNamesInOtherScriptsATextQuotes() {
        String names = " (OpenAI GPT-5, Google Gemini 2.5, Meta Llama 3, Microsoft Copilot)";
        for (String code : List.of("zh", "ja", "ko", "ru", "uk", "ar", "fa", "hi", "el")) {
            List<String> sentences = SENTENCES.get(code);
            // two sentences, so that the text's own script holds more letters than the names
            for (int i = 0; i + 1 < sentences.size(); i++) {
                String text = sentences.get(i) + names + " " + sentences.get(i + 1);
                assertThat(DETECTOR.detect(text)).as(text).isEqualTo(code);
            }
        }
        assertThat(DETECTOR.detect("大型语言模型正在快速发展。GPT-5 和 Claude 3 在 2025 年发布，OpenAI 与 Google DeepMind 竞争。"))
                .isEqualTo("zh");
    }

    @Test
    void vietnameseFullOfEnglishTermsIsStillVietnamese() {
        String text = "- AI/ML roles tăng 40-50% so với 2025, Cybersecurity shortage nghiêm trọng\n"
                + "- Market Sentiment: 5.8/10, developers ưu tiên Remote/Hybrid\n"
                + "| Role | Demand | Salary range |\n| Senior Backend Engineer | High | 3,000-4,500 USD |\n"
                + "| DevOps / SRE | High | 2,800-4,000 USD |\n| Data Engineer | Medium | 2,500-3,800 USD |\n"
                + "- Outsourcing truyền thống chuyển sang product, startup fintech và e-commerce hiring mạnh\n"
                + "- Tech stack: Java, Spring Boot, Kubernetes, AWS, Terraform, Python, Spark\n"
                + "- Soft skills: communication, English, teamwork được đánh giá cao trong interview\n"
                + "- 78% lo ngại AI thay thế việc làm, nhưng nhu cầu tuyển dụng vẫn tăng\n";
        assertThat(DETECTOR.detect(text)).isEqualTo("vi");
        // an English report naming Vietnamese places stays English
        assertThat(DETECTOR.detect("Factories near Hải Phòng and Đà Nẵng expanded output this year, while exporters in "
                + "the south reported longer shipping times and higher freight costs across the region."))
                .isEqualTo("en");
        // Spanish prose beside Vietnamese notes is told by the Spanish
        assertThat(DETECTOR.detect("El análisis muestra que la productividad de los repartidores creció cada año, "
                + "sobre todo en las ciudades grandes, aunque los costes de combustible siguen subiendo. "
                + "Ghi chú: năng suất của nhân viên giao hàng tăng đều qua các năm tại thành phố lớn."))
                .isEqualTo("es");
    }

    @Test
    void dutchFullOfEnglishTermsIsStillDutch() {
        String text = "Op organisatieniveau kijken beslissers naar Total Cost of Ownership, security compliance, "
                + "vendor lock-in en integration options. Een enterprise license voor Copilot Business kost per seat "
                + "meer dan een Pro plan, maar de audit logging en single sign-on zijn voor grote teams niet "
                + "optioneel. Voor code review workflows en pull request automation is het context window van het "
                + "model belangrijk, omdat een grote codebase anders niet in de prompt past. Teams die snel willen "
                + "prototypen kiezen vaak een model met lage latency; voor refactoring van legacy code werkt een "
                + "model met sterke reasoning beter. Het is daarom verstandig om een proof of concept te doen met "
                + "twee of drie tools en de resultaten te meten met DORA metrics zoals deployment frequency en "
                + "lead time for changes.";
        assertThat(DETECTOR.detect(text)).isEqualTo("nl");
        // English prose quoting a Dutch phrase stays English
        assertThat(DETECTOR.detect("The Dutch grid operator calls the queue of waiting connections 'netcongestie' and "
                + "has asked industrial users in the region to shift their demand to the night, when wind output is "
                + "high and the cables have spare capacity. The measure is voluntary for now, but the regulator "
                + "has said it could become binding next year if the waiting list keeps growing."))
                .isEqualTo("en");
    }

    @Test
    void kanjiHeavyJapaneseIsStillJapanese() {
        assertThat(DETECTOR.detect("電気自動車市場拡大。政府補助金制度継続、充電設備整備進展。半導体供給不足解消後、生産台数増加の見込み。"))
                .isEqualTo("ja");
    }

    @Test
    void identifiersWrittenWithUnderscoresDoNotVote() {
        String prose = "本周的因子检验显示，订单类因子在主题控制后依然显著，估值类因子则明显减弱。";
        String table = " signal_name | window_days | mean_score | rank_score | p_value_adj | sample_count".repeat(8);
        assertThat(DETECTOR.detect(prose + table)).isEqualTo("zh");
    }

    @Test
    void aLongReportIsToldByItsWholeTextNotItsOpeningAlone() {
        String english = String.join(" ", SENTENCES.get("en"));
        StringBuilder text = new StringBuilder(english).append(' ').append(english);
        while (text.length() < 9_000) {
            text.append(' ').append(String.join(" ", SENTENCES.get("es")));
        }
        assertThat(2 * english.length()).isGreaterThan(LanguageDetector.NGRAM_CHARS / 3);
        assertThat(DETECTOR.detect(text.toString())).isEqualTo("es");
    }

    @Test
    void theNgramsOfALongTextComeFromWholeWordsAtItsStartMiddleAndEnd() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 20_000; i++) {
            text.append("word").append(i).append(' ');
        }
        String whole = text.toString().strip();
        String windows = LanguageDetector.windows(whole);
        assertThat(windows.length()).isLessThanOrEqualTo(LanguageDetector.NGRAM_CHARS);
        List<String> words = List.of(windows.split(" "));
        assertThat(words).startsWith("word0").endsWith(whole.substring(whole.lastIndexOf(' ') + 1));
        assertThat(words).allMatch(w -> w.matches("word\\d+"));
        assertThat(List.of(whole.split(" "))).containsAll(words);
        String middle = whole.substring(whole.indexOf(' ', whole.length() / 2) + 1).split(" ")[0];
        assertThat(words).contains(middle);
    }

    @Test
    void aLongReportOpeningWithLatinTablesIsToldByTheProseAfterThem() {
        StringBuilder text = new StringBuilder();
        while (text.length() < LanguageDetector.MAX_CHARS) {
            text.append("momentum window forty days mean score high rank score low sample size large\n");
        }
        for (int i = 0; i < 60; i++) {
            text.append("以上表格说明，订单与合同类信号在控制主题热度之后仍有解释力，而价格动量在长周期上反转。\n");
        }
        assertThat(DETECTOR.detect(text.toString())).isEqualTo("zh");
    }

    @Test
    void aReportIsJudgedOnItsTitleSectionsAndNotes() {
        // the section alone is too short to tell
        SourceReport report = new SourceReport("r", "r.md", "0".repeat(64), "Tendências de tecnologia para 2025",
                "2025", "", List.of(new Section(1, "IA", "Ver anexo.")),
                List.of("Este relatório reúne as tendências que os nossos analistas acompanham desde o ano passado."));
        assertThat(DETECTOR.detect(report)).isEqualTo("pt");
        assertThat(DETECTOR.detect(new SourceReport("r", "r.md", "0".repeat(64), "AI", "2025", "",
                List.of(new Section(1, "GPT-5", "2025: 12 %")), List.of()))).isEqualTo("und");
    }

    @Test
    void concurrentDetectionsAgreeWithSequentialOnes() throws Exception {
        List<String> texts = SENTENCES.values().stream().flatMap(List::stream).toList();
        List<String> expected = texts.stream().map(DETECTOR::detect).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> texts.stream().map(new LanguageDetector()::detect).toList()));
            }
            for (Future<List<String>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The per-script lists are kept by hand, so check them against the profiles the library ships. */
    @Test
    void everyShippedProfileIsInAScriptListOrDecidedByItsScript() {
        Set<String> listed = new HashSet<>();
        NgramLanguageModels.PROFILES.values().forEach(listed::addAll);
        // decided by script: Chinese (both profiles), Japanese, Korean, Greek, Thai, Hebrew (and
        // Yiddish, written in it), Bengali, Tamil, Telugu, Gujarati, Punjabi, Kannada, Malayalam, Khmer
        Set<String> byScript = Set.of("zh-CN", "zh-TW", "ja", "ko", "el", "th", "he", "yi", "bn", "ta", "te", "gu",
                "pa", "kn", "ml", "km");
        for (LdLocale locale : BuiltInLanguages.getLanguages()) {
            assertThat(listed.contains(locale.toString()) || byScript.contains(locale.toString()))
                    .as(locale.toString()).isTrue();
        }
        assertThat(listed).hasSize(BuiltInLanguages.getLanguages().size() - byScript.size());
    }

    @Test
    void eachScriptModelLoadsItsProfilesQuickly() {
        for (UnicodeScript script : NgramLanguageModels.PROFILES.keySet()) {
            long start = System.nanoTime();
            NgramLanguageModels.build(script);
            System.out.printf("n-gram model for %s (%d languages) built in %d ms%n", script,
                    NgramLanguageModels.PROFILES.get(script).size(), (System.nanoTime() - start) / 1_000_000);
        }
    }
}
