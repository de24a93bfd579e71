package io.trendreports.normalize;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much of a section's specific content a sentence carries, in [0, 1]: the section's entities,
 * metrics and sectors named in it, names no list holds (acronyms, inner capitals, capitalised words
 * inside the sentence), concrete examples ("such as", "for example") and enumerations ("data
 * privacy, model explainability, and ..."). Reports frame a trend in vague sentences and close it
 * with a general one; the sentence that states the trend names who, what and how much.
 *
 * <p>And whether a sentence is a closer: a general remark that ends a section ("The debate is far
 * from settled.", "positioning AI as a forward-thinking ... technology").
 */
final class SentenceSpecificity {

    /** What the section is known to mention, as the normalizer found it. */
    record SectionFacts(List<String> entities, List<String> metrics, List<String> sectors) {
        static final SectionFacts NONE = new SectionFacts(List.of(), List.of(), List.of());
    }

    static final CuedPattern EXAMPLE = CuedPattern.ofLowerCase("\\b(?:such as|for example|for instance|e\\.g\\.|"
            + "including|like|notamment|comme|tels? que|par exemple|wie|etwa|zum Beispiel|z\\. ?B\\.|darunter|"
            + "como|por ejemplo|incluidos?|entre ellos)\\b", "such", "example", "instance", "g", "including", "like",
            "notamment", "comme", "tel", "tels", "exemple", "wie", "etwa", "beispiel", "z", "darunter", "como", "ejemplo",
            "incluido", "incluidos", "ellos");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** Sentences that round a section off rather than state its trend. */
    static final CuedPattern CLOSER = CuedPattern.ofLowerCase("\\b(?:remains? to be seen|far from (?:settled|over)|"
            + "(?:is|are) likely to (?:continue|persist|remain)|will (?:continue|remain|persist|keep)|"
            + "in the (?:years|months|decade) ahead|coming (?:years|decade)|the future of|of the future|"
            + "paving the way|positioning|ultimately|in conclusion|overall,|a (?:key|crucial|central) "
            + "(?:challenge|priority|factor)|(?:is|are|remains?) (?:crucial|essential|key|vital|urgent)|"
            + "will be closely watched|is only beginning|new era|is reshaping|is changing rapidly|"
            + "is becoming a (?:requirement|priority|competitive factor)|"
            + "reste à voir|à l'avenir|demeure un défi|dürfte (?:sich )?weiter|wird Jahrzehnte|"
            + "steht noch am Anfang|queda mucho camino|continuará|se trata de una?|"
            + "(?:is|are) expected to (?:continue|deepen|evolve|foster)|may (?:significantly )?evolve)\\b"
            + "|^(?:looking ahead|going forward|in the long (?:term|run)),", "seen", "far", "likely", "will", "ahead",
            "coming", "future", "paving", "positioning", "ultimately", "conclusion", "overall", "challenge", "priority",
            "factor", "crucial", "essential", "key", "vital", "urgent", "beginning", "era", "reshaping", "rapidly",
            "becoming", "reste", "avenir", "demeure", "dürfte", "jahrzehnte", "anfang", "queda", "continuará", "trata",
            "expected", "evolve", "forward", "long");
    /**
     * A report generator's unfilled template ("represents a [Insert percentage change]") or a hedge
     * about what is missing ("A detailed breakdown ... would provide a more nuanced understanding"):
     * it says what the section lacks, not what it found.
     */
    static final CuedPattern PLACEHOLDER = CuedPattern.of("(?:^|[\\[ ])Insert \\p{Ll}|\\b(?:would|could) "
            + "(?:provide|offer|shed|give) (?:a |more |further |light)", "insert", "would", "could");

    /** "By prioritizing energy efficiency, the industry ...": a wrap-up of what the section said. */
    private static final Pattern WRAP_UP = Pattern.compile("^(?:By|Through|With) \\p{L}+ing\\b");
    /** A sentence that says outright what the trend is. */
    static final CuedPattern STATES_TREND = CuedPattern.of("(?i)\\b(?:the (?:main|key|biggest|central|major) "
            + "(?:trend|shift|change|development)|the trend is|an? (?:significant|notable|important|clear) trend"
            + "(?: in \\d{4})? is|la (?:principale )?tendance (?:principale )?est|"
            + "der (?:wichtigste|zentrale) (?:Trend|Wandel)|la (?:principal|gran) tendencia)\\b", "trend", "shift",
            "change", "development", "tendance", "wandel", "tendencia");

    private SentenceSpecificity() {
    }

    /** "Model Compression: Techniques such as ...": a list item's Title Case label, style rather than content. */
    private static final Pattern LABEL = Pattern.compile("^\\p{Lu}[\\p{L}\\p{N}\\-'’()/&]*(?: (?:\\p{Lu}[\\p{L}\\p{N}\\-'’()/&]*|and|of|for|in|the|to|on|with|et|de|des|du|und|y|e|la|le|les)){0,6} ?[:\uFF1A] ");
    /** Labels that say the sentence sums the section up, or looks beyond it. */
    private static final Pattern OVERVIEW_LABEL = Pattern.compile("(?i)^(?:overview|summary|in short|key takeaway|"
            + "the bottom line|résumé|en bref|synthèse|überblick|zusammenfassung|fazit|resumen|en resumen|panorama)\\s?[:\uFF1A]");
    static final CuedPattern OUTLOOK_LABEL = CuedPattern.of("(?i)^(?:future directions?|future outlook|outlook|"
            + "next steps|looking ahead|perspectives?|ausblick|perspectivas)\\s?[:\uFF1A]|\\b(?:research|work|efforts?) "
            + "(?:in this area )?will (?:focus|concentrate|continue)", "future", "outlook", "next", "looking", "perspective",
            "perspectives", "ausblick", "perspectivas", "will");

    /** The sentence without a leading list label. */
    static String withoutLabel(String sentence) {
        Matcher m = LABEL.matcher(sentence);
        return m.lookingAt() ? sentence.substring(m.end()) : sentence;
    }

    /** The author marks the sentence as the section's overview. */
    static boolean isOverview(String sentence) {
        return OVERVIEW_LABEL.matcher(sentence).lookingAt();
    }

    static double of(String sentence, SectionFacts facts) {
        return of(sentence, LowerCaseWords.of(sentence), facts);
    }

    /** @param words the words of {@code sentence} (see {@link LowerCaseWords}) */
    static double of(String sentence, LowerCaseWords words, SectionFacts facts) {
        sentence = withoutLabel(sentence);
        double score = 0;
        score += 0.5 * countIn(sentence, facts.entities());
        score += 0.5 * countIn(sentence, facts.metrics());
        score += 0.25 * countIn(sentence, facts.sectors());
        if (facts.metrics().isEmpty() && DIGIT.matcher(sentence).find()) {
            score += 0.25;
        }
        score += 0.15 * Math.min(3, CapitalisedInside.count(sentence, 3));
        if (EXAMPLE.find(sentence, words)) {
            score += 0.25;
        }
        if (Enumerations.in(sentence)) {
            score += 0.25;
        }
        return Math.min(1, score);
    }

    static boolean isCloser(String sentence) {
        return isCloser(sentence, LowerCaseWords.of(sentence));
    }

    /** @param words the words of {@code sentence} (see {@link LowerCaseWords}) */
    static boolean isCloser(String sentence, LowerCaseWords words) {
        String body = withoutLabel(sentence);
        return OUTLOOK_LABEL.find(sentence, words) || CLOSER.find(body, words)
                || WRAP_UP.matcher(body).find() || PLACEHOLDER.find(sentence, words);
    }

    static boolean statesTrend(String sentence) {
        return statesTrend(sentence, LowerCaseWords.of(sentence));
    }

    static boolean statesTrend(String sentence, LowerCaseWords words) {
        return STATES_TREND.find(sentence, words);
    }

    private static int countIn(String sentence, List<String> items) {
        int n = 0;
        for (String item : items) {
            if (!item.isEmpty() && sentence.contains(item)) {
                n++;
            }
        }
        return n;
    }
}
