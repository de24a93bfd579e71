package io.trendreports.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A run holding reports on three topics at once, two editions each: forex and quantum computing
 * with discovered themes, AI LLMs with taxonomy themes. Nothing of one topic may be compared with
 * another.
 */
public final class TopicRuns {

    public static final List<Theme> THEMES = List.of(
            new Theme("model-scaling", "Model scaling"),
            new Theme("multimodal", "Multimodal capabilities"),
            new Theme("regulation", "Regulation and policy"),
            new Theme("d-1a2b3c4d", "Central bank divergence"),
            new Theme("d-2b3c4d5e", "Carry trades unwind"),
            new Theme("d-3c4d5e6f", "Algorithmic execution"),
            new Theme("d-4d5e6f70", "Error correction milestones"),
            new Theme("d-5e6f7081", "Post-quantum cryptography"),
            new Theme("d-6f708192", "Cloud access to quantum hardware"),
            new Theme(Theme.OTHER_ID, "Other"));

    private TopicRuns() {
    }

    public static InMemoryRunSnapshot threeTopics() {
        List<TrendRecord> records = new ArrayList<>();
        add(records, "fx-2024", "Forex Market Outlook 2024", "2024", "forex", "Forex",
                new Object[][]{{"Rates Drift Apart", "d-1a2b3c4d", 50}, {"Carry Comes Back", "d-2b3c4d5e", 30},
                    {"Bots at the Fix", "d-3c4d5e6f", 20}});
        add(records, "fx-2025", "Forex Market Outlook 2025", "2025", "forex", "Forex",
                new Object[][]{{"Policy Paths Split Further", "d-1a2b3c4d", 40},
                    {"Execution Goes Algorithmic", "d-3c4d5e6f", 35}, {"Emerging Currencies", Theme.OTHER_ID, 25}});
        add(records, "qc-2024", "State of Quantum Computing 2024", "2024", "quantum-computing", "Quantum Computing",
                new Object[][]{{"Logical Qubits Arrive", "d-4d5e6f70", 60}, {"Migrating to PQC", "d-5e6f7081", 40}});
        add(records, "qc-2025", "State of Quantum Computing 2025", "2025", "quantum-computing", "Quantum Computing",
                new Object[][]{{"Fewer Errors per Gate", "d-4d5e6f70", 45}, {"Quantum in the Cloud", "d-6f708192", 30},
                    {"Standards for PQC", "d-5e6f7081", 25}});
        add(records, "ai-2023", "AI LLMs Development in 2023", "2023", "ai-llms", "AI LLMs",
                new Object[][]{{"Bigger Models", "model-scaling", 70}, {"First Rules", "regulation", 30}});
        add(records, "ai-2024", "AI LLMs Development in 2024", "2024", "ai-llms", "AI LLMs",
                new Object[][]{{"Scaling Continues", "model-scaling", 55}, {"Seeing and Hearing", "multimodal", 45}});
        return new InMemoryRunSnapshot(new RunInfo("20261201-020000-0badc0de", Instant.parse("2026-12-01T02:00:00Z")),
                THEMES, records, inputsOf(records));
    }

    private static void add(List<TrendRecord> records, String id, String title, String period, String topic,
                            String topicLabel, Object[][] sections) {
        for (int i = 0; i < sections.length; i++) {
            String themeId = (String) sections[i][1];
            String label = THEMES.stream().filter(t -> t.id().equals(themeId)).findFirst().orElseThrow().label();
            double share = ((Number) sections[i][2]).doubleValue();
            String source = themeId.startsWith("d-") ? TrendRecord.DISCOVERED : TrendRecord.FROM_TAXONOMY;
            records.add(new TrendRecord(id, title, period, "en", id + ".md", SampleRuns.sha(id), i + 1,
                    (String) sections[i][0], themeId, label, 0.7, "What " + sections[i][0] + " means for " + topicLabel
                    + ".", List.of("term"), List.of(topicLabel + " Desk"), List.of("finance"), (int) share, 2, share,
                    topic, topicLabel, source));
        }
    }

    private static List<InputFile> inputsOf(List<TrendRecord> records) {
        return records.stream().map(TrendRecord::sourceFile).distinct()
                .map(f -> InputFile.processed(f, SampleRuns.sha(f.replace(".md", "")), 1)).toList();
    }
}
