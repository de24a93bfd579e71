package io.trendreports.pdf;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;

/**
 * Right-to-left text for PDFBox, which draws glyphs exactly in the order it is given and does not
 * shape: Arabic letters are turned into their joined presentation forms (in logical order, before
 * measuring and wrapping), and each drawn line is reordered into visual order with mirrored
 * brackets.
 */
final class BidiText {

    private static final int SHAPING = ArabicShaping.LETTERS_SHAPE | ArabicShaping.LENGTH_GROW_SHRINK
            | ArabicShaping.TEXT_DIRECTION_LOGICAL;

    private BidiText() {
    }

    /** Joined Arabic letter forms; text without Arabic comes back as it is. */
    static String shapeArabic(String logical) {
        if (!hasArabic(logical)) {
            return logical;
        }
        try {
            // a shaper per call: briefs are shaped on many threads and it costs next to nothing
            return new ArabicShaping(SHAPING).shape(logical);
        } catch (ArabicShapingException e) {
            return logical; // unjoined letters are still readable
        }
    }

    /** True if the first strong character of the text is right-to-left. */
    static boolean isRightToLeft(String logical) {
        return Bidi.getBaseDirection(logical) == Bidi.RTL;
    }

    /**
     * One line in the order its glyphs are drawn from left to right.
     *
     * @param rightToLeft base direction of the paragraph the line belongs to
     */
    static String visual(String line, boolean rightToLeft) {
        if (!hasRightToLeft(line)) {
            return line;
        }
        Bidi bidi = new Bidi();
        bidi.setPara(line, rightToLeft ? Bidi.RTL : Bidi.LTR, null);
        return bidi.writeReordered(Bidi.DO_MIRRORING);
    }

    static String visual(String line) {
        return visual(line, isRightToLeft(line));
    }

    static boolean hasRightToLeft(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int dir = UCharacter.getDirection(cp);
            if (dir == UCharacterDirection.RIGHT_TO_LEFT || dir == UCharacterDirection.RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static boolean hasArabic(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0600 && c <= 0x06FF || c >= 0x0750 && c <= 0x077F) {
                return true;
            }
        }
        return false;
    }
}
