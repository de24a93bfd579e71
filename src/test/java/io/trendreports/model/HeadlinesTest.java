package io.trendreports.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class HeadlinesTest {

    @Test
    void aLongReportKeepsItsNewThemesThenItsLargestSectionsInSectionOrder() {
        List<TrendRecord> records = new ArrayList<>();
        // ten sections, shares 5..14 rising with the section number; section 1 (the smallest) has a new theme
        for (int no = 1; no <= 10; no++) {
            records.add(SampleRuns.record("r", "R", "2024", no, "Trend " + no, no == 1 ? "multimodal" : "theme-" + no,
                    4 + no));
        }
        List<Headline> headlines = Headlines.of(records, Set.of("multimodal"));

        assertThat(headlines).extracting(Headline::sectionNo).containsExactly(1, 4, 5, 6, 7, 8, 9, 10);
        assertThat(headlines).filteredOn(Headline::newTheme).extracting(Headline::sectionNo).containsExactly(1);
    }

    @Test
    void otherIsNeverANewTheme() {
        List<Headline> headlines = Headlines.of(List.of(SampleRuns.record("r", "R", "2024", 1, "Misc", "other", 100)),
                Set.of("other"));
        assertThat(headlines).singleElement().satisfies(h -> assertThat(h.newTheme()).isFalse());
    }

    @Test
    void theFactIsAMetricAndNamesFirstThenSectorsThenKeyTermsThatDoNotRepeatTheTitle() {
        TrendRecord r = SampleRuns.record("r", "R", "2024", 1, "Energy Efficiency", "energy", 100);
        assertThat(Headlines.fact(with(r, List.of("$2 billion in funding"), List.of("OpenAI", "Google"),
                List.of(), List.of()))).isEqualTo("$2 billion in funding; OpenAI, Google");
        assertThat(Headlines.fact(with(r, List.of(), List.of(), List.of("healthcare", "finance"), List.of("x y"))))
                .isEqualTo("in healthcare and finance");
        assertThat(Headlines.fact(with(r, List.of(), List.of(), List.of("research"),
                List.of("energy efficiency", "carbon footprint", "efficient chips", "GPU architectures"))))
                .isEqualTo("carbon footprint, GPU architectures");
    }

    private static TrendRecord with(TrendRecord r, List<String> metrics, List<String> entities, List<String> sectors,
                                    List<String> keyTerms) {
        return new TrendRecord(r.reportId(), r.reportTitle(), r.period(), r.language(), r.sourceFile(),
                r.sourceSha256(), r.sectionNo(), r.sectionTitle(), r.themeId(), r.themeLabel(), r.themeScore(),
                r.summary(), keyTerms, entities, sectors, r.wordCount(), r.sentenceCount(), r.sharePct(), r.topic(),
                r.topicLabel(), r.themeSource(), metrics, List.of());
    }
}
