package io.trendreports.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parts whose headings are written one level too deep before the first heading of the level the
 * rest uses: "### Travel", "### Cycling", "### Italy", each with its paragraphs, then "## Life".
 * Nothing stands above them, so a reader sees four siblings, and the leading ones are read at the
 * level of the heading after them. A title heading above them all stays the title.
 */
final class LeadingDeeperHeadings {

    /** One deeper heading before the parts is a sub-heading of the opening, not a sibling. */
    private static final int MIN_PARTS = 2;
    /** Each of them must hold a part's text. */
    private static final int MIN_PART_WORDS = 20;

    private LeadingDeeperHeadings() {
    }

    /** The units with such leading headings moved to the level of the heading after them (the same objects otherwise). */
    static List<OutlineUnit> level(List<OutlineUnit> units, Map<OutlineUnit, Integer> ownWords) {
        List<OutlineUnit> result = new ArrayList<>(units);
        int start = LeadingBoldParts.titleFirst(units) ? 1 : 0;
        if (start >= units.size() || units.get(start).kind() != UnitKind.HEADING) {
            return result;
        }
        int deeper = units.get(start).level();
        List<Integer> parts = new ArrayList<>();
        int end = start;
        for (; end < units.size() && !isAbove(units.get(end), deeper); end++) {
            OutlineUnit u = units.get(end);
            if (u.kind() == UnitKind.HEADING && u.level() == deeper) {
                if (ownWords.getOrDefault(u, 0) < MIN_PART_WORDS) {
                    return result;
                }
                parts.add(end);
            } else if (u.level() < deeper) {
                return result;
            }
        }
        if (parts.size() < MIN_PARTS || end >= units.size()) {
            return result;
        }
        int level = units.get(end).level();
        for (int i : parts) {
            result.set(i, units.get(i).atLevel(level));
        }
        return result;
    }

    private static boolean isAbove(OutlineUnit unit, int level) {
        return unit.kind() == UnitKind.HEADING && unit.level() < level;
    }
}
