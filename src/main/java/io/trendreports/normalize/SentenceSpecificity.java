package io.trendreports.normalize;

import java.util.List;
import java.util.Locale;
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

    private static final Pattern EXAMPLE = lowerCase("\\b(?:such as|for example|for instance|e\\.g\\.|"
            + "including|like|notamment|comme|tels? que|par exemple|wie|etwa|zum Beispiel|z\\. ?B\\.|darunter|"
            + "como|por ejemplo|incluidos?|entre ellos)\\b");
    private static final Pattern CAPITALISED_INSIDE = Pattern.compile("(?<=[\\p{L}\\p{N},;] )\\p{Lu}[\\p{L}\\p{N}\\-]*");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** Sentences that round a section off rather than state its trend. */
    private static final Pattern CLOSER = lowerCase("\\b(?:remains? to be seen|far from (?:settled|over)|"
            + "(?:is|are) likely to (?:continue|persist|remain)|will (?:continue|remain|persist|keep)|"
            + "in the (?:years|months|decade) ahead|coming (?:years|decade)|the future of|of the future|"
            + "paving the way|positioning|ultimately|in conclusion|overall,|a (?:key|crucial|central) "
            + "(?:challenge|priority|factor)|(?:is|are|remains?) (?:crucial|essential|key|vital|urgent)|"
            + "will be closely watched|is only beginning|new era|is reshaping|is changing rapidly|"
            + "is becoming a (?:requirement|priority|competitive factor)|"
            + "reste à voir|à l'avenir|demeure un défi|dürfte (?:sich )?weiter|wird Jahrzehnte|"
            + "steht noch am Anfang|queda mucho camino|continuará|se trata de una?|"
            + "(?:is|are) expected to (?:continue|deepen|evolve|foster)|may (?:significantly )?evolve)\\b"
            + "|^(?:looking ahead|going forward|in the long (?:term|run)),");
    /**
     * A report generator's unfilled template ("represents a [Insert percentage change]") or a hedge
     * about what is missing ("A detailed breakdown ... would provide a more nuanced understanding"):
     * it says what the section lacks, not what it found.
     */
    private static final Pattern PLACEHOLDER = Pattern.compile("(?:^|[\\[ ])Insert \\p{Ll}|\\b(?:would|could) "
            + "(?:provide|offer|shed|give) (?:a |more |further |light)");

    /** "By prioritizing energy efficiency, the industry ...": a wrap-up of what the section said. */
    private static final Pattern WRAP_UP = Pattern.compile("^(?:By|Through|With) \\p{L}+ing\\b");
    /** A sentence that says outright what the trend is. */
    private static final Pattern STATES_TREND = Pattern.compile("(?i)\\b(?:the (?:main|key|biggest|central|major) "
            + "(?:trend|shift|change|development)|the trend is|an? (?:significant|notable|important|clear) trend"
            + "(?: in \\d{4})? is|la (?:principale )?tendance (?:principale )?est|"
            + "der (?:wichtigste|zentrale) (?:Trend|Wandel)|la (?:principal|gran) tendencia)\\b");

    private SentenceSpecificity() {
    }

    /** "Model Compression: Techniques such as ...": a list item's Title Case label, style rather than content. */
    private static final Pattern LABEL = Pattern.compile("^\\p{Lu}[\\p{L}\\p{N}\\-'’()/&]*(?: (?:\\p{Lu}[\\p{L}\\p{N}\\-'’()/&]*|and|of|for|in|the|to|on|with|et|de|des|du|und|y|e|la|le|les)){0,6} ?[:\uFF1A] ");
    /** Labels that say the sentence sums the section up, or looks beyond it. */
    private static final Pattern OVERVIEW_LABEL = Pattern.compile("(?i)^(?:overview|summary|in short|key takeaway|"
            + "the bottom line|résumé|en bref|synthèse|überblick|zusammenfassung|fazit|resumen|en resumen|panorama)\\s?[:\uFF1A]");
    private static final Pattern OUTLOOK_LABEL = Pattern.compile("(?i)^(?:future directions?|future outlook|outlook|"
            + "next steps|looking ahead|perspectives?|ausblick|perspectivas)\\s?[:\uFF1A]|\\b(?:research|work|efforts?) "
            + "(?:in this area )?will (?:focus|concentrate|continue)");

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
        sentence = withoutLabel(sentence);
        double score = 0;
        score += 0.5 * countIn(sentence, facts.entities());
        score += 0.5 * countIn(sentence, facts.metrics());
        score += 0.25 * countIn(sentence, facts.sectors());
        if (facts.metrics().isEmpty() && DIGIT.matcher(sentence).find()) {
            score += 0.25;
        }
        long names = CAPITALISED_INSIDE.matcher(sentence).results()
                .filter(m -> !NameCues.isGenericAcronym(m.group())).count();
        score += 0.15 * Math.min(3, names);
        if (EXAMPLE.matcher(sentence.toLowerCase(Locale.ROOT)).find()) {
            score += 0.25;
        }
        if (Enumerations.in(sentence)) {
            score += 0.25;
        }
        return Math.min(1, score);
    }

    static boolean isCloser(String sentence) {
        String body = withoutLabel(sentence);
        return OUTLOOK_LABEL.matcher(sentence).find() || CLOSER.matcher(body.toLowerCase(Locale.ROOT)).find()
                || WRAP_UP.matcher(body).find() || PLACEHOLDER.matcher(sentence).find();
    }

    /**
     * A case-blind pattern matched against lower-cased text: Java folds case character by
     * character at every position it tries, which made these long lists of phrases the costliest
     * part of scoring a sentence. The source must hold no escape whose meaning depends on case.
     */
    private static Pattern lowerCase(String regex) {
        return Pattern.compile(regex.toLowerCase(Locale.ROOT));
    }

    static boolean statesTrend(String sentence) {
        return STATES_TREND.matcher(sentence).find();
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
