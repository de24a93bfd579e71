package io.trendreports.job;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.trendreports.model.Theme;
import io.trendreports.normalize.Taxonomy;
import io.trendreports.store.ThemeStore;

/**
 * The themes the writers show for a run: every taxonomy's themes in file order, then the themes
 * discovered for the run's topics, then {@code other}.
 */
public class RunThemes {

    private final Supplier<Taxonomy> taxonomy;
    private final ThemeStore store;

    /** @param taxonomy asked for when a writer runs: the knowledge files load lazily */
    public RunThemes(Supplier<Taxonomy> taxonomy, ThemeStore store) {
        this.taxonomy = taxonomy;
        this.store = store;
    }

    /**
     * Every writer asks, and the discovered themes are a grouping query over all of the run's
     * records; they are settled by the themes step, before any writer starts, so the last run's
     * answer is kept. The writers start together: one of them reads, the others wait for its
     * answer rather than run the same query beside it.
     */
    public synchronized List<Theme> of(String runId) {
        if (last == null || !last.runId().equals(runId)) {
            last = new Answer(runId, read(runId));
        }
        return last.themes();
    }

    private Answer last;

    private record Answer(String runId, List<Theme> themes) {
    }

    private List<Theme> read(String runId) {
        Taxonomy taxonomies = taxonomy.get();
        List<Theme> themes = new ArrayList<>(taxonomies.classifiable().stream().map(d -> d.theme()).toList());
        themes.addAll(store.runThemes(runId));
        themes.add(taxonomies.other().theme());
        return List.copyOf(themes);
    }
}
