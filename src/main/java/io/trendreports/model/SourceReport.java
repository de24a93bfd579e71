package io.trendreports.model;

import java.util.List;

/**
 * A parsed source report: the reader's output and the normalizer's input.
 *
 * @param reportId   stable slug, unique within a run, used for file names (briefs) and joins
 * @param sourceFile the file name as found in the input folder
 * @param period     year or date ("2024", "2024-03"), or empty when none could be found
 * @param language   ISO 639-1 code from front matter, or empty to let the normalizer detect it
 * @param notes      text outside the trend sections (introduction, closing remarks)
 * @param topic      what the report is about as its front matter says it, or as read from its
 *                   title without report words and dates; empty when neither says
 */
public record SourceReport(String reportId, String sourceFile, String sourceSha256, String title,
                           String period, String language, List<Section> sections, List<String> notes,
                           String topic) {
    public SourceReport {
        sections = List.copyOf(sections);
        notes = List.copyOf(notes);
        topic = topic == null ? "" : topic;
    }

    /** A report whose topic is read from its title. */
    public SourceReport(String reportId, String sourceFile, String sourceSha256, String title, String period,
                        String language, List<Section> sections, List<String> notes) {
        this(reportId, sourceFile, sourceSha256, title, period, language, sections, notes, "");
    }
}
