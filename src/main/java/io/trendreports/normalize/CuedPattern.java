package io.trendreports.normalize;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A pattern with the words it cannot match without: a text holding none of them is not searched.
 * A long alternation of phrases is tried at every position of a sentence, which made a handful of
 * such patterns a sixth of the time taken to normalize a report; most sentences hold none of the
 * cue words, and looking them up in the sentence's {@link LowerCaseWords} costs a few hash probes.
 *
 * <p>Every match of the pattern must contain one of the cue words, lower-cased, as a whole word
 * (a maximal run of letters and digits); {@code CuedPatternTest} checks that on every text of the
 * test resources and on an example of each alternative.
 */
final class CuedPattern {

    private final Pattern pattern;
    private final boolean lowerCaseText;
    private final Set<String> cues;

    private CuedPattern(Pattern pattern, boolean lowerCaseText, String... cues) {
        this.pattern = pattern;
        this.lowerCaseText = lowerCaseText;
        this.cues = Set.of(cues);
    }

    static CuedPattern of(String regex, String... cues) {
        return new CuedPattern(Pattern.compile(regex), false, cues);
    }

    /**
     * A case-blind pattern matched against lower-cased text: Java folds case character by
     * character at every position it tries, which made these long lists of phrases the costliest
     * part of scoring a sentence. The source must hold no escape whose meaning depends on case.
     */
    static CuedPattern ofLowerCase(String regex, String... cues) {
        return new CuedPattern(Pattern.compile(regex.toLowerCase(Locale.ROOT)), true, cues);
    }

    /** Whether the pattern is found in {@code text}, whose words (or a superset of them) are {@code words}. */
    boolean find(String text, LowerCaseWords words) {
        return words.containsAny(cues) && findWithoutCues(text);
    }

    /** What {@link #find} answers when the cues let the pattern run. */
    boolean findWithoutCues(String text) {
        return pattern.matcher(lowerCaseText ? text.toLowerCase(Locale.ROOT) : text).find();
    }
}
