package io.trendreports.xlsx;

import io.trendreports.model.InputFile;
import io.trendreports.model.ReportInfo;
import io.trendreports.model.RunInfo;
import io.trendreports.model.RunSnapshot;
import io.trendreports.model.Theme;
import io.trendreports.model.ThemeShare;
import io.trendreports.model.TrendRecord;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A run of any size whose records are generated as they are streamed and never held: what a
 * store-backed snapshot looks like to a writer, without a database. The same seed gives the same
 * records on every pass.
 */
final class GeneratedRunSnapshot implements RunSnapshot {

    private static final String[] WORDS = ("model scaling agents multimodal inference regulation open source "
            + "latency energy efficiency benchmark alignment safety retrieval fine-tuning dataset governance "
            + "deployment hardware accelerator reasoning evaluation privacy language vision robotics").split(" ");

    private final int reports;
    private final int sectionsPerReport;
    private final List<Theme> themes;
    private final int entityPool;

    GeneratedRunSnapshot(int reports, int sectionsPerReport, List<Theme> themes, int entityPool) {
        this.reports = reports;
        this.sectionsPerReport = sectionsPerReport;
        this.themes = List.copyOf(themes);
        this.entityPool = entityPool;
    }

    @Override
    public RunInfo run() {
        return new RunInfo("bench-" + reports * sectionsPerReport, Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Override
    public List<ReportInfo> reports() {
        List<ReportInfo> list = new ArrayList<>();
        for (int r = 0; r < reports; r++) {
            list.add(new ReportInfo(reportId(r), title(r), period(r), "en", reportId(r) + ".md", sha(r),
                    sectionsPerReport, sectionsPerReport * 120, r + 1));
        }
        return list;
    }

    @Override
    public List<InputFile> inputs() {
        return reports().stream().map(r -> InputFile.processed(r.sourceFile(), r.sourceSha256(), r.sections())).toList();
    }

    @Override
    public List<Theme> themes() {
        return themes;
    }

    @Override
    public List<TrendRecord> recordsOf(String reportId) {
        List<TrendRecord> records = new ArrayList<>();
        int r = Integer.parseInt(reportId.substring(reportId.lastIndexOf('-') + 1));
        for (int s = 1; s <= sectionsPerReport; s++) {
            records.add(record(r, s));
        }
        return records;
    }

    @Override
    public void forEachRecord(Consumer<TrendRecord> action) {
        for (int r = 0; r < reports; r++) {
            for (int s = 1; s <= sectionsPerReport; s++) {
                action.accept(record(r, s));
            }
        }
    }

    /** Section s of every report has theme s mod themes, so shares follow from the counts. */
    @Override
    public List<ThemeShare> themeShares() {
        List<ThemeShare> shares = new ArrayList<>();
        for (int r = 0; r < reports; r++) {
            for (int t = 0; t < themes.size(); t++) {
                int sections = 0;
                for (int s = 1; s <= sectionsPerReport; s++) {
                    sections += themeIndex(r, s) == t ? 1 : 0;
                }
                if (sections > 0) {
                    shares.add(new ThemeShare(themes.get(t).id(), reportId(r), 100.0 * sections / sectionsPerReport,
                            sections));
                }
            }
        }
        return shares;
    }

    private TrendRecord record(int r, int s) {
        SplittableRandom random = new SplittableRandom(r * 1_000_003L + s);
        Theme theme = themes.get(themeIndex(r, s));
        StringBuilder summary = new StringBuilder();
        while (summary.length() < 200 + random.nextInt(300)) {
            summary.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(12) == 0 ? ". " : " ");
        }
        List<String> entities = List.of("Entity " + random.nextInt(entityPool), "Entity " + random.nextInt(entityPool));
        List<String> keyTerms = List.of(WORDS[random.nextInt(WORDS.length)], WORDS[random.nextInt(WORDS.length)]);
        int words = 50 + random.nextInt(400);
        return new TrendRecord(reportId(r), title(r), period(r), "en", reportId(r) + ".md", sha(r), s,
                "Section " + s + " on " + theme.label(), theme.id(), theme.label(), random.nextDouble(),
                summary.toString().strip(), keyTerms, entities, List.of("finance"), words, 3 + random.nextInt(10),
                100.0 / sectionsPerReport);
    }

    private int themeIndex(int r, int s) {
        return (s + r) % themes.size() == 0 ? themes.size() - 1 : (s * 7 + r) % themes.size();
    }

    private static String reportId(int r) {
        return "report-" + r;
    }

    private static String title(int r) {
        return "Generated trend report " + r;
    }

    private static String period(int r) {
        return String.valueOf(2000 + r);
    }

    private static String sha(int r) {
        return String.format("%064x", r);
    }
}
