package io.trendreports.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How a report's structure was read: its title unit, the level of its sections, the levels that
 * only group them, and which units at the section level open a trend and which a note part.
 * {@link #describe} says it in words for the manifest.
 */
final class ReportStructure {

    /** A heading this long says something by itself: an empty part under it still states its item. */
    private static final int MIN_STATEMENT_WORDS = 6;

    private static final int NOTES_NAMED = 4;

    private final OutlineUnit title;
    private final int sectionLevel;
    /** The level of the parts that group the sections, or 0 when the sections stand alone. */
    private final int groupLevel;
    private final Set<OutlineUnit> sectionStarts = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Headings at the section level that are sub-parts of the section before them. */
    private final Set<OutlineUnit> inner = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Parts kept as notes by their place ({@link FramingByPlace}). */
    private final Set<OutlineUnit> byPlace = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Parts at the group level that frame the report by their name and place ({@link EdgeFramingWords}). */
    private final Set<OutlineUnit> framingGroups = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<String> noteParts = new ArrayList<>();
    private int groups;
    private final List<String> labels = new ArrayList<>();
    private final List<String> empty = new ArrayList<>();
    private final Predicate<OutlineUnit> ownText;
    private final Predicate<OutlineUnit> pictures;

    ReportStructure(OutlineUnit title, int sectionLevel, List<Integer> containerLevels, List<OutlineUnit> body,
                    Predicate<OutlineUnit> ownText, Predicate<OutlineUnit> pictures) {
        this.title = title;
        this.ownText = ownText;
        this.pictures = pictures;
        this.sectionLevel = sectionLevel;
        this.groupLevel = containerLevels.isEmpty() ? 0 : containerLevels.get(containerLevels.size() - 1);
        if (sectionLevel > 0) {
            classify(body);
        }
    }

    static ReportStructure none(OutlineUnit title) {
        return new ReportStructure(title, 0, List.of(), List.of(), u -> false, u -> false);
    }

    /**
     * Units at the section level open trends, except note parts (introduction, conclusion, ...)
     * while any trend is left, and, when levels above only group the sections, units outside the
     * groups or under a note group (a subtitle above the first part, an appendix's sub-parts)
     * while some group holds sections.
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
        // "## Ações futuras" last, over its "### Movimentos recomendados", frames the report as a note would
        framingGroups.addAll(EdgeFramingWords.atEdges(
                body.stream().filter(u -> groupLevel > 0 && u.level() == groupLevel && !u.isNote()).toList(), 1));
        boolean someInTrendGroup = groupLevel > 0 && atLevel.stream().anyMatch(u -> inTrendGroup(u, groupOf));
        List<OutlineUnit> candidates = atLevel.stream()
                .filter(u -> !someInTrendGroup || inTrendGroup(u, groupOf)).toList();
        boolean anyTrend = candidates.stream().anyMatch(u -> !u.isNote());
        for (OutlineUnit u : candidates) {
            if (!anyTrend || !u.isNote()) {
                sectionStarts.add(u);
            }
        }
        underNoteHeadings(candidates, groupOf);
        // a label over the run is not a part: it must not stand between the framing and the edge
        dropLabels(body);
        FramingByPlace place = new FramingByPlace(sectionStarts, byPlace, ownText);
        place.conclusionsBeforeContent(candidates);
        place.recommendationsBeforeContent(candidates);
        place.openingIntroduction(candidates);
        place.openingDateLine(candidates);
        place.outsideNumberedRun(candidates);
        place.framingAtTheEdges(candidates);
        recurringSubParts(candidates);
        if (someInTrendGroup) {
            leafParts(body);
        }
        place.framingOnlyParts(body);
        dropEmptyParts(body);
        OutlineUnit holder = null;
        boolean counted = false;
        for (OutlineUnit u : body) {
            if (groupLevel > 0 && u.level() <= groupLevel) {
                holder = u.level() == groupLevel && !u.isNote() && !sectionStarts.contains(u) ? u : null;
                counted = false;
            } else if (holder != null && !counted && sectionStarts.contains(u)) {
                // a part counts as a group when it holds sections: the legal small print after two
                // parts of trends groups nothing
                groups++;
                counted = true;
            }
            if (u.level() <= sectionLevel && !sectionStarts.contains(u) && (u.isNote() || byPlace.contains(u))) {
                noteParts.add(u.title());
            }
        }
    }

    /**
     * True when the unit stands in a group at the group level that is not framing: "**Key themes**"
     * right under "## Summary", above the level of the groups, is in none.
     */
    private boolean inTrendGroup(OutlineUnit unit, Map<OutlineUnit, OutlineUnit> groupOf) {
        OutlineUnit group = groupOf.get(unit);
        return group != null && !group.isNote() && group.level() == groupLevel && !framingGroups.contains(group);
    }

    /**
     * A part beside the groups that holds no sub-part but text of its own ("## Analysis" after
     * "## Main findings" with its trends) is a section in its own right, unless its name frames the
     * report from where it stands ("## Summary table" first, "## Takeaways for today" last).
     */
    private void leafParts(List<OutlineUnit> body) {
        Set<OutlineUnit> framing = EdgeFramingWords.atEdges(
                body.stream().filter(u -> u.level() == groupLevel && !u.isNote()).toList(), 1);
        // "### Lead story" under "## Recommendations" is the note's, not a part beside the groups
        Set<OutlineUnit> filedUnderNotes = FiledUnderNotes.at(body, groupLevel);
        for (int i = 0; i < body.size(); i++) {
            OutlineUnit u = body.get(i);
            boolean childless = i + 1 == body.size() || body.get(i + 1).level() <= groupLevel;
            if (u.level() == groupLevel && !u.isNote() && !filedUnderNotes.contains(u) && !framing.contains(u)
                    && childless && ownText.test(u)) {
                sectionStarts.add(u);
            }
        }
    }

    /**
     * Units under a framing heading ("### Next steps" over its own numbered steps) belong to that
     * note, when two or more units elsewhere are trends.
     */
    private void underNoteHeadings(List<OutlineUnit> candidates, Map<OutlineUnit, OutlineUnit> groupOf) {
        List<OutlineUnit> underNote = candidates.stream()
                .filter(u -> groupOf.get(u) != null && groupOf.get(u).isNote()).toList();
        long elsewhere = candidates.stream().filter(sectionStarts::contains).filter(u -> !underNote.contains(u)).count();
        if (!underNote.isEmpty() && elsewhere >= 2) {
            underNote.forEach(sectionStarts::remove);
        }
    }

    /**
     * Headings at the section level whose names recur ("## Scores", "## Verdict: hold" under every
     * "## Company" heading, each company's own heading left empty) are the sub-parts of the one-off
     * heading that opens their run: those one-off headings are the chapters, and everything else
     * up to the next chapter stays inside, a one-off closing part of a chapter included ("## Summary
     * and actions" after its recurring parts). A chapter may bear a framing name ("Causes, risks
     * and recommendations") when recurring parts follow it: it heads content like the others.
     */
    private void recurringSubParts(List<OutlineUnit> candidates) {
        Map<String, Integer> counts = new HashMap<>();
        for (OutlineUnit u : candidates) {
            counts.merge(RecurringName.of(u.title()), 1, Integer::sum);
        }
        Predicate<OutlineUnit> recurring = u -> counts.get(RecurringName.of(u.title())) > 1 && !u.isNote();
        List<OutlineUnit> chapters = new ArrayList<>();
        for (int i = 0; i + 1 < candidates.size(); i++) {
            OutlineUnit u = candidates.get(i);
            if (counts.get(RecurringName.of(u.title())) == 1 && recurring.test(candidates.get(i + 1))) {
                chapters.add(u);
            }
        }
        if (chapters.size() < 3 || chapters.get(0) != candidates.get(0)) {
            return;
        }
        boolean inChapter = false;
        for (OutlineUnit u : candidates) {
            if (chapters.contains(u)) {
                sectionStarts.add(u);
                inChapter = true;
            } else if (recurring.test(u) || inChapter && !u.isNote()) {
                sectionStarts.remove(u);
                inner.add(u);
            } else {
                inChapter = false;
            }
        }
    }

    /**
     * An unnumbered heading with no text of its own that stands right above a run of numbered ones
     * at its own level ("## Main trends" before "## 1. ...", "## 2. ...") only labels the run: it is
     * not a trend, and has nothing to keep as a note.
     */
    private void dropLabels(List<OutlineUnit> body) {
        long numbered = body.stream().filter(u -> u.level() == sectionLevel && u.isNumbered()).count();
        if (numbered < 2) {
            return;
        }
        for (int i = 0; i + 1 < body.size(); i++) {
            OutlineUnit u = body.get(i);
            OutlineUnit next = body.get(i + 1);
            if (sectionStarts.contains(u) && !u.isNumbered() && !ownText.test(u) && next.level() == sectionLevel
                    && next.isNumbered()) {
                sectionStarts.remove(u);
                labels.add(u.title());
            }
        }
    }

    /**
     * A part with nothing in it, neither text nor sub-parts ("## Conflicts" left empty by the
     * writer), states no trend, unless its heading is a statement of its own ("## 20 new projects
     * joined the foundation this year" over a picture): then the heading is the item.
     */
    private void dropEmptyParts(List<OutlineUnit> body) {
        for (int i = 0; i < body.size(); i++) {
            OutlineUnit u = body.get(i);
            boolean childless = i + 1 == body.size()
                    || body.get(i + 1).level() <= u.level() && !inner.contains(body.get(i + 1));
            boolean statement = pictures.test(u) && Outline.words(u.title()) >= MIN_STATEMENT_WORDS;
            if (sectionStarts.contains(u) && childless && !ownText.test(u) && !statement
                    && sectionStarts.size() > 1) {
                sectionStarts.remove(u);
                empty.add(u.title());
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

    /** True for a heading at the section level that is a sub-part of the section before it. */
    boolean staysInSection(OutlineUnit unit) {
        return inner.contains(unit);
    }

    /** E.g. "10 sections at H3 in 2 H2 parts under an H1 title; kept as notes: Introduction, Conclusion". */
    String describe(int sections, boolean frontMatterTitle) {
        StringBuilder s = new StringBuilder();
        s.append(sections).append(sections == 1 ? " section " : " sections ").append(where(sectionLevel));
        if (groups > 0) {
            s.append(" in ").append(groups).append(' ')
                    .append(UnitKind.describe(groupLevel))
                    .append(groups == 1 ? " part" : " parts");
        }
        s.append(titleText(frontMatterTitle));
        if (!empty.isEmpty()) {
            s.append("; empty, so not a section: ").append(String.join(", ", empty));
        }
        if (!labels.isEmpty()) {
            s.append("; read as a label over the numbered parts: ").append(String.join(", ", labels));
        }
        if (!noteParts.isEmpty()) {
            s.append("; kept as notes: ").append(String.join(", ", noteParts.subList(0, Math.min(NOTES_NAMED,
                    noteParts.size()))));
            if (noteParts.size() > NOTES_NAMED) {
                s.append(" and ").append(noteParts.size() - NOTES_NAMED).append(" more");
            }
        }
        return s.toString();
    }

    private String titleText(boolean frontMatterTitle) {
        if (title != null) {
            return UnitKind.isHeading(title.level()) ? " under an " + UnitKind.describe(title.level()) + " title"
                    : " under a bold title line";
        }
        return frontMatterTitle ? ", title from the front matter" : ", no title heading (title from the file name)";
    }

    private static String where(int level) {
        return (UnitKind.isHeading(level) ? "at " : "from ") + UnitKind.describe(level, true);
    }
}
