package io.trendreports.themes;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.carrot2.clustering.Cluster;
import org.carrot2.clustering.ClusteringAlgorithm;
import org.carrot2.clustering.Document;
import org.carrot2.clustering.kmeans.BisectingKMeansClusteringAlgorithm;
import org.carrot2.clustering.lingo.LingoClusteringAlgorithm;
import org.carrot2.clustering.stc.STCClusteringAlgorithm;
import org.carrot2.language.LanguageComponents;
import org.carrot2.language.LoadedLanguages;

/**
 * Carrot2 4.x clustering (Lingo, STC, bisecting k-means) as a grouping method. Carrot2 clusters
 * with one language's components per call, so a topic is clustered with those of its most common
 * language. Its clusters overlap and leave documents out: a section takes the first cluster
 * (Carrot2's order: best first) that holds it, and one in none is a group of its own. Lingo and
 * k-means need a cluster count; it is taken as the most sections one report of the topic has, as
 * a user who does not know the answer would guess it.
 */
final class CarrotMethod implements GroupingMethod {

    enum Algorithm { LINGO, STC, KMEANS }

    private static final LoadedLanguages LANGUAGES = languages();
    private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("en", "English"),
            Map.entry("fr", "French"), Map.entry("de", "German"), Map.entry("es", "Spanish"),
            Map.entry("it", "Italian"), Map.entry("pt", "Portuguese"), Map.entry("nl", "Dutch"));

    private final Algorithm algorithm;

    private static LoadedLanguages languages() {
        try {
            return LanguageComponents.loader().load();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    CarrotMethod(Algorithm algorithm) {
        this.algorithm = algorithm;
    }

    @Override
    public String name() {
        return "Carrot2 " + algorithm.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public Map<String, String> group(List<ThemeSection> sections) {
        String language = sections.stream().collect(Collectors.groupingBy(ThemeSection::language, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("en");
        LanguageComponents components = LANGUAGES.language(NAMES.getOrDefault(language, "English"));
        int perReport = (int) sections.stream().collect(Collectors.groupingBy(ThemeSection::reportId, Collectors.counting()))
                .values().stream().mapToLong(Long::longValue).max().orElse(1);
        List<Doc> docs = sections.stream().map(Doc::new).toList();
        int count = Integer.getInteger("carrot.clusters", perReport);
        List<Cluster<Doc>> clusters = algorithm(count).get().cluster(docs.stream(), components);
        Map<String, String> out = new HashMap<>();
        int n = 0;
        for (Cluster<Doc> c : clusters) {
            String id = "c" + (n++) + ":" + String.join("/", c.getLabels());
            for (Doc d : c.getDocuments()) {
                out.putIfAbsent(d.section.id(), id);
            }
        }
        sections.forEach(s -> out.putIfAbsent(s.id(), "single:" + s.id()));
        return out;
    }

    private Supplier<ClusteringAlgorithm> algorithm(int clusters) {
        return switch (algorithm) {
            case LINGO -> () -> {
                LingoClusteringAlgorithm a = new LingoClusteringAlgorithm();
                a.desiredClusterCount.set(clusters);
                return a;
            };
            case STC -> STCClusteringAlgorithm::new;
            case KMEANS -> () -> {
                BisectingKMeansClusteringAlgorithm a = new BisectingKMeansClusteringAlgorithm();
                a.clusterCount.set(clusters);
                return a;
            };
        };
    }

    private record Doc(ThemeSection section) implements Document {
        @Override
        public void visitFields(BiConsumer<String, String> fields) {
            fields.accept("title", section.title());
            fields.accept("content", section.text());
        }
    }
}
