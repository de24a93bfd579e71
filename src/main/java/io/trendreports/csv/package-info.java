/**
 * CSV summaries ({@code sections.csv}, {@code themes.csv}, {@code entities.csv}) in RFC 4180
 * form, written with OpenCSV. Depends only on {@code io.trendreports.model} and OpenCSV.
 * Entry point: {@link io.trendreports.csv.CsvWriter}.
 */
package io.trendreports.csv;
