package io.trendreports.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The editions of one topic and the themes they cover, as every comparison shows them: a run may
 * hold reports on forex, quantum computing and AI LLMs at once, and a forex report is never
 * compared with an AI one. Themes are in one order for every writer, so a table and the chart
 * beside it read alike: by share in the newest edition, largest first; themes the newest edition
 * lacks after those it has, in {@link RunSnapshot#themes()} order; {@code other} always last.
 *
 * @param topic    the topic id; empty for reports read before topics existed, grouped by title
 * @param label    the topic as people read it, for headings
 * @param editions the topic's reports, oldest first
 * @param themes   the themes with a share in at least one of the editions
 */
public record TopicSeries(String topic, String label, List<ReportInfo> editions, List<Theme> themes,
                          Map<String, Double> shares) {

    public TopicSeries {
        editions = List.copyOf(editions);
        themes = List.copyOf(themes);
        shares = Map.copyOf(shares);
    }

    /** One series per topic ({@link EditionGroups}), in order of their first edition. */
    public static List<TopicSeries> of(List<ReportInfo> reports, List<Theme> themes, List<ThemeShare> shares) {
        Map<String, Map<String, Double>> byReport = new HashMap<>();
        for (ThemeShare s : shares) {
            byReport.computeIfAbsent(s.reportId(), k -> new LinkedHashMap<>())
                    .merge(s.themeId(), s.sharePct(), Double::sum);
        }
        Map<String, Theme> known = new LinkedHashMap<>();
        themes.forEach(t -> known.put(t.id(), t));
        List<TopicSeries> series = new ArrayList<>();
        for (List<ReportInfo> editions : EditionGroups.of(reports)) {
            series.add(of(editions, known, byReport));
        }
        return series;
    }

    private static TopicSeries of(List<ReportInfo> editions, Map<String, Theme> known,
                                  Map<String, Map<String, Double>> byReport) {
        Map<String, Double> shares = new HashMap<>();
        Set<String> covered = new HashSet<>();
        for (ReportInfo r : editions) {
            byReport.getOrDefault(r.reportId(), Map.of()).forEach((theme, share) -> {
                shares.put(key(theme, r.reportId()), share);
                covered.add(theme);
            });
        }
        List<Theme> rows = new ArrayList<>();
        known.values().stream().filter(t -> covered.contains(t.id())).forEach(rows::add);
        // a theme the snapshot does not list (a record older than its theme list) still counts
        covered.stream().filter(id -> !known.containsKey(id)).sorted().forEach(id -> rows.add(new Theme(id, id)));
        if (!editions.isEmpty()) {
            String newest = editions.get(editions.size() - 1).reportId();
            rows.sort(Comparator.comparing(Theme::isOther)
                    .thenComparing(t -> -shares.getOrDefault(key(t.id(), newest), -1.0)));
        }
        return new TopicSeries(editions.get(0).topic(), labelOf(editions), editions, rows, shares);
    }

    private static String labelOf(List<ReportInfo> editions) {
        ReportInfo first = editions.get(0);
        if (!first.topicLabel().isEmpty()) {
            return first.topicLabel();
        }
        ReportInfo newest = editions.get(editions.size() - 1);
        String title = EditionLabel.subject(newest.title(), newest.period() == null ? "" : newest.period().strip());
        return title.isEmpty() ? newest.title() : title;
    }

    /** Share in percent of a theme in one of the editions; null when the edition does not cover it. */
    public Double share(String themeId, String reportId) {
        return shares.get(key(themeId, reportId));
    }

    /**
     * The newest {@code max} editions and the themes they cover, in this series' theme order;
     * this series itself when it has no more.
     */
    public TopicSeries newest(int max) {
        if (editions.size() <= max) {
            return this;
        }
        List<ReportInfo> kept = editions.subList(editions.size() - max, editions.size());
        Map<String, Double> keptShares = new HashMap<>();
        Set<String> covered = new HashSet<>();
        for (ReportInfo e : kept) {
            for (Theme t : themes) {
                Double share = share(t.id(), e.reportId());
                if (share != null) {
                    keptShares.put(key(t.id(), e.reportId()), share);
                    covered.add(t.id());
                }
            }
        }
        return new TopicSeries(topic, label, kept, themes.stream().filter(t -> covered.contains(t.id())).toList(),
                keptShares);
    }

    public ReportInfo newest() {
        return editions.get(editions.size() - 1);
    }

    /** The edition before the newest, the one "what changed" compares it with. */
    public Optional<ReportInfo> previous() {
        return editions.size() < 2 ? Optional.empty() : Optional.of(editions.get(editions.size() - 2));
    }

    private static String key(String themeId, String reportId) {
        return themeId + '\u0000' + reportId;
    }
}
