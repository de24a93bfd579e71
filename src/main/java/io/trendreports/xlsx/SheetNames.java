package io.trendreports.xlsx;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Turns any string into a sheet name Excel accepts, unique within one workbook: at most 31
 * characters, none of {@code [ ] : * ? / \}, no control characters, not blank, no apostrophe at
 * either end, not Excel's reserved {@code History}, and not equal (ignoring case) to a name already handed out. Excel refuses to open a
 * file breaking any of these, so report titles must never become sheet names unfiltered.
 */
public final class SheetNames {

    public static final int MAX_LENGTH = 31;
    private static final String FALLBACK = "Sheet";
    /** Excel keeps this name for its change-tracking sheet. */
    private static final String RESERVED = "History";

    private final Set<String> taken = new HashSet<>();

    /** A valid name close to {@code wanted}, never returned before by this instance. */
    public String unique(String wanted) {
        String base = clean(wanted);
        String name = base;
        for (int n = 2; taken.contains(key(name)); n++) {
            String suffix = " (" + n + ")";
            name = trimEnd(cut(base, MAX_LENGTH - suffix.length())) + suffix;
        }
        taken.add(key(name));
        return name;
    }

    /** A valid name close to {@code wanted}, without the uniqueness check. */
    public static String clean(String wanted) {
        StringBuilder sb = new StringBuilder();
        String text = wanted == null ? "" : wanted;
        text.codePoints().forEach(cp -> {
            if ("[]:*?/\\".indexOf(cp) >= 0) {
                sb.append('_');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.SURROGATE
                    || cp == 0xFFFE || cp == 0xFFFF) {
                sb.append(' ');
            } else {
                sb.appendCodePoint(cp);
            }
        });
        String name = trimEnd(cut(sb.toString().strip(), MAX_LENGTH));
        if (name.equalsIgnoreCase(RESERVED)) {
            return name + "_";
        }
        return name.isEmpty() ? FALLBACK : name;
    }

    /** Cuts to {@code max} UTF-16 units without splitting a surrogate pair. */
    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }

    /** Drops apostrophes and spaces at both ends; what is left of an all-apostrophe name is blank. */
    private static String trimEnd(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '\'' || Character.isWhitespace(s.charAt(start)))) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '\'' || Character.isWhitespace(s.charAt(end - 1)))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
