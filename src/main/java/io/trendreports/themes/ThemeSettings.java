package io.trendreports.themes;

/**
 * The knobs of theme discovery. The defaults are the ones measured in {@code docs/theme-discovery.md}.
 *
 * @param threshold       a section joins a theme, and two groups merge, when the mean similarity of
 *                        its members to theirs is at least this (cosine of TF-IDF vectors); with a
 *                        relative threshold, the least a topic's threshold can be
 * @param relativeThreshold  when above 0, a topic's threshold is this times the 90th percentile of
 *                        the similarities of sections of one report ({@link TopicThreshold}), never
 *                        below {@code threshold}
 * @param crossLanguageBoost factor on the similarity of two sections in different languages: they
 *                        can only share names and cognates, so their cosine is low even when they
 *                        are about the same trend
 * @param headingWeight   how many body words a heading word or a normalizer term counts for
 * @param stemWeight      weight of the stem group ({@link FeatureGroup#STEM})
 * @param nameWeight      weight of the names group
 * @param prefixWeight    weight of the cognate prefixes group; 0 switches it off
 * @param prefixLength    letters kept of a long word for the cognate prefixes
 * @param signatureTerms  features kept per member language in a stored signature, heaviest first
 * @param batchSize       unassigned sections clustered together at most; beyond it they are taken
 *                        in batches, in input order, each joining the themes of the ones before
 */
public record ThemeSettings(double threshold, double relativeThreshold, double crossLanguageBoost, double headingWeight, double stemWeight, double nameWeight,
                            double prefixWeight, int prefixLength, int signatureTerms, int batchSize) {

    public static final ThemeSettings DEFAULTS = new ThemeSettings(0.08, 1.8, 4, 1, 1.0, 0.4, 0.8, 5, 200, 1000);

    public ThemeSettings {
        if (threshold <= 0 || threshold >= 1) {
            throw new IllegalArgumentException("threshold must be between 0 and 1, was " + threshold);
        }
        if (relativeThreshold < 0) {
            throw new IllegalArgumentException("relativeThreshold must be 0 (off) or more, was " + relativeThreshold);
        }
        if (crossLanguageBoost < 1) {
            throw new IllegalArgumentException("crossLanguageBoost must be at least 1, was " + crossLanguageBoost);
        }
        if (prefixLength < 3 || signatureTerms < 10 || batchSize < 2) {
            throw new IllegalArgumentException("prefixLength >= 3, signatureTerms >= 10 and batchSize >= 2 required");
        }
    }

    double weight(FeatureGroup group) {
        return switch (group) {
            case STEM -> stemWeight;
            case NAME -> nameWeight;
            case PREFIX -> prefixWeight;
        };
    }

    public ThemeSettings withThreshold(double value) {
        return new ThemeSettings(value, relativeThreshold, crossLanguageBoost, headingWeight, stemWeight, nameWeight, prefixWeight, prefixLength,
                signatureTerms, batchSize);
    }

    public ThemeSettings withRelativeThreshold(double value) {
        return new ThemeSettings(threshold, value, crossLanguageBoost, headingWeight, stemWeight, nameWeight, prefixWeight,
                prefixLength, signatureTerms, batchSize);
    }

    public ThemeSettings withCrossLanguageBoost(double value) {
        return new ThemeSettings(threshold, relativeThreshold, value, headingWeight, stemWeight, nameWeight, prefixWeight, prefixLength,
                signatureTerms, batchSize);
    }

    public ThemeSettings withWeights(double stem, double name, double prefix) {
        return new ThemeSettings(threshold, relativeThreshold, crossLanguageBoost, headingWeight, stem, name, prefix, prefixLength, signatureTerms, batchSize);
    }

    public ThemeSettings withHeadingWeight(double value) {
        return new ThemeSettings(threshold, relativeThreshold, crossLanguageBoost, value, stemWeight, nameWeight, prefixWeight, prefixLength,
                signatureTerms, batchSize);
    }

    public ThemeSettings withBatchSize(int value) {
        return new ThemeSettings(threshold, relativeThreshold, crossLanguageBoost, headingWeight, stemWeight, nameWeight, prefixWeight,
                prefixLength, signatureTerms, value);
    }
}
