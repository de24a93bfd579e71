package io.trendreports.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Decides from a document's shape which of its units head the trend sections, and which one is
 * the title. Reports in the wild use every level for both: an {@code ##} title over {@code ###}
 * trends, {@code #} trends with no title, parts grouping trends, bold lines, numbered paragraphs.
 *
 * <p>The title is the single most important heading when it stands first and something lies below
 * it, or the first of several when the others are numbered trends or closing parts and it is not.
 * The section level starts at the most important level below the title and goes one level deeper
 * while that level only groups the next one: one or two containers, or a few containers with
 * little text of their own whose children are distinct (children that repeat under every parent,
 * such as "Key developments" and "Impact", are sub-headings of trends, not trends).
 */
final class StructureInference {

    private static final int MAX_GROUPS = 6;
    private static final int MAX_CONTAINER_OWN_WORDS = 60;
    private static final double MAX_REPEATED_CHILDREN = 0.25;
    private static final Pattern REPORT_WORD = Pattern.compile(
            "(?iu).*(?:\\breport|\\brapport|\\bbericht|\\binforme|\\brelat[óo]rio|\\brapporto|\\brapor|отч[её]т"
                    + "|报告|報告|レポート|보고서|\\b(?:19|20)\\d{2}\\b).*");

    private StructureInference() {
    }

    static ReportStructure infer(Outline outline, Optional<String> frontMatterTitle) {
        List<OutlineUnit> units = outline.units();
        OutlineUnit title = title(units, frontMatterTitle);
        List<OutlineUnit> body = units.stream().filter(u -> u != title).toList();
        TreeSet<Integer> levels = new TreeSet<>();
        body.forEach(u -> levels.add(u.level()));
        if (levels.isEmpty()) {
            return ReportStructure.none(title);
        }
        int level = levels.first();
        List<Integer> containerLevels = new ArrayList<>();
        for (Integer next = levels.higher(level); next != null; next = levels.higher(level)) {
            if (!descend(body, level, next, outline)) {
                break;
            }
            containerLevels.add(level);
            level = next;
        }
        return new ReportStructure(title, level, containerLevels, body);
    }

    private static OutlineUnit title(List<OutlineUnit> units, Optional<String> frontMatterTitle) {
        List<OutlineUnit> headings = units.stream().filter(u -> u.kind() == UnitKind.HEADING).toList();
        List<OutlineUnit> candidates = headings.isEmpty()
                ? units.stream().filter(u -> u.kind() == UnitKind.BOLD_LINE).toList() : headings;
        if (candidates.isEmpty()) {
            return null;
        }
        int top = candidates.stream().mapToInt(OutlineUnit::level).min().orElseThrow();
        List<OutlineUnit> tops = candidates.stream().filter(u -> u.level() == top).toList();
        OutlineUnit first = tops.get(0);
        if (first != candidates.get(0) || first.isNote()) {
            return null;
        }
        if (tops.size() == 1) {
            boolean somethingBelow = units.stream().anyMatch(u -> u != first);
            return somethingBelow || first.level() == 1 ? first : null;
        }
        if (first.isNumbered()) {
            return null;
        }
        List<OutlineUnit> others = tops.subList(1, tops.size());
        long numbered = others.stream().filter(OutlineUnit::isNumbered).count();
        boolean othersClose = others.stream().allMatch(OutlineUnit::isNote);
        boolean namedInFrontMatter = frontMatterTitle.map(t -> fold(t).equals(fold(first.heading()))).orElse(false);
        boolean othersAreTrends = numbered >= 2 && 2 * numbered >= others.size();
        boolean looksLikeTitle = REPORT_WORD.matcher(first.heading()).matches()
                && others.stream().noneMatch(o -> REPORT_WORD.matcher(o.heading()).matches());
        return othersClose || namedInFrontMatter || othersAreTrends || looksLikeTitle ? first : null;
    }

    /** True when the units at {@code level} only group those at {@code next}. */
    private static boolean descend(List<OutlineUnit> body, int level, int next, Outline outline) {
        List<OutlineUnit> parents = new ArrayList<>();
        Map<OutlineUnit, List<OutlineUnit>> children = new HashMap<>();
        OutlineUnit parent = null;
        for (OutlineUnit u : body) {
            if (u.level() <= level) {
                parent = u.level() == level ? u : null;
                if (parent != null) {
                    parents.add(parent);
                    children.put(parent, new ArrayList<>());
                }
            } else if (u.level() == next && parent != null) {
                children.get(parent).add(u);
            }
        }
        List<OutlineUnit> groups = parents.stream().filter(p -> !p.isNote()).toList();
        if (groups.isEmpty()) {
            return parents.stream().mapToInt(p -> children.get(p).size()).sum() >= 2;
        }
        List<OutlineUnit> inGroups = groups.stream().flatMap(g -> children.get(g).stream()).toList();
        if (next == UnitKind.NUMBERED_PARAGRAPH.level(0)) {
            return groups.size() == 1 && inGroups.size() >= 3;
        }
        if (groups.size() == 1) {
            return inGroups.size() >= 2;
        }
        if (repeatedShare(groups, children) > MAX_REPEATED_CHILDREN) {
            return false;
        }
        if (groups.size() == 2) {
            return inGroups.size() >= 3;
        }
        return groups.size() <= MAX_GROUPS && inGroups.size() >= 2 * groups.size()
                && medianOwnWords(groups, outline) <= MAX_CONTAINER_OWN_WORDS;
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

    private static int medianOwnWords(List<OutlineUnit> groups, Outline outline) {
        int[] words = groups.stream().mapToInt(outline::ownWords).sorted().toArray();
        return words[words.length / 2];
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
