package io.trendreports.xlsx;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes cell text as POI's streaming sheet writer does ({@code SheetDataWriter.outputEscapedString}
 * in POI 5.5): XML's five specials and the line breaks, tab and no-break space as references,
 * other control characters and the two non-characters U+FFFE and U+FFFF as '?'. POI writes every
 * character with its own call to a synchronized writer, which was a quarter of the time taken to
 * write the workbook of a large run; here the characters between two of those are written at once.
 * {@code EscapedTextTest} checks the output against POI's on generated text.
 */
final class EscapedText {

    private EscapedText() {
    }

    static void write(Writer out, String s) throws IOException {
        if (s == null) {
            return;
        }
        int plainFrom = 0;
        for (int i = 0; i < s.length(); i++) {
            String escaped = escape(s.charAt(i));
            if (escaped != null) {
                out.write(s, plainFrom, i - plainFrom);
                out.write(escaped);
                plainFrom = i + 1;
            }
        }
        out.write(s, plainFrom, s.length() - plainFrom);
    }

    /** What stands for {@code c}, or null when it is written as it is. */
    private static String escape(char c) {
        return switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            case '\n' -> "&#xa;";
            case '\r' -> "&#xd;";
            case '\t' -> "&#x9;";
            case '\u00A0' -> "&#xa0;";
            default -> c < ' ' || c == '\uFFFE' || c == '\uFFFF' ? "?" : null;
        };
    }
}
