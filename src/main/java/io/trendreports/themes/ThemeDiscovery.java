package io.trendreports.themes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.trendreports.normalize.TextAnalysis;

/**
 * Gives every section of one topic a discovered theme, keeping the themes of earlier runs.
 *
 * <ol>
 * <li>A section an analyst pinned goes to that theme; one an earlier run placed keeps its theme
 *     (through any merge since). A placed section never moves, so ids and labels stay put.</li>
 * <li>Each other section joins the known theme whose members it is most similar to on average,
 *     when that reaches {@link ThemeSettings#threshold()} and the theme holds no section of the
 *     same report yet; best pairs first.</li>
 * <li>The sections left are clustered with average linkage at the same threshold; each group
 *     founds a theme, labelled with its most central title ({@link ThemeLabels}), its id hashed
 *     from the founders ({@link ThemeIds}).</li>
 * </ol>
 * One instance serves any number of topics and threads.
 */
public final class ThemeDiscovery {

    private final SectionFeatures features;
    private final ThemeSettings settings;

    public ThemeDiscovery(TextAnalysis analysis, ThemeSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.features = new SectionFeatures(Objects.requireNonNull(analysis, "analysis"), settings);
    }

    public ThemeDiscovery() {
        this(new TextAnalysis(), ThemeSettings.DEFAULTS);
    }

    /** A topic seen for the first time. */
    public TopicThemes discover(List<ThemeSection> sections) {
        return discover(sections, List.of(), Map.of(), TopicOverrides.NONE);
    }

    /**
     * @param sections all sections of the topic this run, oldest reports first (new themes are
     *                 founded in that order when there are more than {@link ThemeSettings#batchSize()})
     * @param known    the topic's themes from the store
     * @param previous section id to the theme id the store has for it
     * @param overrides the analysts' renames, merges and pins for the topic
     */
    public TopicThemes discover(List<ThemeSection> sections, List<KnownTheme> known, Map<String, String> previous,
                                TopicOverrides overrides) {
        List<Map<String, Float>> counts = new ArrayList<>(sections.size());
        for (ThemeSection s : sections) {
            counts.add(features.count(s));
        }
        SectionVectors vectors = SectionVectors.build(counts, settings);
        return new Run(sections, vectors, known, previous, overrides).result();
    }

    /** The state of one call. */
    private final class Run {

        private final List<ThemeSection> sections;
        private final SectionVectors vectors;
        private final TopicOverrides overrides;
        private final Map<String, ThemeState> themes = new LinkedHashMap<>();
        private final Map<String, String> mergedInto = new LinkedHashMap<>();
        private final SectionTheme[] placed;
        private final List<String> warnings = new ArrayList<>();
        private final double threshold;
        private final Map<String, Integer> topicLanguages = new HashMap<>();

        Run(List<ThemeSection> sections, SectionVectors vectors, List<KnownTheme> known, Map<String, String> previous,
            TopicOverrides overrides) {
            this.sections = sections;
            this.vectors = vectors;
            this.overrides = overrides;
            this.placed = new SectionTheme[sections.size()];
            this.threshold = TopicThreshold.of(sections, vectors, settings);
            sections.forEach(s -> topicLanguages.merge(s.baseLanguage(), 1, Integer::sum));
            Set<String> ids = new HashSet<>();
            for (ThemeSection s : sections) {
                if (!ids.add(s.id())) {
                    throw new IllegalArgumentException("section id '" + s.id() + "' appears twice in one topic");
                }
            }
            for (KnownTheme k : known) {
                themes.put(k.id(), new ThemeState(k.id(), k.label(), ThemeSignature.parse(k.signature()), false));
            }
            applyMerges();
            placeKeptAndPinned(previous);
            for (ThemeState t : themes.values()) {
                t.startCentroid(this);
            }
            List<Integer> open = new ArrayList<>();
            for (int i = 0; i < placed.length; i++) {
                if (placed[i] == null) {
                    open.add(i);
                }
            }
            for (int from = 0; from < open.size(); from += settings.batchSize()) {
                List<Integer> batch = open.subList(from, Math.min(open.size(), from + settings.batchSize()));
                List<Integer> left = join(batch);
                found(left);
            }
        }

        private void applyMerges() {
            overrides.merges().forEach((from, into) -> {
                String target = resolve(into);
                if (!themes.containsKey(target)) {
                    warnings.add("merge of " + from + " into " + into + ": no theme " + into + " in this topic");
                } else if (!from.equals(target)) {
                    mergedInto.put(from, target);
                }
            });
            for (String from : mergedInto.keySet()) {
                ThemeState gone = themes.remove(from);
                if (gone != null) {
                    themes.get(resolve(from)).absorbed.add(gone.stored);
                }
            }
        }

        /** The theme an id stands for now, through analysts' merges (a cycle stops where it closes). */
        private String resolve(String id) {
            String current = id;
            Set<String> seen = new HashSet<>();
            while (overrides.merges().containsKey(current) && seen.add(current)) {
                String next = overrides.merges().get(current);
                if (next.equals(current)) {
                    break;
                }
                current = next;
            }
            return current;
        }

        private void placeKeptAndPinned(Map<String, String> previous) {
            Set<String> sectionIds = new HashSet<>();
            sections.forEach(s -> sectionIds.add(s.id()));
            overrides.pins().keySet().stream().filter(id -> !sectionIds.contains(id)).sorted()
                    .forEach(id -> warnings.add("pin of section " + id + ": no such section in this topic"));
            for (int i = 0; i < sections.size(); i++) {
                String id = sections.get(i).id();
                String pin = overrides.pins().get(id);
                if (pin != null) {
                    ThemeState t = themes.get(resolve(pin));
                    if (t != null) {
                        place(i, t, 0, AssignmentKind.PINNED);
                        continue;
                    }
                    warnings.add("pin of section " + id + " to " + pin + ": no theme " + pin + " in this topic");
                }
                String before = previous.get(id);
                ThemeState t = before == null ? null : themes.get(resolve(before));
                if (t != null) {
                    place(i, t, 0, AssignmentKind.KEPT);
                }
            }
        }

        private void place(int section, ThemeState theme, double similarity, AssignmentKind kind) {
            placed[section] = new SectionTheme(sections.get(section).id(), theme.id, similarity, kind);
            theme.members.add(section);
            theme.reports.add(sections.get(section).reportId());
        }

        /** Best (section, theme) pairs first; a theme takes at most one section of each report. */
        private List<Integer> join(List<Integer> batch) {
            record Pair(int section, ThemeState theme, double similarity) {
            }
            List<Pair> pairs = new ArrayList<>();
            for (int s : batch) {
                SparseVector v = vectors.get(s);
                String report = sections.get(s).reportId();
                String language = sections.get(s).baseLanguage();
                for (ThemeState t : themes.values()) {
                    if (t.reports.contains(report)) {
                        continue;
                    }
                    double sim = t.centroid.similarity(v, language, settings.crossLanguageBoost());
                    if (sim >= threshold) {
                        pairs.add(new Pair(s, t, sim));
                    }
                }
            }
            pairs.sort((a, b) -> a.similarity != b.similarity ? Double.compare(b.similarity, a.similarity)
                    : a.section != b.section ? Integer.compare(a.section, b.section) : a.theme.id.compareTo(b.theme.id));
            Set<ThemeState> grown = new HashSet<>();
            for (Pair p : pairs) {
                if (placed[p.section] == null && !p.theme.reports.contains(sections.get(p.section).reportId())) {
                    place(p.section, p.theme, p.similarity, AssignmentKind.JOINED);
                    grown.add(p.theme);
                }
            }
            // centroids move after the batch, so the order of sections within it does not matter
            for (ThemeState t : grown) {
                t.restartCentroid(this);
            }
            return batch.stream().filter(s -> placed[s] == null).toList();
        }

        private void found(List<Integer> left) {
            if (left.isEmpty()) {
                return;
            }
            List<SparseVector> items = left.stream().map(vectors::get).toList();
            List<String> reports = left.stream().map(s -> sections.get(s).reportId()).toList();
            Set<String> labels = new HashSet<>();
            themes.values().forEach(t -> labels.add(t.label));
            List<String> languages = left.stream().map(s -> sections.get(s).baseLanguage()).toList();
            for (List<Integer> group : AverageLinkage.cluster(items, reports, languages, settings.crossLanguageBoost(),
                    threshold)) {
                List<Integer> members = group.stream().map(left::get).toList();
                Centroid c = new Centroid();
                members.forEach(m -> c.add(vectors.get(m), sections.get(m).baseLanguage()));
                Set<String> taken = new HashSet<>(themes.keySet());
                taken.addAll(mergedInto.keySet());
                String id = ThemeIds.forFounders(members.stream().map(m -> sections.get(m).id()).toList(), taken);
                String label = ThemeLabels.label(members, sections, vectors, c.mean(), topicLanguages, labels);
                labels.add(label);
                ThemeState t = new ThemeState(id, label, ThemeSignature.EMPTY, true);
                themes.put(id, t);
                for (int m : members) {
                    double sim = members.size() == 1 ? 0 : meanSimilarity(m, members);
                    place(m, t, sim, AssignmentKind.FOUNDED);
                }
                t.centroid = c;
            }
        }

        private double meanSimilarity(int m, List<Integer> members) {
            double sum = 0;
            for (int o : members) {
                if (o != m) {
                    boolean same = sections.get(m).baseLanguage().equals(sections.get(o).baseLanguage());
                    sum += vectors.get(m).dot(vectors.get(o)) * (same ? 1 : settings.crossLanguageBoost());
                }
            }
            return sum / (members.size() - 1);
        }

        TopicThemes result() {
            Map<String, SectionTheme> bySection = new LinkedHashMap<>();
            for (SectionTheme s : placed) {
                bySection.put(s.sectionId(), s);
            }
            for (String id : overrides.renames().keySet()) {
                if (!themes.containsKey(id) && !mergedInto.containsKey(id)) {
                    warnings.add("rename of " + id + ": no theme " + id + " in this topic");
                }
            }
            List<DiscoveredTheme> out = new ArrayList<>();
            for (ThemeState t : themes.values()) {
                String label = overrides.renames().getOrDefault(t.id, t.label);
                ThemeSignature signature = t.members.isEmpty() && t.absorbed.isEmpty() ? t.stored
                        : ThemeSignature.of(t.centroid, vectors.vocabulary(), settings.signatureTerms());
                out.add(new DiscoveredTheme(t.id, label, t.label, signature.toJson(),
                        t.members.stream().sorted().map(m -> sections.get(m).id()).toList(), t.isNew));
            }
            return new TopicThemes(out, bySection, mergedInto, warnings);
        }
    }

    /** A theme while a run places sections. */
    private static final class ThemeState {

        final String id;
        final String label;
        final ThemeSignature stored;
        final boolean isNew;
        final List<Integer> members = new ArrayList<>();
        final Set<String> reports = new HashSet<>();
        /** Signatures of known themes merged into this one. */
        final List<ThemeSignature> absorbed = new ArrayList<>();
        Centroid centroid = new Centroid();

        ThemeState(String id, String label, ThemeSignature stored, boolean isNew) {
            this.id = id;
            this.label = label;
            this.stored = stored;
            this.isNew = isNew;
        }

        /** From the members present when there are any (this run's vectors), else from what was stored. */
        void startCentroid(Run run) {
            restartCentroid(run);
        }

        /**
         * When every member the stored signatures stand for is in the input, the centroid is
         * rebuilt from them (this run's vectors); when the caller passed only some, or only new
         * sections, it starts from the signatures and adds the members that are not in them yet.
         */
        void restartCentroid(Run run) {
            centroid = new Centroid();
            int summarised = stored.memberCount() + absorbed.stream().mapToInt(ThemeSignature::memberCount).sum();
            int kept = 0;
            for (int m : members) {
                if (run.placed[m].kind() == AssignmentKind.KEPT) {
                    kept++;
                }
            }
            boolean allPresent = kept >= summarised;
            if (!allPresent) {
                centroid.addSignature(stored, run.vectors.vocabulary());
                for (ThemeSignature s : absorbed) {
                    centroid.addSignature(s, run.vectors.vocabulary());
                }
            }
            for (int m : members) {
                if (allPresent || run.placed[m].kind() != AssignmentKind.KEPT) {
                    centroid.add(run.vectors.get(m), run.sections.get(m).baseLanguage());
                }
            }
        }
    }

    /** For tests and the evaluation: the settings in use. */
    public ThemeSettings settings() {
        return settings;
    }
}
