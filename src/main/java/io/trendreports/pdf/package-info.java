/**
 * PDF output: one brief per report and a digest comparing the reports of a run, written with
 * Apache PDFBox through a small layout layer ({@link io.trendreports.pdf.LayoutWriter}) that wraps,
 * paginates, keeps headings with their text and stamps "Page X of Y" once the page count is known.
 * Depends only on {@code io.trendreports.model} and PDFBox.
 */
package io.trendreports.pdf;
