package io.trendreports.model;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How an edition is named where room is short (a column header, a legend, a row of the changes)
 * and where there is room. Report titles run to 50 characters and more and usually carry the
 * period already ("... in 2024"), so the short label is the period followed by the title without
 * the period and without the words that dress a title up ("Comprehensive Report on"):
 * {@code 2024 · AI LLMs Development}. Every writer names editions through here, so a column in
 * the workbook and a column of the digest read the same.
 */
public final class EditionLabel {

    /** Longest short title, in characters, before it is cut at a word boundary. */
    public static final int MAX_SHORT_TITLE = 28;
    public static final String SEPARATOR = " \u00B7 ";
    static final String ELLIPSIS = "\u2026";

    /** Words that open many titles without saying what they are about (en, fr, de, es). */
    private static final Set<String> LEAD_WORDS = Set.of("comprehensive", "report", "reports", "on", "the", "a",
            "an", "annual", "yearly", "quarterly", "monthly", "weekly", "edition", "review", "of", "about",
            "rapport", "sur", "le", "la", "les", "bericht", "über", "informe", "sobre", "el", "los", "las");
    private static final List<String> BEFORE_PERIOD = List.of("in", "for", "of", "en", "de", "du", "im", "für",
            "del", "em", "di");

    private static final int MAX_CACHED = 4096;
    private static final Map<String, Pattern> PERIODS = new ConcurrentHashMap<>();
    private static final Map<String, Pattern> WITH_PREPOSITION = new ConcurrentHashMap<>();

    private EditionLabel() {
    }

    /** {@code 2024 · AI LLMs Development}; the short title alone when the report has no period. */
    public static String of(ReportInfo report) {
        String period = report.period() == null ? "" : report.period().strip();
        String title = shortTitle(report.title(), period);
        if (period.isEmpty()) {
            return title.isEmpty() ? "#" + report.edition() : title;
        }
        return title.isEmpty() ? period : period + SEPARATOR + title;
    }

    /** The whole title, followed by the period in brackets unless the title already says it. */
    public static String fullTitle(ReportInfo report) {
        String title = report.title() == null ? "" : report.title();
        String period = report.period() == null ? "" : report.period().strip();
        if (period.isEmpty() || periodPattern(period).matcher(title).find()) {
            return title;
        }
        return title.isEmpty() ? period : title + " (" + period + ")";
    }

    /** The title without its period, without leading dressing words, cut to {@link #MAX_SHORT_TITLE}. */
    static String shortTitle(String title, String period) {
        return cut(subject(title, period));
    }

    /** What a title is about: without its period and without leading dressing words, uncut. */
    static String subject(String title, String period) {
        String text = title == null ? "" : title.strip();
        if (!period.isEmpty()) {
            text = withPreposition(period).matcher(text).replaceAll("");
        }
        text = text.replaceAll("\\(\\s*\\)", "").replaceAll("\\s{2,}", " ").strip();
        text = text.replaceAll("^[\\p{Pd}:,;\\s]+|[\\p{Pd}:,;\\s]+$", "");
        String[] words = text.split(" ");
        int start = 0;
        while (start < words.length - 1 && LEAD_WORDS.contains(words[start].toLowerCase(Locale.ROOT))) {
            start++;
        }
        String subject = String.join(" ", List.of(words).subList(start, words.length));
        // "Report 5" is about nothing once "Report" is gone: keep the words then
        return subject.codePoints().anyMatch(Character::isLetter) ? subject : text;
    }

    private static String cut(String text) {
        if (text.codePointCount(0, text.length()) <= MAX_SHORT_TITLE) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        for (String word : text.split(" ")) {
            int length = sb.codePointCount(0, sb.length()) + (sb.length() > 0 ? 1 : 0)
                    + word.codePointCount(0, word.length());
            if (length > MAX_SHORT_TITLE - 1) {
                break;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(word);
        }
        String shortened = sb.toString();
        // a bracket opened and not closed, or a dangling joiner, reads as a mistake once cut
        int open = shortened.lastIndexOf('(');
        if (open >= 0 && shortened.indexOf(')', open) < 0) {
            shortened = shortened.substring(0, open);
        }
        shortened = shortened.replaceAll("[\\s\\p{Pd}:,;&]+$", "")
                .replaceAll("(?i)\\s+(and|of|on|in|for|the|und|et|y)$", "");
        if (shortened.isEmpty()) {
            // a first word longer than the budget
            int end = text.offsetByCodePoints(0, MAX_SHORT_TITLE - 1);
            shortened = text.substring(0, end);
        }
        return shortened + ELLIPSIS;
    }

    private static Pattern periodPattern(String period) {
        boundCaches();
        return PERIODS.computeIfAbsent(period,
                p -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(p) + "(?![\\p{L}\\p{N}])"));
    }

    private static Pattern withPreposition(String period) {
        Pattern bare = periodPattern(period);
        return WITH_PREPOSITION.computeIfAbsent(period, p -> Pattern.compile("(?iu)(?:\\s+(?:"
                + String.join("|", BEFORE_PERIOD) + "))?\\s*" + bare.pattern()));
    }

    /**
     * Patterns are kept per period, since a run has few periods and labels every edition many
     * times; the caches are emptied should a run bring thousands of distinct ones.
     */
    private static void boundCaches() {
        if (PERIODS.size() > MAX_CACHED || WITH_PREPOSITION.size() > MAX_CACHED) {
            PERIODS.clear();
            WITH_PREPOSITION.clear();
        }
    }
}
