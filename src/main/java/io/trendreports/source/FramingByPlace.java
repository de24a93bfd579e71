package io.trendreports.source;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The rules that tell a framing part from a trend by where it stands rather than by its name
 * alone: before or after the numbered trends, at the report's start or end, a conclusion or
 * recommendations with trends after them, a cover part holding only framing. Each rule moves
 * units between the section starts and the parts kept as notes by their place.
 */
final class FramingByPlace {

    /** Fewer numbered parts than this may be a list inside the report rather than its trends. */
    private static final int MIN_NUMBERED_RUN = 3;
    private static final int MIN_TRENDS_LEFT = 2;

    private final Set<OutlineUnit> sectionStarts;
    private final Set<OutlineUnit> byPlace;
    private final Predicate<OutlineUnit> ownText;

    FramingByPlace(Set<OutlineUnit> sectionStarts, Set<OutlineUnit> byPlace, Predicate<OutlineUnit> ownText) {
        this.sectionStarts = sectionStarts;
        this.byPlace = byPlace;
        this.ownText = ownText;
    }

    /**
     * A conclusion part that has two or more trend parts after it does not close
     * the report: it states the report's answer up front ("1. 採用方針の結論", the policy adopted,
     * then the reasoning) or is a chapter of its own, so it is a section like those after it.
     */
    void conclusionsBeforeContent(List<OutlineUnit> candidates) {
        for (int i = 0; i < candidates.size(); i++) {
            OutlineUnit u = candidates.get(i);
            if (candidates.subList(0, i).stream().anyMatch(c -> !c.isNote())) {
                // after a trend, a conclusion closes what came before it (a part's own "Conclusion")
                return;
            }
            long trendsAfter = candidates.subList(i + 1, candidates.size()).stream().filter(c -> !c.isNote()).count();
            if (u.isNote() && trendsAfter >= 2 && NoteHeadings.isConclusion(u.title())) {
                sectionStarts.add(u);
            }
        }
    }

    /**
     * Recommendations with a trend part after them ("4. 战略建议" before "5. 行业发展预测") stand in the
     * middle of the report: a chapter of it, not its closing advice. Parts after them whose words
     * close a report (a roadmap, a verdict, a send-off) are not such a trend.
     */
    void recommendationsBeforeContent(List<OutlineUnit> candidates) {
        // parts that close the report by their words ("Cierre", "Final verdict") are no trend after them
        int closingFrom = candidates.size();
        while (closingFrom > 0 && (candidates.get(closingFrom - 1).isNote()
                || EdgeFramingWords.closes(candidates.get(closingFrom - 1).title()))) {
            closingFrom--;
        }
        for (int i = 0; i < candidates.size(); i++) {
            OutlineUnit u = candidates.get(i);
            boolean trendAfter = i + 1 < closingFrom
                    && candidates.subList(i + 1, closingFrom).stream().anyMatch(c -> !c.isNote());
            if (u.isNote() && trendAfter && NoteHeadings.isRecommendations(u.title())) {
                sectionStarts.add(u);
            }
        }
    }

    /**
     * The first part, when it introduces the subject ("1. Introduction to LLM evaluation") and
     * trends follow, frames the report like an "Introduction" does.
     */
    /** "Module 1: Introduction to ...", "Lesson 1": a course's first unit teaches, it frames nothing. */
    private static final java.util.regex.Pattern COURSE_UNIT = java.util.regex.Pattern.compile(
            "(?iu)(?:module|lesson|unit|week|day|session|lecture|modul|lektion|woche|tag|m[óo]dulo|lecci[óo]n|li[çc][ãa]o"
                    + "|aula|semana|d[íi]a|le[çc]on|semaine|jour|lezione|settimana|giorno)\\s+\\d");

    void openingIntroduction(List<OutlineUnit> candidates) {
        List<OutlineUnit> starts = starts(candidates);
        if (starts.size() > 2 && NoteHeadings.isIntroductionTo(starts.get(0).title())
                && !COURSE_UNIT.matcher(starts.get(0).heading().strip()).lookingAt()) {
            keepAsNote(starts.get(0));
        }
    }

    /**
     * The first part, when its heading only dates the report ("## 2026년 3주차 (01-12 ~ 01-15)" right
     * under the title) and trends follow, is a subtitle: it is kept with the notes.
     */
    void openingDateLine(List<OutlineUnit> candidates) {
        List<OutlineUnit> starts = starts(candidates);
        if (starts.size() > 2 && starts.get(0) == candidates.get(0) && DateLine.is(starts.get(0).title())) {
            keepAsNote(starts.get(0));
        }
    }

    /**
     * When the trends are numbered 1 to N, an unnumbered part before the first or after the last
     * frames them, whatever its name and language ("## Lời mở đầu", "## Ausblick", "## 参考"):
     * writers number what they list and leave the framing around it unnumbered. Unnumbered parts
     * between two numbered ones stay sections.
     */
    void outsideNumberedRun(List<OutlineUnit> candidates) {
        List<OutlineUnit> starts = starts(candidates);
        List<OutlineUnit> numbered = starts.stream().filter(u -> u.number().isPresent()).toList();
        // the run counts its framing parts too: "1. Introduction", "2." to "9." trends, "10. Conclusion"
        List<OutlineUnit> run = candidates.stream().filter(u -> u.number().isPresent()).toList();
        if (numbered.size() < MIN_NUMBERED_RUN || !countsFromOne(run)) {
            return;
        }
        int first = starts.indexOf(numbered.get(0));
        int last = starts.indexOf(numbered.get(numbered.size() - 1));
        for (int i = 0; i < starts.size(); i++) {
            OutlineUnit u = starts.get(i);
            if ((i < first || i > last) && !u.isNumbered()) {
                keepAsNote(u);
            }
        }
    }

    /** Numbers 1, 2, 3, ... in order, starting again at 1 where a new group restarts them. */
    private static boolean countsFromOne(List<OutlineUnit> numbered) {
        int previous = 0;
        for (OutlineUnit u : numbered) {
            int n = u.number().getAsInt();
            if (n != previous + 1 && n != 1) {
                return false;
            }
            previous = n;
        }
        return true;
    }

    /**
     * The parts that open the report before its first trend, or close it after its last, and whose
     * names contain a framing word ({@link EdgeFramingWords}) are notes, as long as two trends stay.
     */
    void framingAtTheEdges(List<OutlineUnit> candidates) {
        EdgeFramingWords.atEdges(starts(candidates), MIN_TRENDS_LEFT).forEach(this::keepAsNote);
    }

    /**
     * A part with no text of its own whose sub-parts are all framing or empty ("## Market by
     * building type" right under the title, holding a "### Final report" subtitle and the
     * "### Executive summary") is a cover: it frames the report, and its notes stay notes.
     */
    void framingOnlyParts(List<OutlineUnit> body) {
        for (int i = 0; i < body.size(); i++) {
            OutlineUnit u = body.get(i);
            if (!sectionStarts.contains(u) || ownText.test(u) || sectionStarts.size() <= MIN_TRENDS_LEFT) {
                continue;
            }
            boolean anyNote = false;
            boolean onlyFraming = true;
            int noteLevel = Integer.MAX_VALUE;
            for (int j = i + 1; j < body.size() && body.get(j).level() > u.level(); j++) {
                OutlineUnit inside = body.get(j);
                if (inside.level() <= noteLevel) {
                    noteLevel = inside.isNote() ? inside.level() : Integer.MAX_VALUE;
                }
                anyNote |= inside.isNote();
                // what stands under a framing part (the summary's "Key updates") is framing too
                onlyFraming &= inside.isNote() || inside.level() > noteLevel || !ownText.test(inside);
            }
            if (anyNote && onlyFraming) {
                keepAsNote(u);
            }
        }
    }

    /** The units of {@code candidates} that open a section so far, in order. */
    private List<OutlineUnit> starts(List<OutlineUnit> candidates) {
        return candidates.stream().filter(sectionStarts::contains).toList();
    }

    private void keepAsNote(OutlineUnit unit) {
        sectionStarts.remove(unit);
        byPlace.add(unit);
    }
}
