package io.trendreports.pdf;

/**
 * Visual order for the scripts PDFBox draws unshaped, whose vowel signs e, ee and ai stand before
 * their consonant though they are typed after it: Tamil, Malayalam, Odia and Gurmukhi (its sign i).
 * Left in typed order they would be drawn after the consonant, which reads as another syllable. Each
 * such sign, and the front half of a two-part vowel sign (Tamil ொ is ெ and ா), is moved before
 * the consonant it follows. Conjuncts are not formed without shaping (their viramas stay visible), so
 * the sign goes with the last consonant, the one it visibly belongs to.
 */
final class PreBaseVowels {

    private PreBaseVowels() {
    }

    /** The run in drawing order; the run itself when it has no pre-base vowel sign. */
    static String visual(String run) {
        if (!hasPreBase(run)) {
            return run;
        }
        StringBuilder out = new StringBuilder(run.length() + 4);
        int consonantAt = -1;
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            String parts = parts(c);
            if (parts != null && consonantAt >= 0) {
                out.insert(consonantAt, parts.charAt(0));
                out.append(parts, 1, parts.length());
                consonantAt = -1;
                continue;
            }
            if (Character.isLetter(c) && Character.getType(c) == Character.OTHER_LETTER) {
                consonantAt = out.length();
            } else if (Character.getType(c) != Character.NON_SPACING_MARK || !isNukta(c)) {
                // a nukta stays with its consonant; anything else ends the syllable
                consonantAt = -1;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean hasPreBase(String run) {
        for (int i = 0; i < run.length(); i++) {
            if (parts(run.charAt(i)) != null) {
                return true;
            }
        }
        return false;
    }

    /** The sign as drawn: its pre-base part first, then what follows the consonant; null if it is not pre-base. */
    private static String parts(char c) {
        switch (c) {
            // Tamil e, ee, ai; o, oo, au
            case '\u0BC6', '\u0BC7', '\u0BC8':
                return String.valueOf(c);
            case '\u0BCA':
                return "\u0BC6\u0BBE";
            case '\u0BCB':
                return "\u0BC7\u0BBE";
            case '\u0BCC':
                return "\u0BC6\u0BD7";
            // Malayalam e, ee, ai; o, oo, au
            case '\u0D46', '\u0D47', '\u0D48':
                return String.valueOf(c);
            case '\u0D4A':
                return "\u0D46\u0D3E";
            case '\u0D4B':
                return "\u0D47\u0D3E";
            case '\u0D4C':
                return "\u0D46\u0D57";
            // Odia e; ai, o, au
            case '\u0B47':
                return String.valueOf(c);
            case '\u0B48':
                return "\u0B47\u0B56";
            case '\u0B4B':
                return "\u0B47\u0B3E";
            case '\u0B4C':
                return "\u0B47\u0B57";
            // Gurmukhi i
            case '\u0A3F':
                return String.valueOf(c);
            default:
                return null;
        }
    }

    private static boolean isNukta(char c) {
        return c == '\u0B3C' || c == '\u0A3C';
    }
}
