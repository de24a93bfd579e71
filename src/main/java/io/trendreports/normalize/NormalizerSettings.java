package io.trendreports.normalize;

/**
 * Tuning knobs of the normalizer, bound from {@code trend.normalize.*}.
 *
 * @param minThemeScore       a section whose best theme scores below this is classified {@code other}
 * @param headingWeight       how much one keyword in the heading counts compared with one in the body
 * @param summaryMaxSentences upper bound on the sentences in a summary (at least 1)
 * @param keyTerms            how many key terms to keep per section (0 keeps none)
 */
public record NormalizerSettings(double minThemeScore, double headingWeight, int summaryMaxSentences,
                                 int keyTerms) {

    public NormalizerSettings {
        if (!(minThemeScore >= 0) || Double.isInfinite(minThemeScore)) {
            throw new IllegalArgumentException("minThemeScore must be a finite number >= 0, was " + minThemeScore);
        }
        if (!(headingWeight >= 0) || Double.isInfinite(headingWeight)) {
            throw new IllegalArgumentException("headingWeight must be a finite number >= 0, was " + headingWeight);
        }
        if (summaryMaxSentences < 1) {
            throw new IllegalArgumentException("summaryMaxSentences must be >= 1, was " + summaryMaxSentences);
        }
        if (keyTerms < 0) {
            throw new IllegalArgumentException("keyTerms must be >= 0, was " + keyTerms);
        }
    }

    /** The values shipped in {@code config/application.yml}. */
    public static NormalizerSettings defaults() {
        return new NormalizerSettings(2.0, 4.0, 2, 5);
    }
}
