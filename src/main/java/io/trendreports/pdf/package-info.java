/**
 * PDF output: one brief per report and a digest comparing the reports of a run, written with
 * Apache PDFBox through a small layout layer ({@link io.trendreports.pdf.LayoutWriter}) that wraps,
 * paginates, keeps headings with their text and stamps "Page X of Y", contents page numbers and links
 * once the page count is known. Text goes through a font chain ({@link io.trendreports.pdf.PdfFonts}:
 * bundled DejaVu Sans, its bold, configured fallbacks, the bundled CJK, Indic and Thai faces read on
 * demand: {@link io.trendreports.pdf.BundledFace}), line breaking by Unicode's rules
 * ({@link io.trendreports.pdf.LineBreaker}), Arabic shaping and bidi reordering
 * ({@link io.trendreports.pdf.BidiText}), Devanagari, Bengali and Gujarati shaped by PDFBox
 * ({@link io.trendreports.pdf.FontFace#shapes}), Telugu and Kannada shaped here
 * ({@link io.trendreports.pdf.SubjoiningShaper}); documents are PDF/A-2b ({@link io.trendreports.pdf.PdfArchive}).
 * Depends only on {@code io.trendreports.model}, PDFBox/XMPBox and ICU4J.
 */
package io.trendreports.pdf;
