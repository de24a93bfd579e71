package io.trendreports.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words and phrases of a text that could be key terms, each with how often and how it occurs.
 *
 * <p>A candidate is a run of up to {@link #MAX_PHRASE_WORDS} adjacent words (only whitespace
 * between them) that neither starts nor ends with a stop word, a number never starts one, and a
 * stop word may sit inside: "reinforcement learning from human feedback", "mise à l'échelle",
 * "Verarbeitung natürlicher Sprache". Hyphenated words ("fine-tuning", "GPT-5") are one word.
 * Punctuation and possessives ("OpenAI's GPT-5") end a run. Words are keyed by their stem (stop
 * words by their lower-case form), so "model scaling" and "models scale" are one candidate.
 *
 * <p>The same code keys the background document-frequency tables ({@link BackgroundFrequencies}),
 * so a table's keys and the extractor's always agree.
 */
final class TermCandidates {

    static final int MAX_PHRASE_WORDS = 5;

    /** French and Italian elided articles and pronouns glued to the next word ("l'empreinte"). */
    private static final Pattern ELISION = Pattern.compile(
            "(?i)^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|dall|dell|nell|sull|all|un)['\u2019](?=\\p{L})");

    private TermCandidates() {
    }

    /** Adds the candidates of {@code text} to {@code into} (insertion order = order of first sight). */
    static void collect(String text, boolean heading, LanguageProfile language, Map<String, Candidate> into) {
        List<Word> run = new ArrayList<>();
        for (Word word : words(text, language)) {
            boolean adjacent = run.isEmpty() || isBlank(text, run.get(run.size() - 1).end, word.start);
            if (!word.usable || !adjacent) {
                addNgrams(run, heading, into);
                run.clear();
            }
            if (word.usable) {
                run.add(word);
            }
            if (word.possessive) {
                addNgrams(run, heading, into);
                run.clear();
            }
        }
        addNgrams(run, heading, into);
    }

    /** The candidate key of a name or keyword as a whole, or {@code null} when it is no candidate. */
    static String keyOf(String phrase, LanguageProfile language) {
        List<Word> words = words(phrase, language);
        if (words.isEmpty() || words.stream().anyMatch(w -> !w.usable)) {
            return null;
        }
        return String.join(" ", words.stream().map(Word::key).toList());
    }

    private static void addNgrams(List<Word> words, boolean heading, Map<String, Candidate> candidates) {
        if (words.isEmpty()) {
            return;
        }
        Word[] run = words.toArray(new Word[0]);
        for (int start = 0; start < run.length; start++) {
            Word first = run[start];
            if (first.numeric || first.stop) {
                continue;
            }
            // each longer phrase extends the key of the shorter one
            StringBuilder key = new StringBuilder();
            for (int n = 1; n <= MAX_PHRASE_WORDS && start + n <= run.length; n++) {
                Word last = run[start + n - 1];
                if (n > 1) {
                    key.append(' ');
                }
                key.append(last.key);
                if (last.stop) {
                    continue;
                }
                String k = key.toString();
                Candidate c = candidates.get(k);
                int kind = heading ? Candidate.HEADING : first.sentenceStart ? Candidate.SENTENCE_START : Candidate.MID_SENTENCE;
                if (c == null) {
                    c = new Candidate(k, run, start, n, kind, candidates.size());
                    candidates.put(k, c);
                } else {
                    c.seenAgain(run, start, n, kind);
                }
                c.units = Math.min(c.units, n);
                c.occurrences++;
                c.inHeading |= heading;
                if (!heading) {
                    c.bodyOccurrences++;
                }
            }
        }
    }

    /** The gram as written: Chinese and Japanese words touch, elsewhere words stand apart. */
    private static String surface(Word[] run, int start, int n) {
        String firstWord = run[start].surfaceWithoutElision();
        if (n == 1) {
            return firstWord;
        }
        StringBuilder surface = new StringBuilder(firstWord);
        for (int i = start + 1; i < start + n; i++) {
            if (run[i - 1].end < run[i].start) {
                surface.append(' ');
            }
            surface.append(run[i].surface);
        }
        return surface.toString();
    }

    /** The words of the gram's key: a hyphenated word's key holds its parts. */
    private static List<String> keyWordsOf(Word[] run, int start, int n) {
        List<String> words = new ArrayList<>(n);
        for (int i = start; i < start + n; i++) {
            Word w = run[i];
            if (w.key.indexOf(' ') < 0) {
                words.add(w.key);
            } else {
                words.addAll(List.of(w.key.split(" ")));
            }
        }
        return List.copyOf(words);
    }

    private static List<String> contentKeysOf(Word[] run, int start, int n) {
        List<String> keys = new ArrayList<>(n);
        for (int i = start; i < start + n; i++) {
            if (!run[i].stop) {
                keys.add(run[i].key);
            }
        }
        return List.copyOf(keys);
    }

    private static int contentWordCount(Word[] run, int start, int n) {
        int count = 0;
        for (int i = start; i < start + n; i++) {
            count += run[i].stop ? 0 : 1;
        }
        return count;
    }

    /**
     * Words with hyphenated parts joined, each knowing its key and what it can be in a term. A word
     * is keyed by its stem where the language's stemmer yields one per word, else by itself.
     */
    private static List<Word> words(String text, LanguageProfile language) {
        Map<Integer, String> stemAt = new HashMap<>();
        if (language.stemsEachWord()) {
            for (Token t : Tokens.analyze(language.stemming(), text)) {
                stemAt.put(t.start(), t.term());
            }
        }
        List<Token> tokens = Tokens.analyze(language.words(), text);
        List<Word> words = new ArrayList<>(tokens.size());
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
            String lower = parts.get(0).term();
            boolean stop = parts.size() == 1 && language.isStopWord(lower);
            boolean possessive = surface.length() < end - start;
            boolean numeric = !Tokens.hasLetter(surface) && Tokens.hasLetterOrDigit(surface);
            // single letters are debris such as the "s" of "2023's"; symbols and emoji are no words
            boolean usable = stop || numeric
                    || Tokens.hasLetter(surface) && surface.codePointCount(0, surface.length()) > 1;
            String key = parts.size() == 1 ? keyOf(parts.get(0), stemAt) : String.join(" ", parts.stream()
                    .map(p -> keyOf(p, stemAt)).toList());
            words.add(new Word(surface, key, start, end, usable, stop, numeric, possessive,
                    sentenceStart(text, start)));
            i = j + 1;
        }
        return words;
    }

    private static String keyOf(Token part, Map<Integer, String> stemAt) {
        String stem = stemAt.get(part.start());
        return stem != null ? stem : stripPossessive(part.term());
    }

    /** Whether only whitespace stands between {@code from} and {@code to}, as String.isBlank decides. */
    private static boolean isBlank(String text, int from, int to) {
        return !Tokens.anyCodePoint(text, from, to, c -> !Character.isWhitespace(c));
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
            if (!Character.isWhitespace(c) && c != '"' && c != '\u201C' && c != '(' && c != '\u00AB'
                    && c != '\u00BF' && c != '\u00A1') {
                return c == '.' || c == '!' || c == '?' || c == ':';
            }
        }
        return true;
    }

    /**
     * @param usable     may be part of a candidate (stop words only inside a phrase)
     * @param numeric    a number may end a name ("PaLM 3") but never starts a term ("2024")
     * @param possessive "OpenAI's": ends a run, since "OpenAI's GPT-5" is two things
     */
    private record Word(String surface, String key, int start, int end, boolean usable, boolean stop,
                        boolean numeric, boolean possessive, boolean sentenceStart) {

        /** "l'empreinte" shows as "empreinte" at the start of a term. */
        String surfaceWithoutElision() {
            if (surface.indexOf('\'') < 0 && surface.indexOf('\u2019') < 0) {
                return surface;
            }
            return ELISION.matcher(surface).replaceFirst("");
        }
    }

    /**
     * One candidate's statistics within a text or section. Most candidates of a section are seen
     * once and dropped by the first test that looks at them, so what is derived from the words
     * (their keys, the forms as written) is worked out when first asked for, from the first
     * occurrence, and the tallies of forms only once a second occurrence comes along.
     */
    static final class Candidate {

        static final int MID_SENTENCE = 0;
        static final int SENTENCE_START = 1;
        static final int HEADING = 2;

        final String key;
        /** Words as written; "open-source" is one, "open source" two. */
        int units = Integer.MAX_VALUE;
        final int firstSeen;
        int occurrences;
        int bodyOccurrences;
        boolean inHeading;

        /** Where the candidate was first seen, and how ({@link #MID_SENTENCE}, ...). */
        private final Word[] firstRun;
        private final int firstStart;
        private final int firstLength;
        private final int firstKind;
        /**
         * Per kind, each form and how often it was seen, in order of first sight; {@code null}
         * while the candidate was seen once.
         */
        private List<Map<String, Integer>> formsByKind;
        private List<String> words;
        private List<String> contentKeys;
        private final int contentWordCount;
        private String form;
        private List<String> lowerCaseWords;

        private Candidate(String key, Word[] run, int start, int n, int kind, int firstSeen) {
            this.key = key;
            this.firstRun = run;
            this.firstStart = start;
            this.firstLength = n;
            this.firstKind = kind;
            this.firstSeen = firstSeen;
            this.contentWordCount = contentWordCount(run, start, n);
        }

        private void seenAgain(Word[] run, int start, int n, int kind) {
            if (formsByKind == null) {
                formsByKind = List.of(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
                formsByKind.get(firstKind).put(surface(firstRun, firstStart, firstLength), 1);
            }
            formsByKind.get(kind).merge(surface(run, start, n), 1, Integer::sum);
        }

        /** Stems, hyphenated words split, for containment tests. */
        List<String> words() {
            if (words == null) {
                words = keyWordsOf(firstRun, firstStart, firstLength);
            }
            return words;
        }

        /** Keys of the content words (stop words left out), a hyphenated word being one. */
        List<String> contentKeys() {
            if (contentKeys == null) {
                contentKeys = contentKeysOf(firstRun, firstStart, firstLength);
            }
            return contentKeys;
        }

        /** Holds a stop word inside ("from" in "learning from human feedback"). */
        boolean hasInnerStopWord() {
            return contentWordCount < units;
        }

        /** Forms seen mid-sentence, whose capitals are the words' own. */
        Set<String> midSentenceForms() {
            return forms(MID_SENTENCE);
        }

        /** Whether a form was seen at a sentence start (capitalised for that reason only). */
        boolean seenAtSentenceStart() {
            return !forms(SENTENCE_START).isEmpty();
        }

        private Set<String> forms(int kind) {
            if (formsByKind != null) {
                return formsByKind.get(kind).keySet();
            }
            // seen once, the one form is the most frequent one, worked out once
            return kind == firstKind ? Set.of(mostFrequentForm()) : Set.of();
        }

        /** The form seen most often mid-sentence, else at a sentence start, else in the heading. */
        String mostFrequentForm() {
            // asked for by every filter once the section is collected, so worked out once then
            if (form == null) {
                if (formsByKind == null) {
                    form = surface(firstRun, firstStart, firstLength);
                } else {
                    Map<String, Integer> forms = !formsByKind.get(MID_SENTENCE).isEmpty() ? formsByKind.get(MID_SENTENCE)
                            : !formsByKind.get(SENTENCE_START).isEmpty() ? formsByKind.get(SENTENCE_START)
                            : formsByKind.get(HEADING);
                    form = forms.entrySet().stream()
                            .max(Map.Entry.<String, Integer>comparingByValue())
                            .map(Map.Entry::getKey).orElseThrow();
                }
            }
            return form;
        }

        /** The words of {@link #mostFrequentForm}, lower-cased. */
        List<String> lowerCaseWords() {
            if (lowerCaseWords == null) {
                lowerCaseWords = List.of(mostFrequentForm().toLowerCase(Locale.ROOT).split(" "));
            }
            return lowerCaseWords;
        }

        /** Every form seen, for tests on how the words are written. */
        List<String> allForms() {
            List<String> all = new ArrayList<>(forms(MID_SENTENCE));
            all.addAll(forms(SENTENCE_START));
            all.addAll(forms(HEADING));
            return all;
        }

        /**
         * How to show the candidate.
         *
         * @param names           spellings whose capitals are always right (entity names)
         * @param capitalsMatter  German: nouns are capitalised wherever they stand
         */
        String display(Set<String> names, boolean capitalsMatter) {
            if (!midSentenceForms().isEmpty() || capitalsMatter) {
                return mostFrequentForm();
            }
            boolean fromHeading = !seenAtSentenceStart();
            String form = mostFrequentForm();
            if (names.contains(form)) {
                return form;
            }
            // capitals owed to position: "Model Scaling" is "model scaling", "RLHF" and "OpenAI" stay
            String[] parts = form.split(" ");
            for (int i = 0; i < parts.length && (fromHeading || i == 0); i++) {
                if (isTitleCase(parts[i])) {
                    parts[i] = parts[i].toLowerCase(Locale.ROOT);
                }
            }
            return String.join(" ", parts);
        }

        private static boolean isTitleCase(String word) {
            return word.length() > 1 && Character.isUpperCase(word.codePointAt(0))
                    && word.substring(word.offsetByCodePoints(0, 1)).codePoints().noneMatch(Character::isUpperCase);
        }
    }
}
