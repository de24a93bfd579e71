package io.trendreports.themes;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Sentence embeddings (langchain4j's quantized all-MiniLM-L6-v2 on ONNX Runtime, in process, the
 * model inside its jar) grouped with the same average linkage and one-theme-per-report rule as the
 * default, at several thresholds. Only with {@code -Pthemes-embeddings}. The model is English-only;
 * other languages reach it as word pieces.
 */
public final class EmbeddingMethod implements GroupingMethod {

    private static final AllMiniLmL6V2QuantizedEmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel();
    private static final Map<String, SparseVector> CACHE = new ConcurrentHashMap<>();
    private static final long[] CPU_NANOS = new long[2];
    private static final int[] EMBEDDED = new int[2];

    private final boolean headingOnly;
    private final double threshold;

    EmbeddingMethod(boolean headingOnly, double threshold) {
        this.headingOnly = headingOnly;
        this.threshold = threshold;
    }

    public static List<GroupingMethod> variants() {
        return List.of(new EmbeddingMethod(false, 0.20), new EmbeddingMethod(false, 0.25), new EmbeddingMethod(false, 0.30),
                new EmbeddingMethod(false, 0.35), new EmbeddingMethod(false, 0.45), new EmbeddingMethod(false, 0.55),
                new EmbeddingMethod(false, 0.65), new CostReport(false),
                new EmbeddingMethod(true, 0.20), new EmbeddingMethod(true, 0.25), new EmbeddingMethod(true, 0.30),
                new EmbeddingMethod(true, 0.35), new CostReport(true));
    }

    @Override
    public String name() {
        return String.format(Locale.ROOT, "MiniLM-L6-v2-q %s, average linkage t=%.2f",
                headingOnly ? "headings" : "title+body", threshold);
    }

    @Override
    public Map<String, String> group(List<ThemeSection> sections) {
        List<SparseVector> vectors = sections.stream().map(this::embed).toList();
        List<String> reports = sections.stream().map(ThemeSection::reportId).toList();
        Map<String, String> out = new HashMap<>();
        int n = 0;
        for (List<Integer> g : AverageLinkage.cluster(vectors, reports, threshold)) {
            String id = "e" + (n++);
            g.forEach(i -> out.put(sections.get(i).id(), id));
        }
        return out;
    }

    private SparseVector embed(ThemeSection s) {
        String text = headingOnly ? s.title() : s.title() + ".\n" + s.text();
        return CACHE.computeIfAbsent(text, t -> {
            long before = processCpu();
            Embedding e = MODEL.embed(t).content();
            CPU_NANOS[headingOnly ? 1 : 0] += processCpu() - before;
            EMBEDDED[headingOnly ? 1 : 0]++;
            float[] v = e.vector();
            int[] idx = new int[v.length];
            double norm = 0;
            for (int i = 0; i < v.length; i++) {
                idx[i] = i;
                norm += v[i] * (double) v[i];
            }
            return new SparseVector(idx, v.clone()).scaled(1 / Math.sqrt(norm));
        });
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Not a method: prints the processor time the embeddings took, once the others have run. */
    private record CostReport(boolean headings) implements GroupingMethod {
        @Override
        public String name() {
            int i = headings ? 1 : 0;
            return String.format(Locale.ROOT, "(embedding cost of %s: %d texts, %.1f ms processor time each)",
                    headings ? "headings" : "title+body", EMBEDDED[i], EMBEDDED[i] == 0 ? 0 : CPU_NANOS[i] / 1e6 / EMBEDDED[i]);
        }

        @Override
        public Map<String, String> group(List<ThemeSection> sections) {
            Map<String, String> out = new HashMap<>();
            sections.forEach(s -> out.put(s.id(), s.id()));
            return out;
        }
    }
}
