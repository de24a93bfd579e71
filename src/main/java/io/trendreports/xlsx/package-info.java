/**
 * The Excel comparison workbook ({@code trend-comparison.xlsx}), written with Apache POI's
 * streaming {@code SXSSFWorkbook}. Depends only on {@code io.trendreports.model} and POI.
 * Entry point: {@link io.trendreports.xlsx.WorkbookWriter}.
 */
package io.trendreports.xlsx;
