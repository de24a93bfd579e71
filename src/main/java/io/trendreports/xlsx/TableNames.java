package io.trendreports.xlsx;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names for Excel tables and their columns, which Excel checks more strictly than cell text: a
 * table name is letters, digits and underscores, starts with a letter, is unique in the workbook
 * (ignoring case) and must not read as a cell reference; column names must be unique within their
 * table. A file breaking either is "repaired" by Excel on opening, losing the table.
 */
final class TableNames {

    private final Set<String> taken = new HashSet<>();

    /** {@code Comparison_ai_llms} for the prefix {@code Comparison} and the topic id {@code ai-llms}. */
    String unique(String prefix, String wanted) {
        String tail = (wanted == null ? "" : wanted).replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "");
        String base = tail.isEmpty() ? prefix : prefix + "_" + tail;
        if (base.length() > 200) {
            base = base.substring(0, 200);
        }
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "_" + n;
        }
        return name;
    }

    /** Column headers made unique by a counter in brackets, in order. */
    static String[] uniqueColumns(String[] headers) {
        Set<String> seen = new HashSet<>();
        String[] unique = new String[headers.length];
        for (int i = 0; i < headers.length; i++) {
            String name = headers[i].replaceAll("[\\r\\n]+", " ");
            String candidate = name;
            for (int n = 2; !seen.add(candidate.toLowerCase(Locale.ROOT)); n++) {
                candidate = name + " (" + n + ")";
            }
            unique[i] = candidate;
        }
        return unique;
    }
}
