package io.trendreports.normalize;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.trendreports.normalize.TermCandidates.Candidate;

/**
 * Whether a phrase seen once in a section is shaped like a term rather than like adjacent words of
 * a sentence: a noun phrase ("customer conversations", "reduced tillage", "pagos instantáneos",
 * "grüne Wasserstoff", "transport de marchandises") and not a subject and its verb ("platform
 * handled", "consultoría usan") or an adverb's reach ("increasingly real-time"). Cheap word-shape
 * tests, no tagger: English by its list of verb forms, the Romance languages by their verb
 * endings, German by an adjective before a capitalised noun.
 */
final class PhraseShape {

    private static final Set<String> ROMANCE = Set.of("fr", "es", "it", "pt", "ca");
    private static final Set<String> OF = Set.of("de", "des", "du", "d'", "d\u2019", "del", "da", "di", "dos", "das",
            "do", "della", "dei", "degli");

    /** Spanish nouns that end like a verb's third person plural. */
    private static final Set<String> SPANISH_EN_NOUNS = Set.of("origen", "imagen", "volumen", "régimen", "examen",
            "orden", "joven", "resumen", "crimen", "margen", "almacén", "virgen", "dictamen", "certamen", "abdomen");

    private PhraseShape() {
    }

    static boolean isTermLike(Candidate c, String language, Set<String> verbs) {
        List<String> words = c.lowerCaseWords();
        if (words.size() < 2 || words.stream().anyMatch(w -> !Tokens.hasLetter(w) || w.endsWith("ly"))) {
            return false;
        }
        // a stop word inside only as "of": "cost of inference", "transport de marchandises", not "loop for refunds"
        if (words.size() > 3 || c.hasInnerStopWord() && !(words.size() == 3
                && (OF.contains(words.get(1)) || words.get(1).equals("of")))) {
            return false;
        }
        if (language.equals("en")) {
            // seen once, "connecting billions", "expanding charging" are a verb and its object
            return !verbs.isEmpty() && englishNounPhrase(words, verbs) && !words.get(0).endsWith("ing")
                    && !pluralThenParticiple(words);
        }
        if (language.equals("de")) {
            String original = c.mostFrequentForm();
            String[] parts = original.split(" ");
            return parts.length == 2 && Character.isLowerCase(parts[0].codePointAt(0))
                    && Character.isUpperCase(parts[1].codePointAt(0)) && parts[0].matches(".*(?:e|en|er|es|em)");
        }
        if (ROMANCE.contains(language)) {
            String first = words.get(0);
            String last = words.get(words.size() - 1);
            return words.stream().noneMatch(w -> romanceVerb(w, language)) && !infinitive(first, language)
                    && !(words.size() == 3 && infinitive(last, language));
        }
        return false;
    }

    /** The last word is a verb form ("prices climb"): never a term, however often seen. */
    static boolean endsInVerb(Candidate c, Set<String> verbs) {
        if (verbs.isEmpty()) {
            return false;
        }
        List<String> words = c.lowerCaseWords();
        return verbs.contains(words.get(words.size() - 1));
    }

    /**
     * English, a phrase ending in an -ed form is a noun and its participle ("services offered",
     * "systems tailored"), whichever verb it is; "-eed" words ("speed", "seed") are nouns.
     */
    static boolean endsInParticiple(Candidate c, String language) {
        if (!language.equals("en")) {
            return false;
        }
        List<String> words = c.lowerCaseWords();
        String last = words.get(words.size() - 1);
        return last.length() > 4 && last.endsWith("ed") && !last.endsWith("eed");
    }

    /** "agents handling", "factors contributing": a plural subject and its -ing verb, not a compound noun. */
    private static boolean pluralThenParticiple(List<String> words) {
        if (words.size() != 2) {
            return false;
        }
        String first = words.get(0);
        return first.length() > 3 && first.endsWith("s") && !first.endsWith("ss") && words.get(1).endsWith("ing");
    }

    /** "Sumers et al.": a citation's authors, in any language. */
    static boolean citesAuthors(Candidate c) {
        List<String> words = c.lowerCaseWords();
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).equals("et") && words.get(i + 1).startsWith("al")) {
                return true;
            }
        }
        return words.get(words.size() - 1).equals("et") || words.get(0).equals("al");
    }

    private static boolean englishNounPhrase(List<String> words, Set<String> verbs) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (verbs.contains(w) && !(i == 0 && i < words.size() - 1 && isParticiple(w))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isParticiple(String word) {
        return word.endsWith("ed") || word.endsWith("en") || word.endsWith("wn") || word.endsWith("lt");
    }

    private static boolean infinitive(String word, String language) {
        return switch (language) {
            case "fr" -> word.length() > 4 && (word.endsWith("er") || word.endsWith("ir"));
            case "es", "pt" -> word.length() > 4 && (word.endsWith("ar") || word.endsWith("er") || word.endsWith("ir"));
            case "it" -> word.length() > 4 && (word.endsWith("are") || word.endsWith("ere") || word.endsWith("ire"));
            default -> false;
        };
    }

    /** Third-person and past verb endings: "utilisent", "usan", "alcanzó", "usam", "usano". */
    private static boolean romanceVerb(String word, String language) {
        return switch (language) {
            case "fr" -> word.length() > 4 && (word.endsWith("ent") && !word.endsWith("ment") || word.endsWith("ra")
                    || word.endsWith("oit"));
            case "es" -> word.length() > 3 && (word.endsWith("an") || word.endsWith("ó") || word.endsWith("aron")
                    || word.endsWith("ieron") || word.length() > 4 && word.endsWith("en") && !SPANISH_EN_NOUNS.contains(word));
            case "pt" -> word.length() > 3 && (word.endsWith("am") || word.endsWith("ou"));
            case "it" -> word.length() > 4 && (word.endsWith("ano") || word.endsWith("ono"));
            default -> false;
        };
    }
}
