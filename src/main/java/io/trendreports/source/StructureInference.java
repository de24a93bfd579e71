package io.trendreports.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;

/**
 * Decides from a document's shape which of its units head the trend sections, and which one is
 * the title. Reports in the wild use every level for both: an {@code ##} title over {@code ###}
 * trends, {@code #} trends with no title, parts grouping trends, bold lines, numbered paragraphs.
 *
 * <p>The title is the single most important heading when it stands first and something lies below
 * it, or the first of several when the others are numbered trends or closing parts and it is not,
 * or when it has no text of its own before the next one, or when it is a cover over nothing while
 * the others hold parts, or a sentence-long headline over parts named in a word or two. The
 * section level starts at the most
 * important level below the title and goes one level deeper while that level only groups the next
 * one: one or two parts besides the framing ones, holding distinct children (children that repeat
 * under every parent, such as "Key developments" and "Impact", are sub-headings of trends; "1.1",
 * "1.2" under two parts are their sub-sections). Three or more parts are the sections: readers
 * take a report's chapters as its sections even when each holds several points; only a briefing's
 * categories, a line at most each over paragraph-long stories, give way to the stories, and so do
 * labels with nothing of their own over one bold headline each. A lone part
 * with no text of its own over a single heading only names it, so the level below is read; of two
 * parts, one all text and one holding a numbered list, both are sections.
 */
final class StructureInference {

    /** More groups than this are the sections themselves, however much they hold (briefing categories aside). */
    private static final int MAX_GROUPS = 2;
    private static final double MAX_REPEATED_CHILDREN = 0.25;
    /** At most one category in this many may hold no story of its own. */
    private static final int MAX_EMPTY_CATEGORIES = 3;
    /** A part with no more text than a line of its own only files what lies under it. */
    private static final int MAX_CATEGORY_WORDS = 25;
    /** A first heading this long, twice as long as any other, is a headline rather than a part's name. */
    private static final int MIN_HEADLINE_WORDS = 6;
    private static final Pattern REPORT_WORD = Pattern.compile(
            "(?iu).*(?:\\breport|\\brapport|\\bbericht|\\binforme|\\brelat[óo]rio|\\brapporto|\\brapor|отч[её]т"
                    + "|报告|報告|レポート|보고서|\\b(?:19|20)\\d{2}\\b).*"
                    // a document named by its kind, then its subject: "Travel plan: Lisbon", "Briefing: ..."
                    + "|^(?:[\\p{L}-]+\\s+)?(?:plan|guide|briefing|brief|digest|itinerary|proposal|newsletter"
                    + "|plano|guía|guia|leitfaden|reiseplan|計画|计划|指南|가이드|계획)\\s*[:：—–-]\\s*\\S.*");

    private StructureInference() {
    }

    static ReportStructure infer(Outline outline, Optional<String> frontMatterTitle) {
        List<OutlineUnit> units = outline.units();
        OutlineUnit title = title(outline, frontMatterTitle);
        List<OutlineUnit> body = units.stream().filter(u -> u != title).toList();
        TreeSet<Integer> levels = new TreeSet<>();
        body.forEach(u -> levels.add(u.level()));
        if (levels.isEmpty()) {
            return ReportStructure.none(title);
        }
        int level = levels.first();
        List<Integer> containerLevels = new ArrayList<>();
        for (Integer next = nextLevel(body, levels, level); next != null; next = nextLevel(body, levels, level)) {
            if (!descend(outline, body, level, next)) {
                break;
            }
            containerLevels.add(level);
            level = next;
        }
        return new ReportStructure(title, level, containerLevels, body, outline::hasOwnContent, outline::holdsPictures);
    }

    /**
     * The next level below {@code level} that holds something besides framing parts: a lone
     * "#### Works cited" between the parts and their bold sub-parts ranks nothing under it.
     */
    private static Integer nextLevel(List<OutlineUnit> body, TreeSet<Integer> levels, int level) {
        for (Integer next = levels.higher(level); next != null; next = levels.higher(next)) {
            int candidate = next;
            if (body.stream().anyMatch(u -> u.level() == candidate && !u.isNote())) {
                return next;
            }
        }
        return levels.higher(level);
    }

    private static OutlineUnit title(Outline outline, Optional<String> frontMatterTitle) {
        List<OutlineUnit> units = outline.units();
        List<OutlineUnit> headings = units.stream().filter(u -> u.kind() == UnitKind.HEADING).toList();
        List<OutlineUnit> candidates = headings.isEmpty()
                ? units.stream().filter(u -> u.kind() == UnitKind.BOLD_LINE).toList() : headings;
        if (candidates.isEmpty()) {
            return null;
        }
        int top = candidates.stream().mapToInt(OutlineUnit::level).min().orElseThrow();
        List<OutlineUnit> tops = candidates.stream().filter(u -> u.level() == top).toList();
        OutlineUnit first = tops.get(0);
        // only framing parts ("## Introduction" above "# Title") may come before the title
        boolean firstOfSubstance = candidates.subList(0, candidates.indexOf(first)).stream().allMatch(OutlineUnit::isNote)
                // nor may parts at its level ("**Technology**" with its text, then "## Summary table 2045")
                && units.subList(0, units.indexOf(first)).stream()
                        .noneMatch(u -> u.level() <= first.level() && !u.isNote() && outline.ownWords(u) > 0);
        if (!firstOfSubstance || first.isNote()) {
            return null;
        }
        if (tops.size() == 1) {
            boolean somethingBelow = units.stream().anyMatch(u -> u != first);
            return somethingBelow || first.level() == UnitKind.HEADING.level(1, 0) ? first : null;
        }
        if (first.isNumbered() || labelsRestartingRuns(units, tops)) {
            return null;
        }
        List<OutlineUnit> others = tops.subList(1, tops.size());
        long numbered = others.stream().filter(OutlineUnit::isNumbered).count();
        boolean othersClose = others.stream().allMatch(OutlineUnit::isNote);
        boolean namedInFrontMatter = frontMatterTitle.map(t -> fold(t).equals(fold(first.heading()))).orElse(false);
        boolean othersAreTrends = numbered >= 2 && 2 * numbered >= others.size();
        boolean looksLikeTitle = REPORT_WORD.matcher(first.heading()).matches()
                && others.stream().noneMatch(o -> REPORT_WORD.matcher(o.heading()).matches());
        // "**Final recommendation**" over "**Allocation:**", "**Risks:**": the one bold line that is
        // not a label names the whole
        boolean nameOverLabels = first.kind() == UnitKind.BOLD_LINE && others.size() >= 2
                && !Outline.endsInColon(first) && others.stream().allMatch(Outline::endsInColon);
        if (othersClose || namedInFrontMatter || othersAreTrends || looksLikeTitle || nameOverLabels) {
            return first;
        }
        Set<OutlineUnit> holdingParts = holdingParts(units, top);
        boolean coverOnly = !holdingParts.contains(first) && others.stream().allMatch(holdingParts::contains);
        int after = units.indexOf(first) + 1;
        boolean noTextOfItsOwn = outline.ownWords(first) == 0 && after < units.size()
                && units.get(after).level() == top && others.stream().allMatch(o -> outline.ownWords(o) > 0);
        return coverOnly || noTextOfItsOwn || headline(outline, first, others) ? first : null;
    }

    /**
     * The first heading and another at its level each open a numbered run that starts at 1 ("## AI
     * briefing · Reddit" over "## 1. ...", later "## AI briefing · Twitter" over "## 1. ..."): they
     * label the runs, and the first is one of those labels, not the title.
     */
    private static boolean labelsRestartingRuns(List<OutlineUnit> units, List<OutlineUnit> tops) {
        int opening = 0;
        for (OutlineUnit top : tops) {
            int i = units.indexOf(top);
            OutlineUnit next = i + 1 < units.size() ? units.get(i + 1) : null;
            boolean opensRun = !top.isNumbered() && next != null && next.level() == top.level()
                    && next.number().isPresent() && next.number().getAsInt() == 1;
            if (top == tops.get(0) && !opensRun) {
                return false;
            }
            opening += opensRun ? 1 : 0;
        }
        return opening >= 2;
    }

    /**
     * A headline over labels: the first unit, with no text of its own, is a sentence-long title
     * ("Bihar Election Aftermath: New Government Formed Amid ...") over parts named in a word or two
     * ("Key Facts", "Context").
     */
    private static boolean headline(Outline outline, OutlineUnit first, List<OutlineUnit> others) {
        int words = Outline.words(first.title());
        int longestOther = others.stream().mapToInt(o -> Outline.words(o.title())).max().orElse(0);
        return outline.ownWords(first) == 0 && words >= MIN_HEADLINE_WORDS && words >= 2 * longestOther;
    }

    /** The units at level {@code top} that have some unit under them before the next one at their level. */
    private static Set<OutlineUnit> holdingParts(List<OutlineUnit> units, int top) {
        Set<OutlineUnit> holding = Collections.newSetFromMap(new IdentityHashMap<>());
        OutlineUnit current = null;
        for (OutlineUnit u : units) {
            if (u.level() <= top) {
                current = u.level() == top ? u : null;
            } else if (current != null) {
                holding.add(current);
            }
        }
        return holding;
    }

    /** True when the units at {@code level} only group those at {@code next}. */
    private static boolean descend(Outline outline, List<OutlineUnit> body, int level, int next) {
        List<OutlineUnit> parents = new ArrayList<>();
        Map<OutlineUnit, List<OutlineUnit>> children = new IdentityHashMap<>();
        OutlineUnit parent = null;
        // parts filed under a framing part ("## Recommendations" over "### Lead story") group nothing of the report's
        Set<OutlineUnit> filedUnderNotes = FiledUnderNotes.at(body, level);
        if (body.stream().filter(u -> u.level() == level).allMatch(filedUnderNotes::contains)) {
            // one framing part over the whole body ("## Executive Summary: EV market" as its only
            // heading) is the document's heading, not a note the parts belong to
            filedUnderNotes = Set.of();
        }
        for (OutlineUnit u : body) {
            if (u.level() <= level) {
                parent = u.level() == level && !filedUnderNotes.contains(u) ? u : null;
                if (parent != null) {
                    parents.add(parent);
                    children.put(parent, new ArrayList<>());
                }
            } else if (u.level() == next && parent != null) {
                children.get(parent).add(u);
            }
        }
        // a part with no text and nothing under it ("## Key insights" left empty) is dropped, so groups nothing
        List<OutlineUnit> named = parents.stream().filter(p -> !p.isNote())
                .filter(p -> outline.hasOwnContent(p) || holdsUnits(body, p)).toList();
        // a "Summary table" first or "Takeaways for today" last frames the parts between, as a
        // plain "Summary" would
        Set<OutlineUnit> framing = EdgeFramingWords.atEdges(named, 1);
        List<OutlineUnit> groups = named.stream().filter(p -> !framing.contains(p)).toList();
        if (groups.isEmpty()) {
            // only framing parts at this level ("# Conclusion" after "##" trends): the next level holds the trends
            return body.stream().filter(u -> u.level() == next).count() >= 2;
        }
        List<OutlineUnit> inGroups = groups.stream().flatMap(g -> children.get(g).stream()).toList();
        if (UnitKind.of(next) == UnitKind.BULLET_LEAD_IN) {
            // bullets with lead-ins inside a part are that part's points; they are sections only
            // in a document that has nothing else to divide it
            return false;
        }
        if (groups.size() == 1) {
            // a part with no text of its own over a single heading only names it ("## Research Report"
            // over the bold line that heads the one trend, "## Drivers" over "### Drivers" over the regions)
            boolean wrapper = inGroups.size() == 1 && outline.ownWords(groups.get(0)) == 0
                    && !UnitKind.isListItem(next);
            return wrapper || inGroups.size() >= (UnitKind.isListItem(next) ? 3 : 2);
        }
        // two parts each holding "1.1", "1.2": sub-sections of two sections, not trends in two groups
        boolean subNumbered = next % 10 > level % 10 && inGroups.stream().allMatch(OutlineUnit::isNumbered);
        // a numbered list inside one of two parts is that part's points; the other part, all text,
        // is a section beside it ("Key findings" in prose, then "Trend analysis" listing five)
        boolean listInOnePart = UnitKind.isListItem(next) && groups.stream().anyMatch(g -> children.get(g).isEmpty());
        // a briefing's categories ("Today's lead story", "Breaking news", "Diplomacy"), each at most a
        // line over its stories, and every story a paragraph: the stories are the sections (chapters
        // with a line each over short points stay the sections, and numbered parts are chapters)
        // stories may also be bold headlines that link to their articles ("**[Title](https://...)**")
        boolean storyUnits = UnitKind.of(next) == UnitKind.HEADING
                || UnitKind.of(next) == UnitKind.BOLD_LINE && !inGroups.isEmpty()
                && inGroups.stream().allMatch(StructureInference::linkedHeadline);
        if (labelsOverHeadlines(outline, groups, children)) {
            return true;
        }
        // a category or two may hold no story, only a note of its own ("Vie du site" between the
        // sections of a press review): it files nothing, and the stories of the others stay the sections
        List<OutlineUnit> filing = groups.stream().filter(g -> !children.get(g).isEmpty()).toList();
        boolean categories = filing.size() > MAX_GROUPS && storyUnits
                && MAX_EMPTY_CATEGORIES * (groups.size() - filing.size()) <= groups.size()
                && groups.stream().noneMatch(OutlineUnit::isNumbered)
                && filing.stream().allMatch(g -> categoryLine(outline, g, children.get(g)))
                && storiesOutweigh(outline, filing, children)
                // a story filed under two categories is still a story; a sub-heading under every one is not
                && repeatedShare(groups, children) <= MAX_REPEATED_CHILDREN;
        return categories || groups.size() == MAX_GROUPS && inGroups.size() >= 3 && !subNumbered && !listInOnePart
                && repeatedShare(groups, children) <= MAX_REPEATED_CHILDREN;
    }

    /**
     * Every part is a label with nothing of its own over one bold headline ("## Story 1" over
     * "**Cincinnati invests ...**", "## 2. Defence" over the one story filed there): the headlines
     * name the sections. A heading under each part instead is a chapter's sub-heading ("## 1.
     * Buying process" over "### Who decides"), and headlines repeated under several labels are
     * sub-headings too.
     */
    private static boolean labelsOverHeadlines(Outline outline, List<OutlineUnit> groups,
                                               Map<OutlineUnit, List<OutlineUnit>> children) {
        if (groups.size() < 2 || repeatedShare(groups, children) > 0) {
            return false;
        }
        for (OutlineUnit g : groups) {
            List<OutlineUnit> under = children.get(g);
            if (outline.ownWords(g) > 0 || under.size() != 1 || under.get(0).isNote()
                    || outline.ownWords(under.get(0)) == 0 || under.get(0).kind() != UnitKind.BOLD_LINE) {
                return false;
            }
        }
        return true;
    }

    /**
     * A category's own text is a line, or a sentence or two introducing stories at least twice its
     * length ("The conflict is still active on the ground, even as ...").
     */
    private static boolean categoryLine(Outline outline, OutlineUnit category, List<OutlineUnit> stories) {
        int shortestStory = stories.stream().mapToInt(outline::ownWords).min().orElse(0);
        return outline.ownWords(category) <= Math.max(MAX_CATEGORY_WORDS, shortestStory / 2);
    }

    /**
     * The stories are paragraphs, each longer than a category's line. Under a newsletter's
     * emoji-led categories ("🚨 Lead story", "💼 Technology") a paragraph's length on average is
     * enough, each story longer than its own category's line: the template writes some stories
     * short, and chapters are not headed that way. Headlines that link to their articles are
     * stories however short their text.
     */
    private static boolean storiesOutweigh(Outline outline, List<OutlineUnit> groups,
                                           Map<OutlineUnit, List<OutlineUnit>> children) {
        List<OutlineUnit> stories = groups.stream().flatMap(g -> children.get(g).stream()).toList();
        if (stories.isEmpty()) {
            return false;
        }
        if (stories.stream().allMatch(StructureInference::linkedHeadline)) {
            return stories.stream().allMatch(c -> outline.ownWords(c) > 0);
        }
        boolean newsletter = groups.stream().allMatch(StructureInference::emojiLed);
        long words = 0;
        for (OutlineUnit g : groups) {
            for (OutlineUnit c : children.get(g)) {
                // a newsletter's story often goes on under bold lines of its own ("**Why it matters**")
                int own = newsletter ? wordsUnder(outline, c) : outline.ownWords(c);
                if (newsletter ? own <= outline.ownWords(g) : own <= MAX_CATEGORY_WORDS) {
                    return false;
                }
                words += own;
            }
        }
        return words > (long) MAX_CATEGORY_WORDS * stories.size();
    }

    /** Whether some unit stands below {@code unit} before the next one at its level or above. */
    private static boolean holdsUnits(List<OutlineUnit> body, OutlineUnit unit) {
        int i = body.indexOf(unit);
        return i + 1 < body.size() && body.get(i + 1).level() > unit.level();
    }

    /** The words of a unit's own text and of every unit below it, up to the next at its level or above. */
    private static int wordsUnder(Outline outline, OutlineUnit unit) {
        List<OutlineUnit> units = outline.units();
        int words = outline.ownWords(unit);
        for (int i = units.indexOf(unit) + 1; i < units.size() && units.get(i).level() > unit.level(); i++) {
            words += outline.ownWords(units.get(i));
        }
        return words;
    }

    /** A bold line that is a link and nothing else: a headline pointing at its article. */
    private static boolean linkedHeadline(OutlineUnit unit) {
        if (!(unit.node() instanceof Paragraph p) || !(p.getFirstChild() instanceof StrongEmphasis strong)) {
            return false;
        }
        return strong.getFirstChild() instanceof Link && strong.getFirstChild() == strong.getLastChild();
    }

    /** A title that opens with a pictograph ("🚨 Today's lead story"), as newsletter templates write them. */
    private static boolean emojiLed(OutlineUnit unit) {
        String title = unit.title().strip();
        return !title.isEmpty() && Character.getType(title.codePointAt(0)) == Character.OTHER_SYMBOL
                && title.codePointAt(0) > 0x2000;
    }

    /** The share of children whose title stands under more than one parent. */
    private static double repeatedShare(List<OutlineUnit> groups, Map<OutlineUnit, List<OutlineUnit>> children) {
        Map<String, Set<OutlineUnit>> parentsOf = new HashMap<>();
        int total = 0;
        for (OutlineUnit g : groups) {
            for (OutlineUnit c : children.get(g)) {
                parentsOf.computeIfAbsent(fold(c.title()), k -> new HashSet<>()).add(g);
                total++;
            }
        }
        if (total == 0) {
            return 0;
        }
        int repeated = 0;
        for (OutlineUnit g : groups) {
            for (OutlineUnit c : children.get(g)) {
                repeated += parentsOf.get(fold(c.title())).size() > 1 ? 1 : 0;
            }
        }
        return (double) repeated / total;
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
