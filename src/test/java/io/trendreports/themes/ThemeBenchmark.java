package io.trendreports.themes;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.trendreports.normalize.TextAnalysis;

/**
 * Processor time of discovery and assignment at scale (not a test, rerunnable):
 * <pre>java -cp target/test-classes:target/classes:$(cat cp.txt) io.trendreports.themes.ThemeBenchmark [sections] [repeats]</pre>
 * (docs/theme-discovery.md has the full command). Three cases, each the median of the repeats:
 * <ul>
 * <li>first run: every section new, six topics;</li>
 * <li>nightly run: the same sections already placed plus one new report per topic;</li>
 * <li>first run with all sections in one topic (the clustering's worst case).</li>
 * </ul>
 * Time is the benchmark thread's CPU time (discovery is single-threaded) divided by the sections,
 * text analysis included. Pairwise F1 against the recombined labels is printed too.
 */
public final class ThemeBenchmark {

    public static void main(String[] args) {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        LabelledSet set = LabelledSet.bundled();
        ThemeDiscovery discovery = new ThemeDiscovery(new TextAnalysis(), ThemeSettings.DEFAULTS);
        Map<String, List<LabelledSet.LabelledSection>> byTopic = SyntheticCorpus.generate(set, total, false, 42);
        Map<String, List<LabelledSet.LabelledSection>> oneTopic = SyntheticCorpus.generate(set, total, true, 42);
        if (args.length > 2 && args[2].equals("carrot")) {
            carrot(byTopic);
            return;
        }
        // warm-up: JIT and the analyzers of every language
        firstRun(discovery, SyntheticCorpus.generate(set, 2000, false, 7));

        double[] firstProcess = new double[repeats];
        double[] first = new double[repeats];
        double[] nightly = new double[repeats];
        double[] single = new double[repeats];
        String quality = "";
        for (int r = 0; r < repeats; r++) {
            Run f = firstRun(discovery, byTopic);
            first[r] = f.msPerSection;
            firstProcess[r] = f.processMsPerSection;
            quality = f.quality;
            nightly[r] = nightlyRun(discovery, byTopic, f.results);
            single[r] = firstRun(discovery, oneTopic).msPerSection;
        }
        System.out.printf(Locale.ROOT, "%d sections, %d topics, %d repeats; processor time per section, median (min-max)%n",
                total, byTopic.size(), repeats);
        System.out.println("first run, all new:            " + stats(first) + "   " + quality);
        System.out.println("  same, whole process (GC, JIT): " + stats(firstProcess));
        System.out.println("nightly run, +1 report/topic:  " + stats(nightly));
        System.out.println("first run, one topic:          " + stats(single));
    }

    private record Run(double msPerSection, double processMsPerSection, Map<String, TopicThemes> results, String quality) {
    }

    private static Run firstRun(ThemeDiscovery discovery, Map<String, List<LabelledSet.LabelledSection>> corpus) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Map<String, TopicThemes> results = new HashMap<>();
        int sections = 0;
        long start = cpu.getCurrentThreadCpuTime();
        long processStart = processCpu();
        for (Map.Entry<String, List<LabelledSet.LabelledSection>> t : corpus.entrySet()) {
            List<ThemeSection> input = t.getValue().stream().map(LabelledSet.LabelledSection::section).toList();
            results.put(t.getKey(), discovery.discover(input));
            sections += input.size();
        }
        double ms = (cpu.getCurrentThreadCpuTime() - start) / 1e6 / sections;
        double processMs = (processCpu() - processStart) / 1e6 / sections;
        PairwiseScore score = PairwiseScore.ZERO;
        int themes = 0;
        for (Map.Entry<String, List<LabelledSet.LabelledSection>> t : corpus.entrySet()) {
            Map<String, String> themeOf = new HashMap<>();
            results.get(t.getKey()).sections().forEach((id, s) -> themeOf.put(id, s.themeId()));
            score = score.plus(PairwiseScore.of(t.getValue(), themeOf));
            themes += results.get(t.getKey()).themes().size();
        }
        return new Run(ms, processMs, results, String.format(Locale.ROOT, "pairwise P %.3f R %.3f F1 %.3f, %d themes",
                score.precision(), score.recall(), score.f1(), themes));
    }

    /** Every section placed by the first run, plus one report per topic copied from its first one under a new id. */
    private static double nightlyRun(ThemeDiscovery discovery, Map<String, List<LabelledSet.LabelledSection>> corpus,
                                     Map<String, TopicThemes> before) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        int sections = 0;
        long spent = 0;
        for (Map.Entry<String, List<LabelledSet.LabelledSection>> t : corpus.entrySet()) {
            List<ThemeSection> input = new ArrayList<>(t.getValue().stream().map(LabelledSet.LabelledSection::section).toList());
            String firstReport = input.get(0).reportId();
            input.addAll(input.stream().filter(s -> s.reportId().equals(firstReport))
                    .map(s -> new ThemeSection("new-" + s.id(), "new-" + s.reportId(), s.title(), s.text(), s.language(), s.terms()))
                    .toList());
            TopicThemes b = before.get(t.getKey());
            List<KnownTheme> known = b.themes().stream().map(d -> new KnownTheme(d.id(), d.discoveredLabel(), d.signature())).toList();
            Map<String, String> previous = new HashMap<>();
            b.sections().forEach((id, s) -> previous.put(id, s.themeId()));
            long start = cpu.getCurrentThreadCpuTime();
            discovery.discover(input, known, previous, TopicOverrides.NONE);
            spent += cpu.getCurrentThreadCpuTime() - start;
            sections += input.size();
        }
        return spent / 1e6 / sections;
    }

    /** Carrot2 on the same corpus, once per algorithm (its quality rules it out; this is for the cost column). */
    private static void carrot(Map<String, List<LabelledSet.LabelledSection>> corpus) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (CarrotMethod.Algorithm a : CarrotMethod.Algorithm.values()) {
            CarrotMethod m = new CarrotMethod(a);
            int sections = 0;
            long start = cpu.getCurrentThreadCpuTime();
            for (List<LabelledSet.LabelledSection> t : corpus.values()) {
                List<ThemeSection> input = t.stream().map(LabelledSet.LabelledSection::section).toList();
                m.group(input);
                sections += input.size();
            }
            System.out.printf(Locale.ROOT, "%s: %.3f ms per section (one run, %d sections)%n", m.name(),
                    (cpu.getCurrentThreadCpuTime() - start) / 1e6 / sections, sections);
        }
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String stats(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        double median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        return String.format(Locale.ROOT, "%.3f ms (%.3f-%.3f)", median, v[0], v[v.length - 1]);
    }
}
