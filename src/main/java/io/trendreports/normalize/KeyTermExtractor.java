package io.trendreports.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.trendreports.normalize.TermCandidates.Candidate;

/**
 * Finds the terms and phrases that set a section apart, by TF-IDF over a background corpus plus
 * the sections of the section's own report.
 *
 * <p>For a candidate t ({@link TermCandidates}) of section s in a report of n sections, language L:
 * <pre>
 *   tf    = occurrences of t in s (heading and body)
 *   N     = documents of L's background table + n
 *   df    = background documents containing t + sections of the report containing t
 *   idf   = ln((N + 1) / (df + 1)) + 1
 *   score = (1 + ln tf) x idf x boosts
 * </pre>
 * with boosts for a phrase (1.25), a term in the heading (1.5) and a term the analysts already
 * listed as a theme keyword or entity name (1.5). The background tables ({@link
 * BackgroundFrequencies}) are fixed, so a section's terms depend only on its report and the
 * configuration, whatever else a run holds.
 *
 * <p>Not key terms: a term only in the heading (shown beside the terms anyway); a single word in
 * more than {@link #GENERIC_SHARE} of the background documents ("language", "models"); a term with
 * a word from the language's list of common verbs, adverbs and adjectives
 * ({@code /normalize/common-words-<lang>.txt}, "richten", "deshalb"); in German, a term whose last
 * word is not capitalised (German nouns are; "Verarbeitung natürlicher Sprache" passes, "richten
 * deshalb" does not); and a phrase seen once that the analysts did not list, since that is usually
 * just adjacent words ("undergone unprecedented scaling", "prototype called").
 *
 * <p>Then the best terms are taken in score order; a phrase replaces the shorter terms it contains
 * at the best of their ranks, and a term inside an already chosen phrase is skipped. A term shows
 * in its most frequent surface form (capitals at a sentence start or in a Title Case heading do
 * not count as the word's own, except in German).
 */
final class KeyTermExtractor {

    private static final double PHRASE_BOOST = 1.25;
    private static final double HEADING_BOOST = 1.5;
    private static final double VOCABULARY_BOOST = 1.5;
    private static final double REPEATED_WORD_BOOST = 0.25;
    private static final double LONGER_PHRASE_BOOST = 1.1;
    /** A phrase seen once may be a term when it is this short and shaped like one ({@link PhraseShape}). */
    private static final int ONCE_SEEN_MAX_WORDS = 3;
    /** A single word in more background documents than this share is general vocabulary. */
    static final double GENERIC_SHARE = 0.12;
    /** In a report this long, a term in more than half of its sections is the report's subject. */
    private static final int SUBJECT_MIN_SECTIONS = 4;
    /** Languages whose nouns are capitalised, so a term must end in a capitalised word. */
    private static final Set<String> CAPITALISED_NOUNS = Set.of("de");

    private final int count;
    private final Set<String> names = new HashSet<>();
    /** Every theme keyword and entity spelling. */
    private final List<String> allNames = new ArrayList<>();
    private static final int ENTITY_KEY_CACHE_SIZE = 20_000;
    private final Map<String, List<List<String>>> entityKeyCache = new ConcurrentHashMap<>();
    /** Per language code, built when the first report in that language comes along. */
    private final Map<String, LanguageTables> tables = new ConcurrentHashMap<>();

    KeyTermExtractor(int count, KnowledgeBase kb) {
        this.count = count;
        kb.taxonomy().definitions().forEach(t -> allNames.addAll(t.keywords()));
        kb.entities().entities().forEach(e -> allNames.addAll(e.spellings()));
        kb.entities().entities().forEach(e -> this.names.addAll(e.spellings()));
    }

    private LanguageTables tables(LanguageProfile language) {
        return tables.computeIfAbsent(language.code(), code -> {
            Map<String, Candidate> parts = new HashMap<>();
            for (String name : allNames) {
                TermCandidates.collect(name.replace("*", ""), false, language, parts);
            }
            return new LanguageTables(Set.copyOf(parts.keySet()), BackgroundFrequencies.load(code),
                    wordList("common-words", code), wordList("verbs", code), wordList("generic-words", code),
                    wordList("vague-modifiers", code));
        });
    }

    /** @return per section, in section order, at most {@code count} key terms, best first */
    List<List<String>> extract(List<SectionText> sections, LanguageProfile language) {
        List<List<String>> none = sections.stream().map(s -> List.<String>of()).toList();
        return extract(sections, language, none, none);
    }

    /**
     * @param entities per section, its entities: a term that names one of them, or lies inside or
     *                 around one, is no key term (the entities are shown anyway)
     * @param metrics  per section, its metrics: a term inside one ("million subscribers") is shown there
     */
    List<List<String>> extract(List<SectionText> sections, LanguageProfile language, List<List<String>> entities,
                               List<List<String>> metrics) {
        List<Map<String, Candidate>> perSection = new ArrayList<>();
        Map<String, Integer> reportFrequency = new HashMap<>();
        for (SectionText section : sections) {
            Map<String, Candidate> candidates = new LinkedHashMap<>();
            TermCandidates.collect(section.heading(), true, language, candidates);
            TermCandidates.collect(section.body(), false, language, candidates);
            candidates.keySet().forEach(key -> reportFrequency.merge(key, 1, Integer::sum));
            perSection.add(candidates);
        }
        LanguageTables languageTables = tables(language);
        Corpus corpus = new Corpus(languageTables.background(), reportFrequency, sections.size());
        List<List<String>> result = new ArrayList<>();
        for (int i = 0; i < perSection.size(); i++) {
            List<List<String>> entityKeys = new ArrayList<>();
            for (String entity : entities.get(i)) {
                entityKeys.addAll(entityKeys(entity, language));
            }
            result.add(select(perSection.get(i), corpus, languageTables, language.code(), entityKeys,
                    metrics.get(i).stream().map(m -> m.toLowerCase(Locale.ROOT)).toList()));
        }
        return result;
    }

    /**
     * The candidate keys of an entity's name as a whole. Kept, since the same names come back in
     * every report: analysing them anew each time also pushed the sections' own analyses out of
     * {@link Tokens}' small per-thread cache, which tripled the normalizer's time.
     */
    private List<List<String>> entityKeys(String entity, LanguageProfile language) {
        String cacheKey = language.code() + '\u0000' + entity;
        List<List<String>> keys = entityKeyCache.get(cacheKey);
        if (keys == null) {
            Map<String, Candidate> parts = new HashMap<>();
            TermCandidates.collect(entity, false, language, parts);
            int longest = parts.values().stream().mapToInt(c -> c.units).max().orElse(0);
            keys = parts.values().stream().filter(c -> c.units == longest).map(Candidate::words).toList();
            if (entityKeyCache.size() > ENTITY_KEY_CACHE_SIZE) {
                entityKeyCache.clear();
            }
            entityKeyCache.put(cacheKey, keys);
        }
        return keys;
    }

    private List<String> select(Map<String, Candidate> candidates, Corpus corpus, LanguageTables languageTables,
                                String language, List<List<String>> entityKeys, List<String> metrics) {
        Set<String> known = languageTables.vocabulary();
        Set<String> common = languageTables.commonWords();
        boolean capitalised = CAPITALISED_NOUNS.contains(language);
        Map<Candidate, Double> scores = new HashMap<>();
        for (Candidate c : candidates.values()) {
            boolean listed = known.contains(c.key);
            // cheapest tests first: most candidates are phrases seen once
            boolean onceSeenPhrase = c.units > 1 && c.occurrences < 2 && !listed;
            // cheapest tests first: most candidates are phrases seen once, and most of those too long
            if (c.bodyOccurrences == 0 || onceSeenPhrase && (c.units > ONCE_SEEN_MAX_WORDS
                    || c.hasInnerStopWord() && c.units != ONCE_SEEN_MAX_WORDS)) {
                continue;
            }
            if (onceSeenPhrase && (hasCommonWord(c, common) || !PhraseShape.isTermLike(c, language, languageTables.verbs()))) {
                continue;
            }
            if (c.units > 1 && !listed && (opensVaguely(c, languageTables.vagueModifiers()) || PhraseShape.endsInParticiple(c, language)
                    || PhraseShape.citesAuthors(c))) {
                continue;
            }
            if (c.occurrences == 1 && c.units > 1 && !listed && holdsAMoreFrequentTerm(c, candidates)) {
                continue;
            }
            if (c.units == 1 && (corpus.isGeneric(c.key) || isGenericWord(c, languageTables))
                    || hasCommonWord(c, common) || PhraseShape.endsInVerb(c, languageTables.verbs())
                    || capitalised && !endsCapitalised(c) || namesAnEntity(c, entityKeys)
                    || !capitalised && holdsAName(c) || insideAMetric(c, metrics)) {
                continue;
            }
            if (corpus.namesTheReportsSubject(c.key) && !c.inHeading) {
                continue;
            }
            double score = (1 + Math.log(c.occurrences)) * corpus.idf(c.key);
            if (c.units > 2 && c.occurrences > 1) {
                // the whole expression rather than its halves: "heat pump sales", not "heat pump; pump sales"
                score *= LONGER_PHRASE_BOOST;
            }
            if (c.units > 1) {
                // a phrase whose words the section keeps using is its subject ("battery storage ... storage")
                score *= 1 + REPEATED_WORD_BOOST * Math.min(2, repeatedWords(c, candidates));
            }
            if (c.units > 1) {
                score *= PHRASE_BOOST;
            }
            if (c.inHeading) {
                score *= HEADING_BOOST;
            }
            if (listed) {
                score *= VOCABULARY_BOOST;
            }
            scores.put(c, score);
        }
        List<Candidate> ranked = new ArrayList<>(scores.keySet());
        // phrases first: "customer; methods" says less than "customer service; fine-tuning methods"
        ranked.sort(Comparator.comparing((Candidate c) -> c.units == 1)
                .thenComparing(Comparator.comparingDouble((Candidate c) -> scores.get(c)).reversed())
                .thenComparing(c -> c.firstSeen));
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : ranked) {
            if (chosen.size() >= count) {
                break;
            }
            if (chosen.stream().anyMatch(k -> contains(k.words(), c.words()) || sameContent(k, c) || chained(k, c))) {
                continue;
            }
            int at = -1;
            for (int i = chosen.size() - 1; i >= 0; i--) {
                if (contains(c.words(), chosen.get(i).words())) {
                    chosen.remove(i);
                    at = i;
                }
            }
            chosen.add(at >= 0 ? at : chosen.size(), c);
        }
        return chosen.stream().map(c -> c.display(names, capitalised)).toList();
    }

    /** "potential applications", "explosive growth": the first word grades the rest, which competes on its own. */
    private static boolean opensVaguely(Candidate c, Set<String> vague) {
        return !vague.isEmpty() && vague.contains(c.lowerCaseWords().get(0));
    }

    /** "emerging market" then "market currencies": two halves of one expression, the second says nothing new. */
    private static boolean chained(Candidate a, Candidate b) {
        List<String> aw = a.words();
        List<String> bw = b.words();
        if (aw.size() < 2 || bw.size() < 2) {
            return false;
        }
        return aw.get(aw.size() - 1).equals(bw.get(0)) || bw.get(bw.size() - 1).equals(aw.get(0));
    }

    /** Same content words in another order or form: "carbon capture" and "capture of carbon". */
    private static boolean sameContent(Candidate a, Candidate b) {
        return a.contentKeys().size() > 0 && Set.copyOf(a.contentKeys()).equals(Set.copyOf(b.contentKeys()));
    }

    private static boolean isGenericWord(Candidate c, LanguageTables tables) {
        return tables.genericWords().contains(c.mostFrequentForm().toLowerCase(Locale.ROOT))
                || tables.verbs().contains(c.mostFrequentForm().toLowerCase(Locale.ROOT));
    }

    /**
     * A phrase seen once around a term the section repeats is that term and a neighbour: "prioritizing
     * energy efficiency", "quantisation shrinks models". (A two-word phrase around a repeated single
     * word, "battery storage", is a term of its own.)
     */
    private static boolean holdsAMoreFrequentTerm(Candidate c, Map<String, Candidate> candidates) {
        List<String> keys = List.of(c.key.split(" "));
        for (int from = 0; from < keys.size(); from++) {
            for (int to = from + 1; to <= keys.size(); to++) {
                int length = to - from;
                if (length == keys.size() || length == 1 && c.units < 3) {
                    continue;
                }
                Candidate inner = candidates.get(String.join(" ", keys.subList(from, to)));
                if (inner != null && inner.occurrences > c.occurrences) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Permanente rolled", "flight of Ariane": a Title Case word inside a sentence is part of a name. */
    private static boolean holdsAName(Candidate c) {
        for (String form : c.midSentenceForms()) {
            for (String word : form.split(" ")) {
                if (word.length() > 1 && Character.isUpperCase(word.codePointAt(0))
                        && word.substring(1).codePoints().allMatch(ch -> Character.isLowerCase(ch) || ch == '-')) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean insideAMetric(Candidate c, List<String> metrics) {
        String form = c.mostFrequentForm().toLowerCase(Locale.ROOT);
        return metrics.stream().anyMatch(m -> m.contains(form));
    }

    private static boolean namesAnEntity(Candidate c, List<List<String>> entityKeys) {
        for (List<String> entity : entityKeys) {
            if (contains(entity, c.words()) || contains(c.words(), entity)) {
                return true;
            }
        }
        return false;
    }

    /** How many of a phrase's content words occur again in the section on their own. */
    private static int repeatedWords(Candidate c, Map<String, Candidate> candidates) {
        int n = 0;
        for (String key : c.contentKeys()) {
            Candidate single = candidates.get(key);
            if (single != null && single.occurrences > c.occurrences) {
                n++;
            }
        }
        return n;
    }

    private static boolean hasCommonWord(Candidate c, Set<String> common) {
        if (common.isEmpty()) {
            return false;
        }
        for (String word : c.lowerCaseWords()) {
            if (common.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last word starts with a capital or holds a digit ("KI", "GPT-5"), as written mid-sentence
     * when it ever is (a capital at a sentence start proves nothing).
     */
    private static boolean endsCapitalised(Candidate c) {
        List<String> forms = c.midSentenceForms().isEmpty() ? c.allForms() : List.copyOf(c.midSentenceForms());
        for (String form : forms) {
            String last = form.substring(form.lastIndexOf(' ') + 1);
            if (!last.isEmpty() && (Character.isUpperCase(last.codePointAt(0))
                    || last.codePoints().anyMatch(Character::isDigit))) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(List<String> outer, List<String> inner) {
        return Collections.indexOfSubList(outer, inner) >= 0;
    }

    private static Set<String> wordList(String list, String language) {
        InputStream in = KeyTermExtractor.class.getResourceAsStream("/normalize/" + list + "-" + language + ".txt");
        if (in == null) {
            return Set.of();
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }

    record SectionText(String heading, String body) {
    }

    /**
     * @param vocabulary  the candidate keys of every keyword and entity name, and of their parts
     * @param background  the language's background table, {@link BackgroundFrequencies#NONE} if it has none
     * @param commonWords  words that keep a candidate from being a term
     * @param verbs        verb forms: no term on their own nor a phrase's last word ({@code verbs-<lang>.txt})
     * @param genericWords words too general to be a term alone ({@code generic-words-<lang>.txt})
     * @param vagueModifiers adjectives that grade, date or count: no phrase opens with one
     *                       ({@code vague-modifiers-<lang>.txt}, "potential applications")
     */
    private record LanguageTables(Set<String> vocabulary, BackgroundFrequencies background, Set<String> commonWords,
                                  Set<String> verbs, Set<String> genericWords, Set<String> vagueModifiers) {
    }

    /** The documents a section's candidates are weighed against: the background and the report. */
    private record Corpus(BackgroundFrequencies background, Map<String, Integer> report, int sections) {

        double idf(String key) {
            int n = background.documents() + sections;
            int df = background.of(key) + report.getOrDefault(key, 0);
            return Math.log((n + 1.0) / (df + 1.0)) + 1;
        }

        /**
         * "forex market" in most sections of a forex report: it names what the whole report is
         * about, which sets no section apart (unless its heading says so too).
         */
        boolean namesTheReportsSubject(String key) {
            return sections >= SUBJECT_MIN_SECTIONS && report.getOrDefault(key, 0) * 2 > sections;
        }

        boolean isGeneric(String key) {
            return background.documents() > 0 && background.of(key) > GENERIC_SHARE * background.documents();
        }

    }
}
