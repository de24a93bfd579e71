package io.trendreports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextSanitizerTest {

    private static final PdfFonts FONTS = PdfFonts.load();

    @Test
    void replacesCharactersTheFontLacksAndCountsThem() {
        TextSanitizer sanitizer = new TextSanitizer(FONTS);

        String clean = sanitizer.cleanLine("AI \u4EBA\u5DE5 \uD83D\uDE80!");

        String mark = FONTS.replacement();
        assertThat(mark).isNotEqualTo("?"); // a real question mark would hide the loss
        assertThat(clean).isEqualTo("AI " + mark + mark + " " + mark + "!");
        assertThat(sanitizer.replacedCharacters()).isEqualTo(3);
    }

    @Test
    void dropsControlAndFormatCharactersAndNormalisesWhitespace() {
        TextSanitizer sanitizer = new TextSanitizer(FONTS);

        assertThat(sanitizer.cleanLine("a\u0000b\u0007c\u200Dd\tx\r\ny")).isEqualTo("abcd x y");
        assertThat(sanitizer.clean("p1\r\np2\rp3")).isEqualTo("p1\np2\np3");
        assertThat(sanitizer.strippedCharacters()).isEqualTo(3);
        assertThat(sanitizer.replacedCharacters()).isZero();
    }

    @Test
    void everyDrawableCharacterIsKept() {
        TextSanitizer sanitizer = new TextSanitizer(FONTS);
        String text = "Caf\u00E9 \u00DCber \u0394\u03B5\u03BB\u03C4\u03B1 \u041C\u043E\u0441\u043A\u0432\u0430 \u20AC5 \u2014 \u201Cquoted\u201D";

        assertThat(sanitizer.cleanLine(text)).isEqualTo(text);
        assertThat(sanitizer.replacedCharacters()).isZero();
    }
}
