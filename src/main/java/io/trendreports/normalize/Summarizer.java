package io.trendreports.normalize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Picks the sentences that best state a section's trend, extractively: a sentence is central when
 * it shares vocabulary with the other sentences of the section (they all elaborate on the trend)
 * and with the heading (which names it); it carries the claim when it names the section's specific
 * content ({@link SentenceSpecificity}: entities, numbers, examples); a closer ("The debate is far
 * from settled.") is a last resort. The best sentence leads the summary, so a reader sees the
 * claim first; a second short one may follow.
 */
final class Summarizer {

    /** A sentence longer than this already says enough on its own. */
    static final int LONG_SENTENCE_WORDS = 35;
    /** How much full overlap with the heading counts, relative to mean similarity (in [0, 1]). */
    private static final double HEADING_BONUS = 0.5;
    /** How much naming the section's entities, numbers and examples counts (specificity is in [0, 1]). */
    private static final double SPECIFIC_WEIGHT = 0.6;
    private static final double CLOSER_PENALTY = 0.5;
    /** "The main trend is that ...": the report says outright which sentence states the trend. */
    private static final double STATED_TREND_BONUS = 0.6;

    /**
     * Reports tend to open a section with its topic sentence; a short opener ("Storage is turning
     * renewables into dispatchable power.") is a headline that restates the heading, and the claim
     * follows it, so the bonus grows with the opener's length.
     */
    private static final double LEAD_BONUS = 0.45;
    private static final int HEADLINE_WORDS = 8;
    /** Reports put what matters first: each later sentence counts a little less. */
    private static final double POSITION_WEIGHT = 0.4;
    private static final int TOPIC_SENTENCE_WORDS = 18;
    /** A sentence that opens by pointing back ("For instance", "Additionally") leans on its context. */
    private static final double CONNECTIVE_PENALTY = 0.7;
    private static final Pattern OPENS_WITH_CONNECTIVE = Pattern.compile(
            "(?i)(for instance|for example|additionally|furthermore|moreover|however|in addition|also|"
                    + "thus|therefore|finally|similarly|likewise|in contrast|consequently|as a result|hence|"
                    + "accordingly|in turn|as such|par exemple|de plus|cependant|par conséquent|en outre|"
                    + "zum beispiel|außerdem|jedoch|daher|folglich|zudem|por ejemplo|además|sin embargo|"
                    + "por lo tanto|por consiguiente|asimismo|além disso|no entanto|portanto)\\b");

    /**
     * "As environmental concerns intensify, ...", "As of 2024, ...": an opener that first sets the
     * scene, whose claim is usually the next sentence's.
     */
    private static final Pattern FRAMING_CLAUSE = Pattern.compile("(?:As|À mesure que|Alors que|A medida que|"
            + "Conforme) [^,.;]{2,60}, ");

    private final int maxSentences;

    Summarizer(int maxSentences) {
        this.maxSentences = maxSentences;
    }

    /** @param sentences the section's sentences in order (see {@link SentenceSplitter}) */
    String summarize(String heading, List<String> sentences, LanguageProfile language) {
        return summarize(heading, sentences, language, SentenceSpecificity.SectionFacts.NONE);
    }

    String summarize(String heading, List<String> sentences, LanguageProfile language,
                     SentenceSpecificity.SectionFacts facts) {
        if (sentences.isEmpty()) {
            return "";
        }
        List<Map<String, Double>> vectors = sentences.stream()
                .map(s -> vector(Tokens.terms(language.stemming(), s))).toList();
        Set<String> headingStems = new HashSet<>(Tokens.terms(language.stemming(), heading));
        double[] norms = vectors.stream().mapToDouble(Summarizer::norm).toArray();
        double[] scores = new double[sentences.size()];
        double[] specificity = new double[sentences.size()];
        boolean[] closer = new boolean[sentences.size()];
        List<LowerCaseWords> sentenceWords = sentences.stream().map(LowerCaseWords::of).toList();
        for (int i = 0; i < sentences.size(); i++) {
            specificity[i] = SentenceSpecificity.of(sentences.get(i), sentenceWords.get(i), facts);
        }
        double mostSpecific = java.util.Arrays.stream(specificity).max().orElse(0);
        for (int i = 0; i < sentences.size(); i++) {
            double similarity = 0;
            for (int j = 0; j < sentences.size(); j++) {
                if (i != j) {
                    similarity += cosine(vectors.get(i), vectors.get(j), norms[i], norms[j]);
                }
            }
            double centrality = sentences.size() > 1 ? similarity / (sentences.size() - 1) : 0;
            closer[i] = SentenceSpecificity.isCloser(sentences.get(i), sentenceWords.get(i));
            scores[i] = centrality + HEADING_BONUS * headingOverlap(headingStems, vectors.get(i))
                    + SPECIFIC_WEIGHT * specificity[i] + (i == 0 && !FRAMING_CLAUSE.matcher(sentences.get(0)).lookingAt()
                    ? leadBonus(language.wordCount(sentences.get(0)), mostSpecific - specificity[0]) : 0)
                    + POSITION_WEIGHT * (1 - (double) i / sentences.size());
            if (OPENS_WITH_CONNECTIVE.matcher(sentences.get(i)).lookingAt()
                    || FRAMING_CLAUSE.matcher(sentences.get(i)).lookingAt()) {
                scores[i] *= CONNECTIVE_PENALTY;
            }
            if (SentenceSpecificity.statesTrend(sentences.get(i), sentenceWords.get(i)) || SentenceSpecificity.isOverview(sentences.get(i))) {
                scores[i] += STATED_TREND_BONUS;
            }
            if (closer[i]) {
                scores[i] *= CLOSER_PENALTY;
            }
        }
        // table rows and list fragments carry data, not a statement of the trend: prefer real sentences
        boolean anyComplete = sentences.stream().anyMatch(Summarizer::isComplete);
        List<Integer> ranked = IntStream.range(0, sentences.size()).boxed()
                .filter(i -> !anyComplete || isComplete(sentences.get(i)))
                .sorted(Comparator.comparingDouble((Integer i) -> scores[i]).reversed()
                        .thenComparing(i -> i))
                .toList();
        // a sentence that points back ("For instance, ...") cannot open a summary while another can
        int lead = ranked.stream().filter(i -> !OPENS_WITH_CONNECTIVE.matcher(sentences.get(i)).lookingAt())
                .findFirst().orElse(ranked.get(0));
        ranked = new ArrayList<>(ranked);
        ranked.remove(Integer.valueOf(lead));
        ranked.add(0, lead);
        List<Integer> chosen = new ArrayList<>();
        chosen.add(ranked.get(0));
        int words = language.wordCount(sentences.get(ranked.get(0)));
        if (maxSentences > 1 && words <= LONG_SENTENCE_WORDS) {
            // a second sentence should add specific content too; a vague one only when none does
            List<Integer> seconds = new ArrayList<>(ranked.subList(1, ranked.size()));
            seconds.sort(Comparator.comparing((Integer i) -> specificity[i] == 0 || closer[i]));
            for (int k = 0; k < seconds.size() && chosen.size() < maxSentences; k++) {
                int next = language.wordCount(sentences.get(seconds.get(k)));
                // keep the summary readable at a glance: two short sentences, not two long ones
                if (words + next <= 2 * LONG_SENTENCE_WORDS) {
                    chosen.add(seconds.get(k));
                    words += next;
                }
            }
        }
        return chosen.stream().map(sentences::get).reduce((a, b) -> a + " " + b).orElse("");
    }

    /**
     * @param lessSpecific how much more of the section's specific content the most specific
     *                     sentence carries than the opener: the opener leads unless another
     *                     sentence names clearly more (who, what, how much)
     */
    private static double leadBonus(int words, double lessSpecific) {
        double grown = (double) (words - HEADLINE_WORDS) / (TOPIC_SENTENCE_WORDS - HEADLINE_WORDS);
        return LEAD_BONUS * Math.max(0, Math.min(1, grown)) * Math.max(0, 1 - lessSpecific);
    }

    /** Ends like a sentence in any script: . ! ? … 。 ！ ？ possibly followed by a closing quote or bracket. */
    private static boolean isComplete(String sentence) {
        return COMPLETE.matcher(sentence).find();
    }

    private static final Pattern COMPLETE =
            Pattern.compile("[.!?\u2026\u3002\uFF01\uFF1F][\"'\u201D\u2019\u00BB)\\]]*\\s*$");

    private static Map<String, Double> vector(List<String> stems) {
        Map<String, Double> counts = new HashMap<>();
        for (String stem : stems) {
            counts.merge(stem, 1.0, Double::sum);
        }
        // sublinear term frequency: a word repeated in one sentence should not dominate it
        counts.replaceAll((stem, count) -> 1 + Math.log(count));
        return counts;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b, double normA, double normB) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double other = b.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        return dot / (normA * normB);
    }

    private static double norm(Map<String, Double> v) {
        double sum = 0;
        for (double x : v.values()) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }

    private static double headingOverlap(Set<String> headingStems, Map<String, Double> sentence) {
        if (headingStems.isEmpty()) {
            return 0;
        }
        long shared = headingStems.stream().filter(sentence::containsKey).count();
        return (double) shared / headingStems.size();
    }
}
