package io.trendreports.csv;

import java.util.regex.Pattern;

/**
 * Defuses CSV injection: a spreadsheet opening the file runs a cell starting with {@code =},
 * {@code +}, {@code -} or {@code @} as a formula (tab and CR can hide such a start), so report text
 * starting like that gets a leading {@code '}, which spreadsheets show as text.
 *
 * <p>Plain decimal numbers ({@code -10}, {@code +3.5}, {@code .5}) are left alone, because a
 * number is not a formula and changing it would corrupt data. Anything else, including exponent
 * forms like {@code -1e3}, is guarded: we prefer an extra apostrophe to guessing what a spreadsheet
 * will parse. Only apply this to text that comes from reports; numbers we format ourselves are
 * never guarded.
 *
 * <p>This is the CSV half of one policy (docs/manual.md, "Formula injection"); the workbook half needs no
 * guard because the workbook writes report text only as text cells, which Excel never evaluates.
 * On by default, {@code trend.formula-guard: false} turns it off for tools that need raw text.
 */
public final class FormulaGuard {

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private final boolean enabled;

    public FormulaGuard(boolean enabled) {
        this.enabled = enabled;
    }

    public String apply(String text) {
        if (text == null) {
            return "";
        }
        if (!enabled || text.isEmpty() || !startsLikeFormula(text.charAt(0))) {
            return text;
        }
        if (PLAIN_DECIMAL.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }

    private static boolean startsLikeFormula(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
