package io.trendreports.normalize;

/**
 * Letters only Vietnamese writes: ơ, ư, đ and the vowels carrying a tone mark under or over
 * another mark (ạ, ế, ộ, ữ, ...: U+1EA0 to U+1EF9). A Vietnamese report on software jobs writes half
 * its nouns in English ("AI/ML roles", "outsourcing", "remote"), enough for character n-grams to
 * call it English, yet a fifth or more of its words still carry these letters, which no English
 * text has. ẹ and ọ are left out: Yoruba writes them too. The detector asks only when n-grams
 * say English or nothing: a text that mixes Vietnamese with another language's prose is told by
 * that prose.
 */
final class VietnameseLetters {

    /** Share of a text's words holding such a letter from which the text is Vietnamese. */
    static final double MIN_WORD_SHARE = 0.12;
    /** Fewer words than this say too little. */
    private static final int MIN_WORDS = 20;

    private VietnameseLetters() {
    }

    static boolean dominate(char[] text) {
        int words = 0;
        int marked = 0;
        boolean inWord = false;
        boolean wordMarked = false;
        for (char c : text) {
            if (c < 0x80 ? WritingSystem.isAsciiLetter(c) : Character.isLetter(c)) {
                if (!inWord) {
                    inWord = true;
                    wordMarked = false;
                    words++;
                }
                if (!wordMarked && isVietnamese(c)) {
                    wordMarked = true;
                    marked++;
                }
            } else if (c < 0x80 ? c < '0' || c > '9' : !Character.isLetterOrDigit(c)) {
                inWord = false;
            }
        }
        return words >= MIN_WORDS && marked >= MIN_WORD_SHARE * words;
    }

    private static boolean isVietnamese(char c) {
        if (c >= '\u1EA0' && c <= '\u1EF9') {
            return c != '\u1EB8' && c != '\u1EB9' && c != '\u1ECC' && c != '\u1ECD';
        }
        return c == 'ơ' || c == 'Ơ' || c == 'ư' || c == 'Ư' || c == 'đ' || c == 'Đ';
    }
}
