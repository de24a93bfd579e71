package io.trendreports.normalize;

import java.util.List;

import io.trendreports.model.Theme;

/** A taxonomy theme with the keywords and phrases (any language) that signal it. */
public record ThemeDefinition(String id, String label, List<String> keywords) {

    public ThemeDefinition {
        keywords = List.copyOf(keywords);
    }

    public Theme theme() {
        return new Theme(id, label);
    }
}
