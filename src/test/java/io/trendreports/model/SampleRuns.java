package io.trendreports.model;

import java.util.ArrayList;
import java.util.List;

/** Small hand-made runs for writer tests: two editions of one report plus a rejected file. */
public final class SampleRuns {

    public static final List<Theme> THEMES = List.of(
            new Theme("model-scaling", "Model scaling"),
            new Theme("multimodal", "Multimodal capabilities"),
            new Theme("regulation", "Regulation and policy"),
            new Theme("open-source", "Open-source models"),
            new Theme(Theme.OTHER_ID, "Other"));

    private SampleRuns() {
    }

    /**
     * Edition 2023 covers scaling and regulation; edition 2024 covers scaling (larger share),
     * multimodal (new) and open source; regulation is dropped.
     */
    public static InMemoryRunSnapshot twoEditions() {
        List<TrendRecord> records = new ArrayList<>();
        records.add(onAiLlms(record("llm-2023", "AI Report 2023", "2023", 1, "Bigger models", "model-scaling", 60)));
        records.add(onAiLlms(record("llm-2023", "AI Report 2023", "2023", 2, "Rules arrive", "regulation", 40)));
        records.add(onAiLlms(record("llm-2024", "AI Report 2024", "2024", 1, "Continued Model Scaling",
                "model-scaling", 50)));
        records.add(onAiLlms(record("llm-2024", "AI Report 2024", "2024", 2, "Multimodal Capabilities", "multimodal",
                30)));
        records.add(onAiLlms(record("llm-2024", "AI Report 2024", "2024", 3, "Open Source Initiatives",
                "open-source", 20)));
        List<InputFile> inputs = List.of(
                InputFile.processed("llm-2023.md", sha("llm-2023"), 2),
                InputFile.processed("llm-2024.md", sha("llm-2024"), 3),
                InputFile.rejected("broken.md", sha("broken"), "not valid UTF-8 (byte 12)"));
        return new InMemoryRunSnapshot(new RunInfo("20261128-120000-abcdef12",
                java.time.Instant.parse("2026-11-28T12:00:00Z")), THEMES, records, inputs);
    }

    public static TrendRecord record(String reportId, String reportTitle, String period, int no,
                                     String title, String themeId, double sharePct) {
        String label = THEMES.stream().filter(t -> t.id().equals(themeId)).findFirst()
                .map(Theme::label).orElse(themeId);
        return new TrendRecord(reportId, reportTitle, period, "en", reportId + ".md", sha(reportId), no, title,
                themeId, label, 0.8, "Summary of " + title + ". It matters.", List.of("term one", "term two"),
                List.of("OpenAI", "Google"), List.of("education"), (int) sharePct, 2, sharePct);
    }

    /** The record as a report on the AI LLMs topic has it. */
    static TrendRecord onAiLlms(TrendRecord r) {
        return new TrendRecord(r.reportId(), r.reportTitle(), r.period(), r.language(), r.sourceFile(),
                r.sourceSha256(), r.sectionNo(), r.sectionTitle(), r.themeId(), r.themeLabel(), r.themeScore(),
                r.summary(), r.keyTerms(), r.entities(), r.sectors(), r.wordCount(), r.sentenceCount(), r.sharePct(),
                "ai-llms", "AI LLMs", TrendRecord.FROM_TAXONOMY);
    }

    static String sha(String seed) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 64) {
            sb.append(Integer.toHexString(Math.abs((seed + sb.length()).hashCode())));
        }
        return sb.substring(0, 64);
    }
}
