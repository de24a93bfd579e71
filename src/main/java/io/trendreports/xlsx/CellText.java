package io.trendreports.xlsx;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes report text safe for a cell and counts what it had to change:
 * <ul>
 * <li>characters XML 1.0 cannot carry (control characters other than tab and line breaks, lone
 * surrogates, U+FFFE/U+FFFF) become U+FFFD, because the file would otherwise be unreadable;</li>
 * <li>literal {@code _xHHHH_} sequences are escaped as {@code _x005F_xHHHH_}, because Excel and
 * POI decode them as character escapes and would show a different text;</li>
 * <li>text longer than a cell holds (32,767 characters) is cut, ending with a visible marker.</li>
 * </ul>
 */
final class CellText {

    static final int MAX_LENGTH = 32_767;
    static final String TRUNCATION_MARKER = "… [truncated]";
    private static final Pattern ESCAPE_LOOKALIKE = Pattern.compile("_(x[0-9A-Fa-f]{4}_)");

    private long truncated;
    private long replaced;

    String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String safe = replaceInvalidXml(text);
        if (safe.indexOf('_') >= 0) {
            safe = ESCAPE_LOOKALIKE.matcher(safe).replaceAll(Matcher.quoteReplacement("_x005F_") + "$1");
        }
        if (safe.length() > MAX_LENGTH) {
            int end = MAX_LENGTH - TRUNCATION_MARKER.length();
            if (Character.isHighSurrogate(safe.charAt(end - 1))) {
                end--;
            }
            safe = safe.substring(0, end) + TRUNCATION_MARKER;
            truncated++;
        }
        return safe;
    }

    private String replaceInvalidXml(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean valid;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (sb != null) {
                    sb.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            valid = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE);
            if (!valid && sb == null) {
                sb = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (sb != null) {
                sb.append(valid ? c : '\uFFFD');
            }
            if (!valid) {
                replaced++;
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** Cells whose text was cut to fit. */
    long truncated() {
        return truncated;
    }

    /** Characters replaced because XML cannot carry them. */
    long replaced() {
        return replaced;
    }
}
