package io.trendreports.normalize;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a whole report says about its words' capitals, the evidence {@link NameRecognizer} checks a
 * capitalised word against: a word the report also writes in lower case is a common word ("Storage
 * is ..."), one it writes capitalised mid-sentence elsewhere is a name even where it opens a sentence.
 * Built once per report from the section bodies (headings are Title Case and prove nothing).
 */
final class ReportWords {

    static final ReportWords NONE = new ReportWords(Set.of(), Set.of());

    private final Set<String> lowerCase;
    private final Set<String> capitalisedInside;

    private ReportWords(Set<String> lowerCase, Set<String> capitalisedInside) {
        this.lowerCase = lowerCase;
        this.capitalisedInside = capitalisedInside;
    }

    /** Only a word capitalised on its own counts: "Builders" in "Associated Builders" is no name alone. */
    static ReportWords of(List<String> bodies) {
        Set<String> lower = new HashSet<>();
        Set<String> inside = new HashSet<>();
        for (String body : bodies) {
            addLowerCaseWords(body, lower);
            for (CapitalisedRuns.Run run : CapitalisedRuns.find(body, 0, false)) {
                if (run.words().size() == 1 && !run.opensSentence()) {
                    inside.add(run.words().get(0).text());
                }
            }
        }
        return new ReportWords(lower, inside);
    }

    /**
     * The words of {@code text} that start with a lower-case letter: a letter, then letters,
     * numbers, apostrophes and hyphens, less a possessive 's.
     */
    private static void addLowerCaseWords(String text, Set<String> into) {
        int length = text.length();
        int i = 0;
        while (i < length) {
            int c = text.codePointAt(i);
            if (!Character.isLetter(c)) {
                i += Character.charCount(c);
                continue;
            }
            int end = i + Character.charCount(c);
            while (end < length) {
                int d = text.codePointAt(end);
                if (!WordStarts.isWordChar(d) && d != '\'' && d != '\u2019' && d != '-') {
                    break;
                }
                end += Character.charCount(d);
            }
            if (Character.isLowerCase(c)) {
                into.add(stripPossessive(text.substring(i, end)));
            }
            i = end;
        }
    }

    /** The report writes {@code word} (any case) in lower case somewhere. */
    boolean writtenLowerCase(String word) {
        return lowerCase.contains(NameCues.lower(word));
    }

    /** The report writes {@code word} capitalised where no sentence starts. */
    boolean capitalisedMidSentence(String word) {
        return capitalisedInside.contains(word);
    }

    static String stripPossessive(String word) {
        if (word.endsWith("'s") || word.endsWith("\u2019s")) {
            return word.substring(0, word.length() - 2);
        }
        return word;
    }
}
