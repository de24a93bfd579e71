package io.trendreports.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a report's structure was read: its title unit, the level of its sections, the levels that
 * only group them, and which units at the section level open a trend and which a note part.
 * {@link #describe} says it in words for the manifest.
 */
final class ReportStructure {

    private static final int NOTES_NAMED = 4;

    private final OutlineUnit title;
    private final int sectionLevel;
    private final List<Integer> containerLevels;
    private final Set<OutlineUnit> sectionStarts = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<String> noteParts = new ArrayList<>();
    private int groups;

    ReportStructure(OutlineUnit title, int sectionLevel, List<Integer> containerLevels, List<OutlineUnit> body) {
        this.title = title;
        this.sectionLevel = sectionLevel;
        this.containerLevels = List.copyOf(containerLevels);
        if (sectionLevel > 0) {
            classify(body);
        }
    }

    static ReportStructure none(OutlineUnit title) {
        return new ReportStructure(title, 0, List.of(), List.of());
    }

    /**
     * Units at the section level open trends, except note parts (introduction, conclusion, ...)
     * while any trend is left, and, when levels above only group the sections, units under a
     * note group (an appendix's sub-parts) while some other group holds sections.
     */
    private void classify(List<OutlineUnit> body) {
        Map<OutlineUnit, OutlineUnit> groupOf = new IdentityHashMap<>();
        OutlineUnit group = null;
        List<OutlineUnit> atLevel = new ArrayList<>();
        for (OutlineUnit u : body) {
            if (u.level() < sectionLevel) {
                group = u;
            } else if (u.level() == sectionLevel) {
                atLevel.add(u);
                groupOf.put(u, group);
            }
        }
        boolean grouped = !containerLevels.isEmpty();
        boolean someInTrendGroup = grouped && atLevel.stream()
                .anyMatch(u -> groupOf.get(u) != null && !groupOf.get(u).isNote());
        List<OutlineUnit> candidates = atLevel.stream()
                .filter(u -> !someInTrendGroup || groupOf.get(u) == null || !groupOf.get(u).isNote()).toList();
        boolean anyTrend = candidates.stream().anyMatch(u -> !u.isNote());
        for (OutlineUnit u : candidates) {
            if (!anyTrend || !u.isNote()) {
                sectionStarts.add(u);
            }
        }
        int lastContainer = grouped ? containerLevels.get(containerLevels.size() - 1) : 0;
        for (OutlineUnit u : body) {
            if (u.level() == lastContainer && !u.isNote()) {
                groups++;
            }
            if (u.level() <= sectionLevel && !sectionStarts.contains(u) && u.isNote()) {
                noteParts.add(u.title());
            }
        }
    }

    OutlineUnit title() {
        return title;
    }

    /** The level of the section units, or 0 when no unit divides the body. */
    int sectionLevel() {
        return sectionLevel;
    }

    boolean opensSection(OutlineUnit unit) {
        return sectionStarts.contains(unit);
    }

    /** E.g. "10 sections at H3 in 2 H2 parts under an H1 title; kept as notes: Introduction, Conclusion". */
    String describe(int sections, boolean frontMatterTitle) {
        StringBuilder s = new StringBuilder();
        s.append(sections).append(sections == 1 ? " section " : " sections ").append(where(sectionLevel));
        if (!containerLevels.isEmpty()) {
            s.append(" in ").append(groups).append(' ')
                    .append(UnitKind.describe(containerLevels.get(containerLevels.size() - 1)))
                    .append(groups == 1 ? " part" : " parts");
        }
        s.append(titleText(frontMatterTitle));
        if (!noteParts.isEmpty()) {
            s.append("; kept as notes: ").append(String.join(", ", noteParts.subList(0, Math.min(NOTES_NAMED,
                    noteParts.size()))));
            if (noteParts.size() > NOTES_NAMED) {
                s.append(" and ").append(noteParts.size() - NOTES_NAMED).append(" more");
            }
        }
        return s.toString();
    }

    String titleText(boolean frontMatterTitle) {
        if (title != null) {
            return title.level() <= 6 ? " under an " + UnitKind.describe(title.level()) + " title"
                    : " under a bold title line";
        }
        return frontMatterTitle ? ", title from the front matter" : ", no title heading (title from the file name)";
    }

    private static String where(int level) {
        return level <= 6 ? "at " + UnitKind.describe(level) : "from " + UnitKind.describe(level) + "s";
    }
}
