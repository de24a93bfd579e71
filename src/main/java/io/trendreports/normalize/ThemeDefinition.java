package io.trendreports.normalize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import io.trendreports.model.Theme;

/**
 * A taxonomy theme with the keywords and phrases that signal it, per language.
 *
 * @param keywordsByLanguage ISO 639-1 code to keywords; {@link #ANY_LANGUAGE} holds keywords that
 *                           apply to text in every language (product names, English loanwords)
 */
public record ThemeDefinition(String id, String label, Map<String, List<String>> keywordsByLanguage) {

    /** The key of keywords given as a plain list, matched in reports of every language. */
    public static final String ANY_LANGUAGE = "any";
    /** Technical English is common in reports in other languages ("open source", "fine-tuning"). */
    static final String LINGUA_FRANCA = "en";

    public ThemeDefinition {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        keywordsByLanguage.forEach((language, words) -> copy.put(language, List.copyOf(words)));
        keywordsByLanguage = java.util.Collections.unmodifiableMap(copy);
    }

    /** A theme whose keywords apply to every language. */
    public ThemeDefinition(String id, String label, List<String> keywords) {
        this(id, label, keywords.isEmpty() ? Map.of() : Map.of(ANY_LANGUAGE, keywords));
    }

    /** Every keyword in every language. */
    public List<String> keywords() {
        LinkedHashSet<String> all = new LinkedHashSet<>();
        keywordsByLanguage.values().forEach(all::addAll);
        return List.copyOf(all);
    }

    /**
     * The keywords to look for in a report written in {@code language}: its own, the English ones
     * and the language-neutral ones. A language the taxonomy has no keywords for (or {@code und})
     * gets them all, since any of them may be what the text uses.
     */
    public List<String> keywordsFor(String language) {
        if (!keywordsByLanguage.containsKey(language)) {
            return keywords();
        }
        LinkedHashSet<String> chosen = new LinkedHashSet<>();
        for (String key : new String[] {language, LINGUA_FRANCA, ANY_LANGUAGE}) {
            chosen.addAll(keywordsByLanguage.getOrDefault(key, List.of()));
        }
        return new ArrayList<>(chosen);
    }

    public Theme theme() {
        return new Theme(id, label);
    }
}
