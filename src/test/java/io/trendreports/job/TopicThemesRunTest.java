package io.trendreports.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trendreports.TrendReportsApplication;
import io.trendreports.cli.ExitCodes;

/**
 * Reports on several topics in one run, through the real command line: each topic gets its own
 * themes (the AI reports from the AI taxonomy, the others discovered), and a second night with
 * one new edition keeps every theme id and label of the first.
 */
class TopicThemesRunTest {

    private static final Path THEMES = Path.of("src/test/resources/themes");
    private static final Set<String> AI_THEMES = Set.of("model-scaling", "multimodal", "fine-tuning", "ethics-bias",
            "energy-efficiency", "open-source", "real-time", "regulation", "cross-lingual", "human-ai-collaboration");

    @TempDir
    Path tmp;

    @Test
    void eachTopicGetsItsOwnThemesAndTheNextNightKeepsThem() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("input"));
        Path output = tmp.resolve("output");
        copy(THEMES.resolve("forex/fx-market-outlook-2025.md"), input);
        copy(THEMES.resolve("forex/currency-markets-briefing.md"), input);
        copy(THEMES.resolve("quantum-computing/quantum-computing-report-2025.md"), input);
        copy(THEMES.resolve("quantum-computing/quantum-tech-outlook.md"), input);
        copy(Path.of("input/ai-llm-trends-2024.md"), input);

        assertThat(run(input, output)).isEqualTo(ExitCodes.OK);
        List<String[]> first = sections(output);

        Map<String, List<String[]>> byTopic = first.stream().collect(Collectors.groupingBy(r -> r[18]));
        assertThat(byTopic.keySet()).containsExactlyInAnyOrder("forex", "quantum-computing", "ai-llms");
        for (String topic : List.of("forex", "quantum-computing")) {
            assertThat(byTopic.get(topic)).as("%s sections", topic).allSatisfy(r -> {
                assertThat(r[8]).as("theme of %s", r[7]).startsWith("d-").isNotIn(AI_THEMES);
                assertThat(r[19]).isEqualTo("discovered");
                assertThat(r[9]).as("a readable label").isNotBlank().isNotEqualTo(r[8]);
            });
            Map<String, Set<String>> reportsPerTheme = byTopic.get(topic).stream().collect(
                    Collectors.groupingBy(r -> r[8], Collectors.mapping(r -> r[0], Collectors.toSet())));
            assertThat(reportsPerTheme.values()).as("%s: some trend is found in both editions", topic)
                    .anyMatch(reports -> reports.size() == 2);
        }
        assertThat(byTopic.get("ai-llms")).extracting(r -> r[8]).containsAnyElementsOf(AI_THEMES)
                .noneMatch(id -> id.startsWith("d-"));
        Set<String> forexThemes = themeIds(byTopic.get("forex"));
        assertThat(themeIds(byTopic.get("quantum-computing"))).as("no theme shared across topics")
                .doesNotContainAnyElementsOf(forexThemes);

        Thread.sleep(1100); // run ids carry the start second
        copy(THEMES.resolve("forex/tendances-marche-des-changes.md"), input);
        assertThat(run(input, output)).isEqualTo(ExitCodes.OK);
        List<String[]> second = sections(output);

        Map<String, String> firstLabels = labels(first);
        Map<String, String> secondLabels = labels(second);
        assertThat(secondLabels).as("every theme of the first night, same id and label").containsAllEntriesOf(firstLabels);
        Map<String, String> firstPlacement = placements(first);
        assertThat(placements(second)).as("sections of unchanged reports keep their themes")
                .containsAllEntriesOf(firstPlacement);
        assertThat(second).filteredOn(r -> r[0].equals("tendances-marche-des-changes"))
                .as("the French edition joins themes of the English ones").extracting(r -> r[8])
                .containsAnyElementsOf(forexThemes);
    }

    private static Set<String> themeIds(List<String[]> rows) {
        return rows.stream().map(r -> r[8]).collect(Collectors.toSet());
    }

    private static Map<String, String> labels(List<String[]> rows) {
        Map<String, String> labels = new HashMap<>();
        rows.stream().filter(r -> r[8].startsWith("d-")).forEach(r -> labels.put(r[8], r[9]));
        return labels;
    }

    private static Map<String, String> placements(List<String[]> rows) {
        Map<String, String> placed = new HashMap<>();
        rows.stream().filter(r -> r[8].startsWith("d-")).forEach(r -> placed.put(r[0] + "#" + r[6], r[8]));
        return placed;
    }

    private static List<String[]> sections(Path output) throws Exception {
        List<String[]> rows = NightlyRunFunctionalTest.readCsv(output.resolve("latest/sections.csv"));
        return rows.subList(1, rows.size());
    }

    private static void copy(Path file, Path dir) throws Exception {
        Files.copy(file, dir.resolve(file.getFileName()));
    }

    private static int run(Path input, Path output) {
        return TrendReportsApplication.execute("run", "--input=" + input, "--output=" + output);
    }
}
