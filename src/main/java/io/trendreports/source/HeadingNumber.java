package io.trendreports.source;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a section heading into its explicit number, if any, and its title:
 * {@code "3. Title"}, {@code "3) Title"}, {@code "IV. Title"}, {@code "Section 2: Title"}.
 */
public record HeadingNumber(OptionalInt number, String title) {

    private static final Pattern ARABIC = Pattern.compile("^(\\d{1,4})\\s*[.):\\-–—]\\s*(.*)$");
    private static final Pattern ROMAN = Pattern.compile("^([IVXLC]{1,7})\\s*[.):]\\s+(.*)$");
    private static final Pattern WORD = Pattern.compile(
            "^(?:section|part|chapter|trend|kapitel|abschnitt|chapitre|partie|secci[oó]n|cap[ií]tulo|parte)"
                    + "\\s+(\\d{1,4}|[IVXLC]{1,7})\\s*[.):\\-–—]?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    public static HeadingNumber parse(String heading) {
        String text = heading.strip();
        Matcher m = WORD.matcher(text);
        if (m.matches()) {
            return of(toInt(m.group(1)), m.group(2), text);
        }
        m = ARABIC.matcher(text);
        if (m.matches()) {
            return of(Integer.parseInt(m.group(1)), m.group(2), text);
        }
        m = ROMAN.matcher(text);
        if (m.matches()) {
            return of(romanToInt(m.group(1)), m.group(2), text);
        }
        return new HeadingNumber(OptionalInt.empty(), text);
    }

    private static HeadingNumber of(int number, String rest, String whole) {
        String title = rest.strip();
        // A bare number ("## 2024") is a title, not a numbered heading.
        return title.isEmpty() ? new HeadingNumber(OptionalInt.empty(), whole)
                : new HeadingNumber(OptionalInt.of(number), title);
    }

    private static int toInt(String token) {
        return Character.isDigit(token.charAt(0)) ? Integer.parseInt(token) : romanToInt(token);
    }

    static int romanToInt(String roman) {
        String r = roman.toUpperCase(Locale.ROOT);
        int total = 0;
        for (int i = 0; i < r.length(); i++) {
            int v = value(r.charAt(i));
            int next = i + 1 < r.length() ? value(r.charAt(i + 1)) : 0;
            total += v < next ? -v : v;
        }
        return total;
    }

    private static int value(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            case 'C' -> 100;
            default -> 0;
        };
    }
}
