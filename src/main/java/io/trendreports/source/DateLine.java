package io.trendreports.source;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A heading that only says when: "November 2025", "2026년 3주차 (2026-01-12 ~ 2026-01-15)",
 * "2025年第2四半期", "Week 12, 2026". Right under a report's title it dates the report, like a
 * subtitle, rather than naming a part of it.
 */
final class DateLine {

    /** Month and period words in the languages reports come in, and the CJK date signs. */
    private static final Pattern DATE_WORDS = Pattern.compile(
            "january|february|march|april|may|june|july|august|september|october|november|december"
                    + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|week|quarter|q[1-4]|h[12]|as of|edition"
                    + "|januar|februar|märz|mai|juni|juli|oktober|dezember|woche|quartal|stand"
                    + "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
                    + "|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|semana"
                    + "|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|semaine"
                    + "|de|del|do|da|of|du|le|au|to|bis|al|até"
                    + "|년|월|일|주차|분기|年|月|日|週|周|第|四半期|季度|上半期|下半期");

    private DateLine() {
    }

    private static final Pattern TIMESTAMP = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?");

    /** True when the text is one date or date and time as machines write it ("2025-09-19T10:50:00Z"). */
    static boolean isTimestamp(String text) {
        return TIMESTAMP.matcher(text.strip()).matches();
    }

    /** True when the heading holds a number and, besides numbers and date words, nothing but marks. */
    static boolean is(String title) {
        String text = title.toLowerCase(Locale.ROOT);
        if (!text.matches(".*\\d.*")) {
            return false;
        }
        String rest = DATE_WORDS.matcher(text).replaceAll(" ").replaceAll("[\\p{N}\\p{P}\\p{S}\\s]+", "");
        return rest.isEmpty();
    }
}
