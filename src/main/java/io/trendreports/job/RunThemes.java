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

    public List<Theme> of(String runId) {
        Taxonomy taxonomies = taxonomy.get();
        List<Theme> themes = new ArrayList<>(taxonomies.classifiable().stream().map(d -> d.theme()).toList());
        themes.addAll(store.runThemes(runId));
        themes.add(taxonomies.other().theme());
        return themes;
    }
}
