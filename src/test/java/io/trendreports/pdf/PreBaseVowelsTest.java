package io.trendreports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Vowel signs drawn before their consonant are moved there for the scripts nothing shapes. */
class PreBaseVowelsTest {

    @Test
    void tamilSignsBeforeTheirConsonantAndTwoPartSignsAroundIt() {
        assertThat(PreBaseVowels.visual("செய்தி")).isEqualTo("\u0BC6சய்தி");
        assertThat(PreBaseVowels.visual("தொழில்")).isEqualTo("\u0BC6த\u0BBEழில்");
    }

    @Test
    void malayalamOdiaAndGurmukhiToo() {
        assertThat(PreBaseVowels.visual("കേരളം")).isEqualTo("\u0D47കരളം");
        assertThat(PreBaseVowels.visual("ଓଡ଼ିଶାରେ")).isEqualTo("ଓଡ଼ିଶା\u0B47ର");
        assertThat(PreBaseVowels.visual("ਕਿਸਾਨ")).isEqualTo("\u0A3Fਕਸਾਨ");
    }

    @Test
    void aSignAfterAVisibleViramaGoesWithTheLastConsonant() {
        // ന്തെ: without shaping the conjunct shows as ന് and ത, and the sign belongs to ത
        assertThat(PreBaseVowels.visual("ന്തെ")).isEqualTo("ന്\u0D46ത");
    }

    @Test
    void textWithoutPreBaseSignsIsLeftAsItIs() {
        String telugu = "తెలుగు";
        assertThat(PreBaseVowels.visual(telugu)).isSameAs(telugu);
    }
}
