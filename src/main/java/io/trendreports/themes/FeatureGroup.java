package io.trendreports.themes;

/**
 * The kinds of evidence a section's vector is made of. Each is weighed by TF-IDF and normalised on
 * its own, then the groups are added with their {@link ThemeSettings} weights, so that a long body
 * cannot drown the few language-independent names in it.
 */
enum FeatureGroup {

    /** Stems from the report language's Lucene analyzer: the strongest signal within one language. */
    STEM("s:"),
    /**
     * Names, acronyms and model numbers ("Playwright", "MBCT", "GPT-4o", "ML-KEM"), written the
     * same in every language, so they tie a French or Chinese section to English ones.
     */
    NAME("n:"),
    /**
     * The first letters of long words without accents ("cryptographie" and "cryptography" share
     * "crypt", "régulation" and "regulation" "regul"): cognates across European languages, which
     * stems of different analyzers do not share.
     */
    PREFIX("p:");

    final String tag;

    FeatureGroup(String tag) {
        this.tag = tag;
    }

    static FeatureGroup of(String feature) {
        return switch (feature.charAt(0)) {
            case 's' -> STEM;
            case 'n' -> NAME;
            default -> PREFIX;
        };
    }
}
