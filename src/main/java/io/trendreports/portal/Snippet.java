package io.trendreports.portal;

import java.util.Locale;

/**
 * A section's summary as a search result shows it, with the first occurrence of the query set
 * apart so the page can mark it. A long summary is cut around the match, at word boundaries.
 */
public record Snippet(String before, String match, String after) {

    static final int CONTEXT = 110;

    static Snippet of(String summary, String query) {
        String text = summary == null ? "" : summary.strip();
        int at = query.isEmpty() ? -1 : text.toLowerCase(Locale.ROOT).indexOf(query.toLowerCase(Locale.ROOT));
        if (at < 0) {
            return new Snippet(cutEnd(text, 2 * CONTEXT), "", "");
        }
        int end = at + query.length();
        return new Snippet(cutStart(text.substring(0, at), CONTEXT), text.substring(at, end),
                cutEnd(text.substring(end), CONTEXT));
    }

    private static String cutEnd(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int space = text.lastIndexOf(' ', max);
        return text.substring(0, space > max / 2 ? space : max) + "\u2026";
    }

    private static String cutStart(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int from = text.length() - max;
        int space = text.indexOf(' ', from);
        return "\u2026" + text.substring(space >= 0 && space < from + max / 2 ? space + 1 : from);
    }
}
