package io.trendreports.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The headline trends of one report, chosen once so that the brief that opens with them and the
 * digest page that repeats them agree.
 *
 * <p>At most {@link #MAX} lines: a headline block that runs past about eight lines is no longer
 * read at a glance and starts to repeat the contents listed below it. A report with more sections
 * keeps the sections whose theme is new since the previous edition first (they are what a
 * returning reader has not seen), then the largest by share of the report's words, which is the
 * report's own measure of weight; the lines are shown in section order, as the report tells them.
 */
public final class Headlines {

    public static final int MAX = 8;
    /** Entities named in a headline, after which the line is only longer, not more specific. */
    static final int MAX_ENTITIES = 3;
    static final int MAX_KEY_TERMS = 2;

    private Headlines() {
    }

    /**
     * @param records     the report's records in section order
     * @param newThemeIds themes the change measure calls new in this edition (empty for a first edition)
     */
    public static List<Headline> of(List<TrendRecord> records, Set<String> newThemeIds) {
        List<TrendRecord> chosen = new ArrayList<>(records);
        if (chosen.size() > MAX) {
            chosen.sort(Comparator.comparing((TrendRecord r) -> !isNew(r, newThemeIds))
                    .thenComparing(Comparator.comparingDouble(TrendRecord::sharePct).reversed())
                    .thenComparingInt(TrendRecord::sectionNo));
            chosen = new ArrayList<>(chosen.subList(0, MAX));
            chosen.sort(Comparator.comparingInt(TrendRecord::sectionNo));
        }
        return chosen.stream().map(r -> new Headline(r.sectionNo(), r.sectionTitle(), r.themeId(), r.themeLabel(),
                fact(r), isNew(r, newThemeIds))).toList();
    }

    private static boolean isNew(TrendRecord r, Set<String> newThemeIds) {
        return !Theme.OTHER_ID.equals(r.themeId()) && newThemeIds.contains(r.themeId());
    }

    /**
     * A number is the most specific thing a section can say, then who or what it names; a section
     * with neither is placed by its sectors, and one without sectors by its key terms, leaving out
     * terms that only repeat the title.
     */
    static String fact(TrendRecord r) {
        List<String> parts = new ArrayList<>();
        r.metrics().stream().filter(Headlines::present).findFirst().ifPresent(parts::add);
        List<String> entities = r.entities().stream().filter(Headlines::present).distinct().limit(MAX_ENTITIES)
                .toList();
        if (!entities.isEmpty()) {
            parts.add(String.join(", ", entities));
        }
        if (parts.isEmpty()) {
            List<String> sectors = r.sectors().stream().filter(Headlines::present).toList();
            if (sectors.size() >= 2) {
                parts.add("in " + and(sectors));
            } else {
                Set<String> titleWords = words(r.sectionTitle());
                List<String> terms = r.keyTerms().stream().filter(Headlines::present)
                        .filter(t -> words(t).stream().noneMatch(titleWords::contains)).limit(MAX_KEY_TERMS).toList();
                if (!terms.isEmpty()) {
                    parts.add(String.join(", ", terms));
                } else if (!sectors.isEmpty()) {
                    parts.add("in " + sectors.get(0));
                }
            }
        }
        return String.join("; ", parts);
    }

    private static String and(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** Lower-case word stems (first five letters), enough to tell "efficiency" in a title from "efficient". */
    private static Set<String> words(String text) {
        return java.util.Arrays.stream((text == null ? "" : text).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() > 2)
                .map(w -> w.length() > 5 ? w.substring(0, 5) : w)
                .collect(Collectors.toSet());
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
