package io.trendreports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextSanitizerTest {

    private static final PdfFonts FONTS = PdfFonts.load();

    @Test
    void replacesCharactersNoFontHasAndCountsThem() {
        TextSanitizer sanitizer = new TextSanitizer(FONTS);

        String clean = sanitizer.cleanLine("AI \u4EBA\u5DE5 \uD83D\uDE80!");

        String mark = FONTS.replacement();
        assertThat(mark).isNotEqualTo("?"); // a real question mark would hide the loss
        // the ideographs are the bundled CJK face's; the rocket is in no font
        assertThat(clean).isEqualTo("AI \u4EBA\u5DE5 " + mark + "!");
        assertThat(sanitizer.replacedCharacters()).isEqualTo(1);
    }

    @Test
    void emojiAreReplacedAndCountedWithoutReadingTheCjkFace() {
        PdfFonts fonts = PdfFonts.load();
        TextSanitizer sanitizer = new TextSanitizer(fonts);

        String clean = sanitizer.cleanLine("Launch \uD83D\uDE80 went well \uD83C\uDF89");

        assertThat(clean).isEqualTo("Launch " + fonts.replacement() + " went well " + fonts.replacement());
        assertThat(sanitizer.replacedCharacters()).isEqualTo(2);
        assertThat(fonts.faces()).extracting(FontFace::name).doesNotContain("DroidSansFallback.ttf");
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
