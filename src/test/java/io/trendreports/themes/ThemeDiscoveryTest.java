package io.trendreports.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ThemeDiscoveryTest {

    private static final ThemeDiscovery DISCOVERY = new ThemeDiscovery();
    private static final String EN1 = "quantum-computing-report-2025";
    private static final String EN2 = "quantum-tech-outlook";
    private static final String DE = "quantencomputing-trends";

    @Test
    void anEmptyTopicHasNoThemes() {
        TopicThemes result = DISCOVERY.discover(List.of());
        assertThat(result.themes()).isEmpty();
        assertThat(result.sections()).isEmpty();
    }

    @Test
    void aSingleSectionFoundsAThemeNamedAfterIt() {
        ThemeSection s = new ThemeSection("r#1", "r", "Fusion power plants", "Start-ups promise fusion power by 2035.", "en", List.of());
        TopicThemes result = DISCOVERY.discover(List.of(s));
        assertThat(result.themes()).singleElement().satisfies(t -> {
            assertThat(t.label()).isEqualTo("Fusion power plants");
            assertThat(t.id()).matches("d-[0-9a-f]{8}");
            assertThat(t.isNew()).isTrue();
            assertThat(t.sectionIds()).containsExactly("r#1");
        });
        assertThat(result.sections().get("r#1").kind()).isEqualTo(AssignmentKind.FOUNDED);
    }

    @Test
    void aSectionWithoutWordsStillGetsATheme() {
        ThemeSection s = new ThemeSection("r#1", "r", "", "", "", List.of());
        assertThat(DISCOVERY.discover(List.of(s)).themeOf("r#1")).startsWith("d-");
    }

    @Test
    void theSameInputsGiveTheSameIdsAndLabels() {
        List<ThemeSection> sections = ThemeTestData.sections("quantum-computing", EN1, EN2);
        assertThat(DISCOVERY.discover(sections)).isEqualTo(DISCOVERY.discover(sections));
    }

    @Test
    void aSecondRunWithOneNewEditionKeepsEveryIdAndLabelOfTheFirst() {
        TopicThemes first = DISCOVERY.discover(ThemeTestData.sections("quantum-computing", EN1, EN2));
        List<ThemeSection> more = ThemeTestData.sections("quantum-computing", EN1, EN2, DE);
        TopicThemes second = DISCOVERY.discover(more, ThemeTestData.known(first), ThemeTestData.previous(first),
                TopicOverrides.NONE);

        for (DiscoveredTheme t : first.themes()) {
            assertThat(second.theme(t.id())).as(t.id()).isNotNull();
            assertThat(second.theme(t.id()).label()).isEqualTo(t.label());
            assertThat(second.theme(t.id()).isNew()).isFalse();
        }
        first.sections().forEach((id, s) -> {
            assertThat(second.sections().get(id).themeId()).isEqualTo(s.themeId());
            assertThat(second.sections().get(id).kind()).isEqualTo(AssignmentKind.KEPT);
        });
        // the German edition mostly joins the English themes instead of founding its own
        List<SectionTheme> german = second.sections().values().stream().filter(s -> s.sectionId().startsWith(DE)).toList();
        long joined = german.stream().filter(s -> s.kind() == AssignmentKind.JOINED).count();
        assertThat(joined).isGreaterThanOrEqualTo(german.size() - 1);
        for (SectionTheme s : german) {
            if (s.kind() == AssignmentKind.JOINED) {
                String member = second.theme(s.themeId()).sectionIds().stream().filter(id -> !id.startsWith(DE)).findFirst().orElseThrow();
                assertThat(ThemeTestData.trend(s.sectionId())).as(s.sectionId()).isEqualTo(ThemeTestData.trend(member));
            }
        }
    }

    @Test
    void aStoredSignatureAttractsSectionsWhenItsMembersAreGone() {
        TopicThemes first = DISCOVERY.discover(ThemeTestData.sections("quantum-computing", EN1, EN2));
        // the English files were replaced: only the German edition is read this run
        TopicThemes second = DISCOVERY.discover(ThemeTestData.sections("quantum-computing", DE),
                ThemeTestData.known(first), Map.of(), TopicOverrides.NONE);
        assertThat(second.themes()).hasSizeGreaterThanOrEqualTo(first.themes().size());
        assertThat(second.sections().values()).filteredOn(s -> s.kind() == AssignmentKind.JOINED).hasSizeGreaterThanOrEqualTo(4);
        assertThat(second.themes()).filteredOn(DiscoveredTheme::isNew).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void givenOnlyTheNewSectionsAThemeKeepsWhatItsSignatureSummarises() {
        TopicThemes first = DISCOVERY.discover(ThemeTestData.sections("quantum-computing", EN1, EN2));
        // the caller passes only the sections no run placed yet: the German edition
        TopicThemes second = DISCOVERY.discover(ThemeTestData.sections("quantum-computing", DE),
                ThemeTestData.known(first), Map.of(), TopicOverrides.NONE);
        for (DiscoveredTheme t : second.themes()) {
            if (t.isNew()) {
                continue;
            }
            ThemeSignature before = ThemeSignature.parse(first.theme(t.id()).signature());
            ThemeSignature after = ThemeSignature.parse(t.signature());
            assertThat(after.memberCount()).as(t.id()).isEqualTo(before.memberCount() + t.sectionIds().size());
            assertThat(after.members().getOrDefault("en", 0)).isEqualTo(before.members().getOrDefault("en", 0));
        }
    }

    @Test
    void twoSectionsOfOneReportNeverShareATheme() {
        ThemeSection a = new ThemeSection("r#1", "r", "Heat pumps", "Heat pumps replace gas boilers in new homes.", "en", List.of());
        ThemeSection b = new ThemeSection("r#2", "r", "Heat pumps", "Heat pumps replace gas boilers in new homes.", "en", List.of());
        ThemeSection c = new ThemeSection("s#1", "s", "Heat pumps", "Heat pumps replace gas boilers in new homes.", "en", List.of());
        // words every section of a topic has weigh nothing, so the topic needs one other section
        ThemeSection d = new ThemeSection("t#1", "t", "Timber frames", "Cross-laminated timber for offices.", "en", List.of());
        TopicThemes result = DISCOVERY.discover(List.of(a, b, c, d));
        assertThat(result.themeOf("r#1")).isNotEqualTo(result.themeOf("r#2"));
        assertThat(result.themeOf("s#1")).isIn(result.themeOf("r#1"), result.themeOf("r#2"));
    }

    @Test
    void frenchSectionsJoinTheEnglishOnesOfTheirTrend() {
        TopicThemes result = DISCOVERY.discover(ThemeTestData.sections("forex", "fx-market-outlook-2025",
                "currency-markets-briefing", "tendances-marche-des-changes"));
        assertThat(result.themeOf("tendances-marche-des-changes#1")).isEqualTo(result.themeOf("fx-market-outlook-2025#1"));
        assertThat(result.themeOf("tendances-marche-des-changes#4")).isEqualTo(result.themeOf("fx-market-outlook-2025#5"));
        // labels come from the majority language of a theme's members
        assertThat(result.theme(result.themeOf("fx-market-outlook-2025#1")).label()).isIn(
                "Central Bank Policy Divergence", "Rates Diverge Across Major Economies");
    }

    @Test
    void aChineseTopicIsLabelledInChinese() {
        List<ThemeSection> zh = ThemeTestData.sections("ai-llms", "zh-llm-trends-2025");
        List<ThemeSection> twice = new ArrayList<>(zh);
        zh.forEach(s -> twice.add(new ThemeSection("copy-" + s.id(), "copy", s.title(), s.text(), "zh", List.of())));
        TopicThemes result = DISCOVERY.discover(twice);
        assertThat(result.themes()).hasSize(zh.size());
        assertThat(result.theme(result.themeOf(zh.get(0).id())).label()).isEqualTo("推理模型成为新焦点");
    }

    @Test
    void theSignatureSurvivesItsJson() {
        TopicThemes result = DISCOVERY.discover(ThemeTestData.sections("forex", "fx-market-outlook-2025", "currency-markets-briefing"));
        DiscoveredTheme t = result.themes().get(0);
        ThemeSignature s = ThemeSignature.parse(t.signature());
        assertThat(s.memberCount()).isEqualTo(t.sectionIds().size());
        assertThat(s.members().keySet()).isEqualTo(s.weights().keySet()).contains("en");
        assertThat(s.weights().values()).allSatisfy(w -> {
            assertThat(w).isNotEmpty().hasSizeLessThanOrEqualTo(ThemeSettings.DEFAULTS.signatureTerms());
            assertThat(w.keySet()).allMatch(k -> k.matches("[snp]:.+"));
        });
        assertThat(ThemeSignature.parse(s.toJson())).isEqualTo(s);
        assertThat(ThemeSignature.parse("not json")).isEqualTo(ThemeSignature.EMPTY);
        // the first format, which stores made before per-language members may still hold
        ThemeSignature legacy = ThemeSignature.parse("{\"v\":1,\"members\":3,\"weights\":{\"s:qubit\":0.2}}");
        assertThat(legacy.memberCount()).isEqualTo(3);
        assertThat(legacy.weights()).containsEntry("", Map.of("s:qubit", 0.2));
    }

    @Test
    void betweenLanguagesEquallyCommonInAThemeTheTopicsMostCommonLabelsIt() {
        ThemeSection en = new ThemeSection("a#1", "a", "Heat pumps in new homes", "Heat pumps from Viessmann and Daikin replace gas boilers.", "en", List.of());
        ThemeSection en2 = new ThemeSection("a#2", "a", "Timber frames", "Cross-laminated timber for offices and schools.", "en", List.of());
        ThemeSection fr = new ThemeSection("b#1", "b", "Les pompes à chaleur", "Les pompes à chaleur Viessmann et Daikin remplacent les chaudières.", "fr", List.of());
        ThemeSection de = new ThemeSection("c#1", "c", "Holzbau", "Brettsperrholz für Büros und Schulen.", "de", List.of());
        TopicThemes result = DISCOVERY.discover(List.of(en, en2, fr, de));
        assertThat(result.themeOf("b#1")).isEqualTo(result.themeOf("a#1"));
        assertThat(result.theme(result.themeOf("a#1")).label()).isEqualTo("Heat pumps in new homes");
    }
}
