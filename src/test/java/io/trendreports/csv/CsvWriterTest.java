package io.trendreports.csv;

import io.trendreports.model.InMemoryRunSnapshot;
import io.trendreports.model.SampleRuns;
import io.trendreports.model.TrendRecord;
import io.trendreports.model.WrittenOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CsvWriterTest {

    @TempDir
    Path dir;

    private List<WrittenOutput> write(CsvSettings settings, InMemoryRunSnapshot run) throws IOException {
        return new CsvWriter(settings).write(run, dir);
    }

    @Test
    void sectionsHaveTheContractHeaderAndOneRowPerRecordInStoreOrder() throws IOException {
        InMemoryRunSnapshot run = SampleRuns.twoEditions();
        write(new CsvSettings(false, true), run);

        List<String[]> rows = CsvFixtures.read(dir.resolve("sections.csv"));

        assertThat(rows.get(0)).containsExactly("report_id", "report_title", "period", "language", "source_file",
                "source_sha256", "section_no", "section_title", "theme_id", "theme_label", "theme_score", "summary",
                "key_terms", "entities", "sectors", "word_count", "sentence_count", "share_pct", "topic",
                "theme_source", "metrics");
        List<TrendRecord> records = new ArrayList<>();
        run.forEachRecord(records::add);
        assertThat(rows).hasSize(records.size() + 1);
        for (int i = 0; i < records.size(); i++) {
            TrendRecord r = records.get(i);
            assertThat(rows.get(i + 1)).containsExactly(r.reportId(), r.reportTitle(), r.period(), r.language(),
                    r.sourceFile(), r.sourceSha256(), String.valueOf(r.sectionNo()), r.sectionTitle(), r.themeId(),
                    r.themeLabel(), "0.8", r.summary(), "term one; term two", "OpenAI; Google", "education",
                    String.valueOf(r.wordCount()), String.valueOf(r.sentenceCount()),
                    String.valueOf((int) r.sharePct()), r.topic(), r.themeSource(), String.join("; ", r.metrics()));
        }
    }

    @Test
    void reportsOneOutputPerFileWithRowCounts() throws IOException {
        List<WrittenOutput> outputs = write(new CsvSettings(false, true), SampleRuns.twoEditions());

        assertThat(outputs).extracting(WrittenOutput::path, WrittenOutput::kind, WrittenOutput::records)
                .containsExactly(tuple("sections.csv", "csv-sections", 5L), tuple("themes.csv", "csv-themes", 5L),
                        tuple("entities.csv", "csv-entities", 4L));
    }

    @Test
    void hostileTextSurvivesTheRoundTripWithFormulasDefused() throws IOException {
        write(new CsvSettings(true, true), CsvFixtures.twoEditionsPlusHostile());

        String[] row = lastRow("sections.csv");

        assertThat(row).hasSize(21);
        assertThat(row[1]).isEqualTo("'" + CsvFixtures.HOSTILE_TITLE);
        assertThat(row[4]).isEqualTo("evil, \"2025\".md");
        assertThat(row[7]).isEqualTo("'@SUM(A1)");
        assertThat(row[11]).isEqualTo("'" + CsvFixtures.HOSTILE_SUMMARY);
        assertThat(row[12]).isEqualTo("'-10; x");
        assertThat(row[13]).isEqualTo("'@SUM(A1); Acme, Inc.");
        assertThat(row[14]).isEqualTo("'-1e3");
        assertThat(row[10]).as("theme_score, 4 decimals, no exponent").isEqualTo("0.0001");
        assertThat(row[17]).as("share_pct, 2 decimals").isEqualTo("12.35");
    }

    @Test
    void everyFileDefusesFormulasButKeepsPlainNumbers() throws IOException {
        TrendRecord record = new TrendRecord("r-2025", "-10", "2025", "en", "r.md", "ab12", 1, "+cmd", "other",
                "Other", 0.5, "@SUM(1+1)", List.of("=HYPERLINK(\"http://x\",\"y\")"), List.of("@SUM(1+1)", "-10"),
                List.of("+3.5"), 10, 1, 100);
        write(new CsvSettings(false, true), new InMemoryRunSnapshot(SampleRuns.THEMES, List.of(record)));

        String[] section = lastRow("sections.csv");
        assertThat(section[1]).as("a plain number stays a number").isEqualTo("-10");
        assertThat(section[7]).isEqualTo("'+cmd");
        assertThat(section[11]).isEqualTo("'@SUM(1+1)");
        assertThat(section[12]).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
        assertThat(section[13]).as("the joined list starts with @").isEqualTo("'@SUM(1+1); -10");
        assertThat(section[14]).isEqualTo("+3.5");
        assertThat(lastRow("themes.csv")[3]).isEqualTo("-10");
        assertThat(CsvFixtures.read(dir.resolve("entities.csv"))).extracting(r -> r[0] + "|" + r[2])
                .containsExactly("entity|report_title", "-10|-10", "'@SUM(1+1)|-10");
    }

    @Test
    void withTheGuardOffTextIsWrittenVerbatim() throws IOException {
        write(new CsvSettings(false, false), CsvFixtures.twoEditionsPlusHostile());

        String[] row = lastRow("sections.csv");

        assertThat(row[1]).isEqualTo(CsvFixtures.HOSTILE_TITLE);
        assertThat(row[7]).isEqualTo("@SUM(A1)");
        assertThat(row[11]).isEqualTo(CsvFixtures.HOSTILE_SUMMARY);
        assertThat(row[12]).isEqualTo("-10; x");
    }

    @Test
    void everyLineEndsWithCrLfAndQuotedLineBreaksStayInsideTheirField() throws IOException {
        write(new CsvSettings(false, true), CsvFixtures.twoEditionsPlusHostile());

        for (String file : List.of("sections.csv", "themes.csv", "entities.csv")) {
            String raw = Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
            assertThat(raw).as(file).endsWith("\r\n");
            // the only bare LF allowed is the one inside the hostile summary ("next line\nlast line")
            String withoutQuotedBreaks = raw.replace("\"'+cmd, then \"\"quoted\"\"\r\nnext line\nlast line", "");
            assertThat(withoutQuotedBreaks.replace("\r\n", "")).as(file).doesNotContain("\n").doesNotContain("\r");
        }
    }

    @Test
    void byteOrderMarkFollowsTheSetting() throws IOException {
        write(new CsvSettings(true, true), SampleRuns.twoEditions());
        assertThat(Files.readAllBytes(dir.resolve("sections.csv"))).startsWith(0xEF, 0xBB, 0xBF, 'r');
        assertThat(Files.readAllBytes(dir.resolve("themes.csv"))).startsWith(0xEF, 0xBB, 0xBF, 't');

        write(new CsvSettings(false, true), SampleRuns.twoEditions());
        assertThat(Files.readAllBytes(dir.resolve("sections.csv"))).startsWith('r', 'e', 'p');
        assertThat(Files.readAllBytes(dir.resolve("entities.csv"))).startsWith('e', 'n', 't');
    }

    @Test
    void themesListEachThemePresentInAReportInTaxonomyThenEditionOrder() throws IOException {
        write(new CsvSettings(false, true), SampleRuns.twoEditions());

        List<String[]> rows = CsvFixtures.read(dir.resolve("themes.csv"));

        assertThat(rows.get(0)).containsExactly("theme_id", "theme_label", "report_id", "report_title", "period",
                "edition", "sections", "share_pct");
        assertThat(rows.subList(1, rows.size())).extracting(r -> String.join("|", r)).containsExactly(
                "model-scaling|Model scaling|llm-2023|AI Report 2023|2023|1|1|60",
                "model-scaling|Model scaling|llm-2024|AI Report 2024|2024|2|1|50",
                "multimodal|Multimodal capabilities|llm-2024|AI Report 2024|2024|2|1|30",
                "regulation|Regulation and policy|llm-2023|AI Report 2023|2023|1|1|40",
                "open-source|Open-source models|llm-2024|AI Report 2024|2024|2|1|20");
    }

    @Test
    void entitiesCountTheSectionsOfEachReportThatListThem() throws IOException {
        write(new CsvSettings(false, true), SampleRuns.twoEditions());

        List<String[]> rows = CsvFixtures.read(dir.resolve("entities.csv"));

        assertThat(rows.get(0)).containsExactly("entity", "report_id", "report_title", "period", "mentions");
        assertThat(rows.subList(1, rows.size())).extracting(r -> String.join("|", r)).containsExactly(
                "Google|llm-2023|AI Report 2023|2023|2",
                "Google|llm-2024|AI Report 2024|2024|3",
                "OpenAI|llm-2023|AI Report 2023|2023|2",
                "OpenAI|llm-2024|AI Report 2024|2024|3");
    }

    @Test
    void anEmptyRunStillWritesHeaders() throws IOException {
        write(new CsvSettings(false, true), new InMemoryRunSnapshot(SampleRuns.THEMES, List.of()));

        assertThat(CsvFixtures.read(dir.resolve("sections.csv"))).hasSize(1);
        assertThat(CsvFixtures.read(dir.resolve("themes.csv"))).hasSize(1);
        assertThat(CsvFixtures.read(dir.resolve("entities.csv"))).hasSize(1);
    }

    private String[] lastRow(String file) throws IOException {
        List<String[]> rows = CsvFixtures.read(dir.resolve(file));
        return rows.get(rows.size() - 1);
    }
}
