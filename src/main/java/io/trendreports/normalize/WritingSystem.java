package io.trendreports.normalize;

import java.lang.Character.UnicodeScript;

/**
 * Which script holds most of a text's letters, and the text cut down to that script. A report in
 * Chinese or Russian is full of Latin product names ("GPT-5", "OpenAI"), and an n-gram detector fed
 * the whole text then votes for a Latin-script language (every detector tried did); judged by its
 * main script, such a report is plainly Chinese or Russian. The main script is the one holding most
 * letters or, when that is Latin, another one holding a good share of them: Russian engineering
 * prose can spell more of its letters in Latin terms than in Cyrillic.
 *
 * <p>Ideographs, kana and Hangul syllables count three letters each, about what a Latin word of
 * the same meaning spends; Han and kana count as one script, since Japanese mixes both.
 *
 * @param script  the main script ({@link UnicodeScript#HAN} for Chinese and Japanese alike), or
 *                {@link UnicodeScript#UNKNOWN} for text without letters
 * @param letters the weighted letters of that script
 * @param kana    the weighted kana among them, which tell Japanese from Chinese
 */
record WritingSystem(UnicodeScript script, int letters, int kana) {

    private static final int SYLLABLE_WEIGHT = 3;
    /** A share of the letters this large in a script other than Latin names the text's language. */
    private static final double OTHER_SCRIPT_SHARE = 0.3;
    private static final UnicodeScript[] SCRIPTS = UnicodeScript.values();
    private static final int LATIN = UnicodeScript.LATIN.ordinal();

    static WritingSystem of(CharSequence text) {
        return of(text.toString().toCharArray());
    }

    /**
     * Reads a char array rather than the String: with the quick compiler a run uses, each
     * {@code charAt} is a call with its own bounds check, and this loop sees every character of
     * every report.
     */
    static WritingSystem of(char[] text) {
        int[] letters = new int[SCRIPTS.length];
        int kana = 0;
        for (int i = 0; i < text.length; ) {
            char ch = text[i];
            if (ch < 0x80) {
                if (isIdentifierChar(ch) && (i == 0 || !isIdentifierChar(text[i - 1]))) {
                    int identifierEnd = identifierEnd(text, i);
                    if (identifierEnd > i) {
                        // identifiers ("log_market_cap", "is_monotonic") are code, written in Latin whatever the language
                        i = identifierEnd;
                        continue;
                    }
                }
                i++;
                if (isAsciiLetter(ch)) {
                    letters[LATIN]++;
                }
                continue;
            }
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) {
                continue;
            }
            UnicodeScript script = scriptOf(c);
            int weight = script == UnicodeScript.HAN || script == UnicodeScript.HANGUL ? SYLLABLE_WEIGHT : 1;
            letters[script.ordinal()] += weight;
            if (script == UnicodeScript.HAN && isKana(UnicodeScript.of(c))) {
                kana += weight;
            }
        }
        UnicodeScript main = UnicodeScript.UNKNOWN;
        int most = 0;
        UnicodeScript otherThanLatin = UnicodeScript.UNKNOWN;
        int mostOtherThanLatin = 0;
        int total = 0;
        for (UnicodeScript script : SCRIPTS) {
            int n = letters[script.ordinal()];
            if (script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED) {
                continue;
            }
            total += n;
            if (n > most) {
                main = script;
                most = n;
            }
            if (script != UnicodeScript.LATIN && n > mostOtherThanLatin) {
                otherThanLatin = script;
                mostOtherThanLatin = n;
            }
        }
        if (main == UnicodeScript.LATIN && mostOtherThanLatin >= OTHER_SCRIPT_SHARE * total) {
            // a technical text in Russian or Arabic can spell more letters in Latin names and terms
            // than in its own script; an English text holds next to none of another script
            main = otherThanLatin;
            most = mostOtherThanLatin;
        }
        return new WritingSystem(main, most, main == UnicodeScript.HAN ? kana : 0);
    }

    /**
     * Where the run of ASCII letters, digits and underscores starting at {@code start} ends, when it
     * holds an underscore; otherwise {@code start}. Asked only where such a run starts, so each
     * character is looked at once or twice.
     */
    private static int identifierEnd(char[] text, int start) {
        boolean underscore = false;
        int end = start;
        while (end < text.length && isIdentifierChar(text[end])) {
            underscore |= text[end] == '_';
            end++;
        }
        return underscore ? end : start;
    }

    private static boolean isIdentifierChar(char c) {
        return c < 0x80 && (c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9');
    }

    /** An ASCII letter: Latin, and where the language checks' fast paths start. */
    static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** The share of kana among the Han-script letters, 0 for other scripts. */
    double kanaShare() {
        return letters == 0 ? 0 : (double) kana / letters;
    }

    /**
     * {@code text} with every run of anything but this script's letters and marks turned into one
     * space, so that another script's words and the digits and punctuation between do not vote.
     */
    String keepOnlyMine(char[] text) {
        char[] kept = new char[text.length];
        int length = 0;
        boolean latin = script == UnicodeScript.LATIN;
        for (int i = 0; i < text.length; ) {
            char ch = text[i];
            if (ch < 0x80) {
                // ASCII: a letter is Latin, anything else is common to all scripts
                if (latin && isAsciiLetter(ch)) {
                    kept[length++] = ch;
                } else if (length > 0 && kept[length - 1] != ' ') {
                    kept[length++] = ' ';
                }
                i++;
                continue;
            }
            int c = Character.codePointAt(text, i);
            int width = Character.charCount(c);
            UnicodeScript of = scriptOf(c);
            boolean mine = of == script && (Character.isLetter(c) || isMark(c)) || of == UnicodeScript.INHERITED;
            if (mine) {
                System.arraycopy(text, i, kept, length, width);
                length += width;
            } else if (length > 0 && kept[length - 1] != ' ') {
                kept[length++] = ' ';
            }
            i += width;
        }
        // the same text with and without quoted names is the same length, so Optimaize treats it alike
        return new String(kept, 0, length).strip();
    }

    /**
     * The script of {@code c}, kana counted as Han. Only asked for characters beyond ASCII: the
     * loops above settle ASCII themselves, since Unicode's script table is a binary search over
     * some two thousand ranges and was half the detector's time on an English report.
     */
    private static UnicodeScript scriptOf(int c) {
        UnicodeScript script = UnicodeScript.of(c);
        return isKana(script) ? UnicodeScript.HAN : script;
    }

    private static boolean isKana(UnicodeScript script) {
        return script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA;
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
