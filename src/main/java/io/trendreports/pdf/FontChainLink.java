package io.trendreports.pdf;

/**
 * One link of the font chain ({@link PdfFonts}): the face that draws a character, or null to
 * leave it to the next link. A loaded {@link FontFace} answers from its own coverage; an
 * {@link OnDemandFace} can answer for most characters without reading its font at all.
 */
interface FontChainLink {

    FontFace faceFor(int codePoint);
}
