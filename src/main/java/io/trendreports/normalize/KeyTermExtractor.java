package io.trendreports.normalize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

/**
 * Finds the terms and 2-3 word phrases that set a section apart from the other sections of its
 * report, by TF-IDF with the report's sections as the corpus.
 *
 * <p>Candidates are runs of adjacent words without stop words, numbers or punctuation between
 * them; hyphenated words ("fine-tuning", "GPT-5") are one word. Occurrences are counted by stem,
 * so "model scaling" and "models scale" are one candidate, shown in its most frequent surface form
 * (capitals at a sentence start or in a Title Case heading do not count as the word's own).
 */
final class KeyTermExtractor {

    private static final int MAX_PHRASE_WORDS = 3;
    /** Phrases say more than single words when equally distinctive. */
    private static final double PHRASE_BOOST = 1.25;
    /** Terms the heading uses name the trend. */
    private static final double HEADING_BOOST = 1.5;

    /** Terms the analysts already named as theme keywords or entities are the domain's vocabulary. */
    private static final double VOCABULARY_BOOST = 1.5;

    private final int count;
    private final Set<String> names = new HashSet<>();
    /** Per language code: every contiguous part of every keyword and entity name, as stems. */
    private final Map<String, Set<List<String>>> vocabulary = new HashMap<>();

    KeyTermExtractor(int count, KnowledgeBase kb, LanguageProfiles languages) {
        this.count = count;
        List<String> names = new ArrayList<>();
        kb.taxonomy().definitions().forEach(t -> names.addAll(t.keywords()));
        kb.entities().entities().forEach(e -> names.addAll(e.spellings()));
        kb.entities().entities().forEach(e -> this.names.addAll(e.spellings()));
        List<LanguageProfile> profiles = new ArrayList<>(languages.supported());
        profiles.add(languages.undetermined());
        for (LanguageProfile profile : profiles) {
            Set<List<String>> parts = new HashSet<>();
            for (String name : names) {
                List<String> stems = Tokens.terms(profile.stemming(), name);
                for (int from = 0; from < stems.size(); from++) {
                    for (int to = from + 1; to <= stems.size(); to++) {
                        parts.add(List.copyOf(stems.subList(from, to)));
                    }
                }
            }
            vocabulary.put(profile.code(), Set.copyOf(parts));
        }
    }

    /** @return per section, in section order, at most {@code count} key terms, best first */
    List<List<String>> extract(List<SectionText> sections, LanguageProfile language) {
        List<Map<String, Candidate>> perSection = new ArrayList<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (SectionText section : sections) {
            Map<String, Candidate> candidates = new LinkedHashMap<>();
            collect(section.heading(), true, language, candidates);
            collect(section.body(), false, language, candidates);
            candidates.keySet().forEach(key -> documentFrequency.merge(key, 1, Integer::sum));
            perSection.add(candidates);
        }
        List<List<String>> result = new ArrayList<>();
        for (Map<String, Candidate> candidates : perSection) {
            result.add(select(candidates, documentFrequency, sections.size(),
                    vocabulary.getOrDefault(language.code(), Set.of())));
        }
        return result;
    }

    private List<String> select(Map<String, Candidate> candidates, Map<String, Integer> df, int documents,
                                Set<List<String>> vocabulary) {
        Map<Candidate, Double> scores = new HashMap<>();
        for (Candidate c : candidates.values()) {
            boolean known = vocabulary.contains(c.words);
            if (c.bodyOccurrences == 0) {
                // the heading is shown next to the key terms anyway; its filler words
                // ("Continued", "Innovations") are no key terms
                continue;
            }
            if (c.units > 1 && c.occurrences < 2 && !known
                    && (c.units > 2 || !allWordsUnique(c, df))) {
                // a phrase seen once is usually just adjacent words ("undergone unprecedented scaling");
                // keep it only when the vocabulary knows it or, for two words, when both belong to this
                // section alone ("intuitive interfaces")
                continue;
            }
            double idf = Math.log(1 + (double) documents / df.get(c.key));
            double score = (1 + Math.log(c.occurrences)) * idf;
            if (c.units > 1) {
                score *= PHRASE_BOOST;
            }
            if (c.inHeading) {
                score *= HEADING_BOOST;
            }
            if (known) {
                score *= VOCABULARY_BOOST;
            }
            scores.put(c, score);
        }
        List<Candidate> ranked = new ArrayList<>(scores.keySet());
        ranked.sort(Comparator.comparingDouble((Candidate c) -> scores.get(c)).reversed()
                .thenComparing(c -> c.firstSeen));
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : ranked) {
            if (chosen.size() >= count) {
                break;
            }
            if (chosen.stream().anyMatch(k -> contains(k.words, c.words))) {
                continue;
            }
            // a phrase replaces the single terms it contains, at the best of their ranks
            int at = -1;
            for (int i = chosen.size() - 1; i >= 0; i--) {
                if (contains(c.words, chosen.get(i).words)) {
                    chosen.remove(i);
                    at = i;
                }
            }
            if (at >= 0) {
                chosen.add(at, c);
            } else {
                chosen.add(c);
            }
        }
        return chosen.stream().map(c -> c.display(names)).toList();
    }

    private static boolean allWordsUnique(Candidate c, Map<String, Integer> df) {
        return c.unitKeys.stream().allMatch(k -> df.getOrDefault(k, 1) <= 1);
    }

    private static boolean contains(List<String> outer, List<String> inner) {
        return java.util.Collections.indexOfSubList(outer, inner) >= 0;
    }

    private static void collect(String text, boolean heading, LanguageProfile language,
                                Map<String, Candidate> candidates) {
        List<Word> words = words(text, language);
        List<Word> run = new ArrayList<>();
        for (Word word : words) {
            boolean adjacent = run.isEmpty()
                    || text.substring(run.get(run.size() - 1).end, word.start).isBlank();
            if (!word.candidate() || !adjacent) {
                addNgrams(run, heading, candidates);
                run.clear();
            }
            if (word.candidate()) {
                run.add(word);
            }
            if (word.possessive()) {
                addNgrams(run, heading, candidates);
                run.clear();
            }
        }
        addNgrams(run, heading, candidates);
    }

    private static void addNgrams(List<Word> run, boolean heading, Map<String, Candidate> candidates) {
        for (int start = 0; start < run.size(); start++) {
            if (run.get(start).numeric()) {
                continue;
            }
            for (int n = 1; n <= MAX_PHRASE_WORDS && start + n <= run.size(); n++) {
                List<Word> gram = run.subList(start, start + n);
                List<String> keys = gram.stream().map(Word::key).toList();
                String key = String.join(" ", keys);
                Candidate c = candidates.computeIfAbsent(key, k -> new Candidate(k, keys, candidates.size()));
                c.units = Math.min(c.units, n);
                c.occurrences++;
                c.inHeading |= heading;
                if (!heading) {
                    c.bodyOccurrences++;
                }
                String surface = String.join(" ", gram.stream().map(Word::surface).toList());
                Map<String, Integer> forms = heading ? c.headingSurfaces
                        : gram.get(0).sentenceStart ? c.sentenceStartSurfaces : c.surfaces;
                forms.merge(surface, 1, Integer::sum);
            }
        }
    }

    /** Words with hyphenated parts joined, each knowing its stem key and whether it can be a term. */
    private static List<Word> words(String text, LanguageProfile language) {
        Map<Integer, String> stemAt = new HashMap<>();
        for (Token t : Tokens.analyze(language.stemming(), text)) {
            stemAt.put(t.start(), t.term());
        }
        List<Token> tokens = Tokens.analyze(Tokens.WORDS, text);
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j + 1 < tokens.size() && tokens.get(j).end() + 1 == tokens.get(j + 1).start()
                    && isHyphen(text.charAt(tokens.get(j).end()))) {
                j++;
            }
            List<Token> parts = tokens.subList(i, j + 1);
            int start = parts.get(0).start();
            int end = parts.get(parts.size() - 1).end();
            String surface = stripPossessive(text.substring(start, end));
            boolean stop = parts.size() == 1 && language.isStopWord(parts.get(0).term());
            boolean possessive = surface.length() < end - start;
            // single letters are debris such as the "s" of "2023's"
            boolean numeric = !Tokens.hasLetter(surface) && Tokens.hasLetterOrDigit(surface);
            boolean candidate = !stop && (numeric || surface.codePointCount(0, surface.length()) > 1);
            String key = String.join(" ", parts.stream()
                    .map(p -> stemAt.getOrDefault(p.start(), stripPossessive(p.term()))).toList());
            words.add(new Word(surface, key, start, end, candidate, numeric, possessive, sentenceStart(text, start)));
            i = j + 1;
        }
        return words;
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    private static String stripPossessive(String word) {
        if (word.endsWith("'s") || word.endsWith("\u2019s")) {
            return word.substring(0, word.length() - 2);
        }
        return word;
    }

    private static boolean sentenceStart(String text, int start) {
        for (int k = start - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c) && c != '"' && c != '\u201C' && c != '(') {
                return c == '.' || c == '!' || c == '?' || c == ':';
            }
        }
        return true;
    }

    record SectionText(String heading, String body) {
    }

    /** @param possessive "OpenAI's": ends a run, since "OpenAI's GPT-5" is two things */
    /** @param numeric a number may end a name ("PaLM 3") but never starts a term ("2024") */
    private record Word(String surface, String key, int start, int end, boolean candidate, boolean numeric,
                        boolean possessive, boolean sentenceStart) {
    }

    private static final class Candidate {
        final String key;
        /** Stems, hyphenated words split, for containment tests. */
        final List<String> words;
        /** Stem keys of the words, a hyphenated word being one. */
        final List<String> unitKeys;
        /** Words as written; "open-source" is one, "open source" two. */
        int units = Integer.MAX_VALUE;
        final int firstSeen;
        int occurrences;
        int bodyOccurrences;
        boolean inHeading;
        /** Forms seen mid-sentence, whose capitals are the words' own. */
        final Map<String, Integer> surfaces = new LinkedHashMap<>();
        /** Forms whose first word is capitalised only because it starts a sentence. */
        final Map<String, Integer> sentenceStartSurfaces = new LinkedHashMap<>();
        /** Forms from a (probably Title Case) heading. */
        final Map<String, Integer> headingSurfaces = new LinkedHashMap<>();

        Candidate(String key, List<String> unitKeys, int firstSeen) {
            this.key = key;
            this.words = List.of(key.split(" "));
            this.unitKeys = unitKeys;
            this.firstSeen = firstSeen;
        }

        /** @param names spellings whose capitals are always right (entity names) */
        String display(Set<String> names) {
            if (!surfaces.isEmpty()) {
                return mostFrequent(surfaces);
            }
            boolean fromHeading = sentenceStartSurfaces.isEmpty();
            String form = mostFrequent(fromHeading ? headingSurfaces : sentenceStartSurfaces);
            if (names.contains(form)) {
                return form;
            }
            // capitals owed to position: "Model Scaling" is "model scaling", "RLHF" and "OpenAI" stay
            String[] words = form.split(" ");
            for (int i = 0; i < words.length && (fromHeading || i == 0); i++) {
                if (isTitleCase(words[i])) {
                    words[i] = words[i].toLowerCase(Locale.ROOT);
                }
            }
            return String.join(" ", words);
        }

        private static String mostFrequent(Map<String, Integer> forms) {
            return forms.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue())
                    .map(Map.Entry::getKey).orElseThrow();
        }

        private static boolean isTitleCase(String word) {
            return word.length() > 1 && Character.isUpperCase(word.codePointAt(0))
                    && word.substring(word.offsetByCodePoints(0, 1)).codePoints().noneMatch(Character::isUpperCase);
        }
    }
}
