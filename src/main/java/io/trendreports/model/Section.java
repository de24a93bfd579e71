package io.trendreports.model;

/**
 * One section of a source report as found by the reader: its number, its heading text
 * (without the number) and its body as clean plain text, paragraphs separated by blank lines.
 */
public record Section(int number, String title, String body) {
}
