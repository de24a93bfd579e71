package io.trendreports.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parts written as bold lines before the document's first heading, then the rest as headings:
 * "**Technology**", "**Health**", "**Work**", each with its paragraphs, then "## Summary table"
 * and "## Challenges". A reader sees siblings written two ways, so the bold lines are read at the
 * level of the headings that follow them. A title heading above them all stays the title.
 */
final class LeadingBoldParts {

    /** Fewer bold lines than this may be an opening's labels ("**Date**", "**Author**"). */
    private static final int MIN_PARTS = 3;
    /** Each of them must hold a part's text, not a line of metadata. */
    private static final int MIN_PART_WORDS = 20;

    private LeadingBoldParts() {
    }

    /** The units with such leading bold lines moved to the level of the heading after them (the same objects otherwise). */
    static List<OutlineUnit> level(List<OutlineUnit> units, Map<OutlineUnit, Integer> ownWords) {
        List<OutlineUnit> result = new ArrayList<>(units);
        int start = titleFirst(units) ? 1 : 0;
        if (start >= units.size() || units.get(start).kind() != UnitKind.BOLD_LINE) {
            return result;
        }
        int boldLevel = units.get(start).level();
        List<Integer> parts = new ArrayList<>();
        List<Integer> words = new ArrayList<>();
        int end = start;
        // the parts' own points ("- **AI and automation**: ...") lie under them and count as their text
        for (; end < units.size() && units.get(end).kind() != UnitKind.HEADING; end++) {
            OutlineUnit u = units.get(end);
            if (u.kind() == UnitKind.BOLD_LINE && u.level() == boldLevel) {
                parts.add(end);
                words.add(ownWords.getOrDefault(u, 0));
            } else if (u.level() > boldLevel) {
                words.set(words.size() - 1, words.get(words.size() - 1) + ownWords.getOrDefault(u, 0));
            } else {
                return result;
            }
        }
        if (parts.size() < MIN_PARTS || end >= units.size() || words.stream().anyMatch(w -> w < MIN_PART_WORDS)) {
            return result;
        }
        int level = units.get(end).level();
        for (int i : parts) {
            result.set(i, units.get(i).atLevel(level));
        }
        return result;
    }

    /** True when the first unit is a heading more important than every other heading: the title. */
    static boolean titleFirst(List<OutlineUnit> units) {
        if (units.isEmpty() || units.get(0).kind() != UnitKind.HEADING) {
            return false;
        }
        int top = units.get(0).level();
        return units.stream().skip(1).noneMatch(u -> u.kind() == UnitKind.HEADING && u.level() <= top);
    }
}
