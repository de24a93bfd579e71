package io.trendreports.normalize;

/**
 * Capitalised words inside a sentence: a capital after a space that follows a letter, digit, comma
 * or semicolon, with the letters, digits and hyphens after it ("... as Mistral-Large and ..."),
 * generic acronyms left out. The same as finding {@code (?<=[\p{L}\p{N},;] )\p{Lu}[\p{L}\p{N}\-]*}
 * by regular expression, which tried its look-behind at every position of every sentence.
 */
final class CapitalisedInside {

    private CapitalisedInside() {
    }

    /** How many there are in {@code sentence}, counting up to {@code max}. */
    static int count(String sentence, int max) {
        int n = 0;
        int i = 0;
        while (i < sentence.length() && n < max) {
            int c = sentence.codePointAt(i);
            if (Character.getType(c) == Character.UPPERCASE_LETTER && followsWordAndSpace(sentence, i)) {
                int end = i + Character.charCount(c);
                while (end < sentence.length()) {
                    int next = sentence.codePointAt(end);
                    if (!isLetterOrNumber(next) && next != '-') {
                        break;
                    }
                    end += Character.charCount(next);
                }
                if (!NameCues.isGenericAcronym(sentence.substring(i, end))) {
                    n++;
                }
                i = end;
            } else {
                i += Character.charCount(c);
            }
        }
        return n;
    }

    private static boolean followsWordAndSpace(String s, int i) {
        if (i < 2 || s.charAt(i - 1) != ' ') {
            return false;
        }
        // one char, not a code point, as the regular expression's look-behind reads it
        char before = s.charAt(i - 2);
        return isLetterOrNumber(before) || before == ',' || before == ';';
    }

    /** {@code \p{L}} or {@code \p{N}}: numbers include Roman numerals and superscripts, not only digits. */
    private static boolean isLetterOrNumber(int c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
