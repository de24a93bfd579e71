package io.trendreports.themes;

import java.util.List;
import java.util.Objects;

/**
 * One section to give a discovered theme.
 *
 * @param id       stable key of the section, unique within the topic; the job uses
 *                 {@code reportId#position} (1-based), which is also how analysts pin a section
 * @param reportId the report (edition) it belongs to: two sections of one report are never put in
 *                 one theme, since a report gives each trend a section of its own
 * @param title    heading without its number
 * @param text     what is known of its content: the body, or the record's summary
 * @param language ISO 639-1 code, or blank when unknown
 * @param terms    key terms and entity names the normalizer found, weighed like heading words
 */
public record ThemeSection(String id, String reportId, String title, String text, String language,
                           List<String> terms) {

    public ThemeSection {
        Objects.requireNonNull(id, "id");
        reportId = reportId == null ? "" : reportId;
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        language = language == null ? "" : language;
        terms = terms == null ? List.of() : List.copyOf(terms);
    }

    /** The language without region or script ({@code en-GB} is {@code en}), lower case; empty when unknown. */
    public String baseLanguage() {
        return language.strip().toLowerCase(java.util.Locale.ROOT).split("[-_]", 2)[0];
    }
}
