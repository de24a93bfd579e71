package io.trendreports.xlsx;

import io.trendreports.model.InMemoryRunSnapshot;
import io.trendreports.model.RunSnapshot;
import io.trendreports.model.SampleRuns;
import io.trendreports.model.TrendRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs with hostile text, and a way to read the written workbook back. */
final class XlsxFixtures {

    static final String FORMULA_TITLE = "=1+1";
    static final String HOSTILE_SUMMARY = "=HYPERLINK(\"http://x\",\"y\") +cmd @SUM(A1) -10, \"quoted\"\r\nline 🚀 中文";

    private XlsxFixtures() {
    }

    static TrendRecord record(String reportId, String title, String period, int no, String summary,
                              String themeId, double sharePct) {
        TrendRecord base = SampleRuns.record(reportId, title, period, no, "Section " + no, themeId, sharePct);
        return new TrendRecord(base.reportId(), base.reportTitle(), base.period(), base.language(), base.sourceFile(),
                base.sourceSha256(), base.sectionNo(), base.sectionTitle(), base.themeId(), base.themeLabel(),
                base.themeScore(), summary, List.of("-10", "@SUM(A1)"), base.entities(), base.sectors(),
                base.wordCount(), base.sentenceCount(), base.sharePct());
    }

    /** The two sample editions plus a third report whose text tries formula injection. */
    static InMemoryRunSnapshot withHostileReport() {
        InMemoryRunSnapshot base = SampleRuns.twoEditions();
        List<TrendRecord> records = new ArrayList<>();
        base.forEachRecord(records::add);
        records.add(record("evil", FORMULA_TITLE, "2025", 1, HOSTILE_SUMMARY, "other", 100));
        return new InMemoryRunSnapshot(base.run(), base.themes(), records, base.inputs());
    }

    static InMemoryRunSnapshot single(TrendRecord... records) {
        return new InMemoryRunSnapshot(SampleRuns.THEMES, List.of(records));
    }

    static XSSFWorkbook writeAndOpen(RunSnapshot run, Path dir) throws IOException {
        new WorkbookWriter(new WorkbookSettings("Test Author")).write(run, dir);
        return open(dir);
    }

    static XSSFWorkbook open(Path dir) throws IOException {
        try (InputStream in = Files.newInputStream(dir.resolve(WorkbookWriter.FILE_NAME))) {
            return new XSSFWorkbook(in);
        }
    }
}
