package io.trendreports.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Numbered chapters written at the same level as their own sub-parts: "## 1) Company status" with
 * no text, then "## Latest snapshot" and "## Financial results", then "## 2) Stock performance"
 * with no text, and so on. The numbers count 1, 2, 3 and every numbered heading has at most a line
 * of text, so the
 * unnumbered headings after each are its sub-parts, read half a level down; after the last chapter
 * they are until the first framing part ("## Overall conclusion").
 */
final class FlattenedChapters {

    private static final int MIN_CHAPTERS = 3;
    /** A chapter heading may have a line introducing its sub-parts, no more. */
    private static final int MAX_INTRO_WORDS = 25;
    /** Between a heading level and the next (levels are heading level × 10). */
    private static final int HALF_LEVEL = 5;

    private FlattenedChapters() {
    }

    /** The units with such sub-parts moved half a level down (the same objects otherwise). */
    static List<OutlineUnit> level(List<OutlineUnit> units, Map<OutlineUnit, Integer> ownWords) {
        List<OutlineUnit> result = new ArrayList<>(units);
        for (int level : units.stream().filter(u -> u.kind() == UnitKind.HEADING).mapToInt(OutlineUnit::level)
                .distinct().toArray()) {
            demoteUnder(result, level, ownWords);
        }
        return result;
    }

    private static void demoteUnder(List<OutlineUnit> units, int level, Map<OutlineUnit, Integer> ownWords) {
        List<Integer> chapters = new ArrayList<>();
        int expected = 1;
        for (int i = 0; i < units.size(); i++) {
            OutlineUnit u = units.get(i);
            if (u.level() == level && u.number().isPresent()) {
                if (u.number().getAsInt() != expected || ownWords.getOrDefault(u, 0) > MAX_INTRO_WORDS) {
                    return;
                }
                expected++;
                chapters.add(i);
            }
        }
        if (chapters.size() < MIN_CHAPTERS) {
            return;
        }
        List<Integer> demoted = new ArrayList<>();
        int withSubParts = 0;
        for (int c = 0; c < chapters.size(); c++) {
            int end = c + 1 < chapters.size() ? chapters.get(c + 1) : units.size();
            boolean any = false;
            for (int i = chapters.get(c) + 1; i < end; i++) {
                OutlineUnit u = units.get(i);
                if (u.level() < level) {
                    return;
                }
                if (u.level() != level) {
                    continue;
                }
                if (u.isNumbered() || (c + 1 == chapters.size() && u.isNote())) {
                    break;
                }
                demoted.add(i);
                any = true;
            }
            withSubParts += any ? 1 : 0;
        }
        if (withSubParts < chapters.size() - 1) {
            return;
        }
        for (int i : demoted) {
            units.set(i, units.get(i).atLevel(level + HALF_LEVEL));
        }
    }
}
