package io.trendreports.csv;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The columns of {@code sections.csv}, in their fixed order: consumers rely on it, so new columns
 * only ever go at the end.
 */
public enum SectionColumn {
    REPORT_ID, REPORT_TITLE, PERIOD, LANGUAGE, SOURCE_FILE, SOURCE_SHA256, SECTION_NO, SECTION_TITLE, THEME_ID,
    THEME_LABEL, THEME_SCORE, SUMMARY, KEY_TERMS, ENTITIES, SECTORS, WORD_COUNT, SENTENCE_COUNT, SHARE_PCT,
    TOPIC, THEME_SOURCE, METRICS;

    /** The name in the header row, e.g. {@code report_id}. */
    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    static List<String> headers() {
        return Arrays.stream(values()).map(SectionColumn::header).toList();
    }
}
