package io.trendreports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Syllables PDFBox's shaper would scramble are handed to it in visual order; the rest as typed. */
class ShaperPiecesTest {

    @Test
    void aWordWithoutTheSignIOrARephIsOnePieceAndTheSignIStartsOne() {
        assertThat(ShaperPieces.DEVANAGARI.pieces("भारतीय")).containsExactly("भारतीय");
        assertThat(ShaperPieces.DEVANAGARI.pieces("प्रौद्योगिकी")).containsExactly("प्रौद्यो", "\u093Fगकी");
    }

    @Test
    void theSignIGoesBeforeTheWholeConjunct() {
        assertThat(ShaperPieces.DEVANAGARI.pieces("स्थिति")).containsExactly("\u093Fस्थ", "\u093Fत");
    }

    @Test
    void aRephIsDrawnAfterItsSyllableWithTheSignIFirst() {
        assertThat(ShaperPieces.DEVANAGARI.pieces("पारदर्शिता")).containsExactly("पारद", "\u093Fश", "र्", "ता");
        assertThat(ShaperPieces.DEVANAGARI.pieces("कार्यान्वयन")).containsExactly("का", "या", "र्", "न्वयन");
    }

    @Test
    void aWordEndingInAViramaKeepsItsRa() {
        assertThat(ShaperPieces.DEVANAGARI.pieces("पर्")).containsExactly("पर्");
    }

    @Test
    void gujaratiFollowsTheSameRulesInItsOwnLetters() {
        assertThat(ShaperPieces.GUJARATI.pieces("સ્થિતિ")).containsExactly("\u0ABFસ્થ", "\u0ABFત");
        assertThat(ShaperPieces.GUJARATI.pieces("કાર્યક્રમ")).containsExactly("કા", "ય", "ર્", "ક્રમ");
    }
}
