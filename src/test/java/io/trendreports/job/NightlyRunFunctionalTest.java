package io.trendreports.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.FileReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;

import io.trendreports.cli.ExitCodes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The nightly job end to end, through the real command line: given input folders like the
 * shipped one, when {@code run} executes, then a complete run is published and every output reads
 * back with its own library and matches the records.
 */
class NightlyRunFunctionalTest {

    private static final List<String> REFERENCE_THEMES = List.of("model-scaling", "multimodal", "fine-tuning",
            "ethics-bias", "energy-efficiency", "open-source", "real-time", "regulation", "cross-lingual",
            "human-ai-collaboration");

    @TempDir
    Path tmp;

    private Path inputWithShippedReports() throws Exception {
        return ShippedRuns.copyShippedReports(tmp.resolve("input"));
    }

    private int run(Path input, Path output, String... extra) {
        return ShippedRuns.run(input, output, extra);
    }

    /** Runs as {@link #run} does, appending what the run printed on standard output to {@code said}. */
    private int runSaying(StringBuilder said, Path input, Path output, String... extra) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            return run(input, output, extra);
        } finally {
            System.setOut(original);
            said.append(captured.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void shippedReportsBecomeACompletePublishedRun() throws Exception {
        Path output = tmp.resolve("output");
        int exit = run(inputWithShippedReports(), output);

        assertThat(exit).isEqualTo(ExitCodes.OK);
        Path latest = output.resolve("latest");
        assertThat(Files.isSymbolicLink(latest)).isTrue();
        Path runDir = latest.toRealPath();
        assertThat(runDir.getParent()).isEqualTo(output.resolve("runs").toRealPath());
        assertThat(output.resolve(".work")).satisfiesAnyOf(
                p -> assertThat(p).doesNotExist(), p -> assertThat(p).isEmptyDirectory());

        JsonNode manifest = JsonMapper.builder().build().readTree(runDir.resolve("manifest.json").toFile());
        assertThat(manifest.get("runId").asString()).isEqualTo(runDir.getFileName().toString());
        assertThat(manifest.get("status").asString()).isEqualTo("completed");
        assertThat(manifest.get("finishedAt").asString()).isNotBlank();
        assertThat(manifest.get("inputs")).hasSize(2);
        for (JsonNode in : manifest.get("inputs")) {
            assertThat(in.get("status").asString()).isEqualTo("processed");
            assertThat(in.get("sha256").asString()).hasSize(64);
        }
        assertThat(manifest.get("inputs")).extracting(in -> in.get("structure").asString()).containsExactly(
                "7 sections at H2 under an H1 title", "10 sections at H2 under an H1 title");
        List<String> paths = new ArrayList<>();
        for (JsonNode out : manifest.get("outputs")) {
            Path file = runDir.resolve(out.get("path").asString());
            paths.add(out.get("path").asString());
            assertThat(file).exists();
            assertThat(out.get("bytes").asLong()).isEqualTo(Files.size(file));
            assertThat(out.get("sha256").asString()).isEqualTo(io.trendreports.source.Sha256.hex(Files.readAllBytes(file)));
            assertThat(out.get("kind").asString()).isNotBlank();
        }
        assertThat(paths).contains("briefs/ai-llm-trends-2024.pdf", "briefs/ai-llm-trends-2023-illustrative.pdf",
                "digest.pdf", "trend-comparison.xlsx", "sections.csv", "themes.csv");

        List<String[]> rows = readCsv(runDir.resolve("sections.csv"));
        assertThat(rows.get(0)).containsExactly("report_id", "report_title", "period", "language", "source_file",
                "source_sha256", "section_no", "section_title", "theme_id", "theme_label", "theme_score", "summary",
                "key_terms", "entities", "sectors", "word_count", "sentence_count", "share_pct", "topic",
                "theme_source", "metrics");
        List<String[]> reference = rows.stream().filter(r -> r[0].equals("ai-llm-trends-2024")).toList();
        assertThat(reference).hasSize(10);
        assertThat(rows.subList(1, rows.size())).as("both editions are on the AI LLMs topic")
                .extracting(r -> r[18]).containsOnly("ai-llms");
        assertThat(reference).extracting(r -> r[6]).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        assertThat(reference).extracting(r -> r[8]).containsExactlyElementsOf(REFERENCE_THEMES);
        assertThat(reference.get(0)[7]).isEqualTo("Continued Model Scaling");
        assertThat(reference.get(0)[2]).isEqualTo("2024");
        assertThat(reference.get(0)[4]).isEqualTo("ai-llm-trends-2024.md");
        assertThat(reference.get(0)[13]).contains("OpenAI").contains("GPT-5");
        assertThat(reference.stream().mapToDouble(r -> Double.parseDouble(r[17])).sum()).isCloseTo(100.0,
                org.assertj.core.data.Offset.offset(0.1));

        try (PDDocument brief = Loader.loadPDF(runDir.resolve("briefs/ai-llm-trends-2024.pdf").toFile())) {
            String text = new PDFTextStripper().getText(brief);
            int last = -1;
            for (String[] r : reference) {
                int at = text.indexOf(r[7], last + 1);
                assertThat(at).as("section '%s' after previous one", r[7]).isGreaterThan(last);
                last = at;
            }
            List<String> outline = new ArrayList<>();
            for (PDOutlineItem item : brief.getDocumentCatalog().getDocumentOutline().children()) {
                outline.add(item.getTitle());
            }
            assertThat(outline).hasSize(10);
            assertThat(outline.get(0)).contains("Continued Model Scaling");
            assertThat(outline.get(9)).contains("Human-AI Collaboration");
        }

        try (XSSFWorkbook workbook = new XSSFWorkbook(runDir.resolve("trend-comparison.xlsx").toFile())) {
            Sheet sections = workbook.getSheet("Sections");
            assertThat(sections.getLastRowNum()).isEqualTo(rows.size() - 1);
            Row firstData = sections.getRow(1);
            assertThat(firstData.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            Sheet comparison = workbook.getSheet("Comparison");
            List<String> themeLabels = new ArrayList<>();
            for (Row row : comparison) {
                Cell first = row.getCell(0);
                if (row.getRowNum() > 0 && first != null && first.getCellType() == CellType.STRING) {
                    themeLabels.add(first.getStringCellValue());
                }
            }
            assertThat(themeLabels).contains("Model scaling", "Energy efficiency", "Real-time applications");
        }
    }

    @Test
    void rerunWithSameInputsDoesNothingAndForceMakesANewRun() throws Exception {
        Path input = inputWithShippedReports();
        Path output = tmp.resolve("output");
        assertThat(run(input, output)).isEqualTo(ExitCodes.OK);
        Path first = output.resolve("latest").toRealPath();

        StringBuilder said = new StringBuilder();
        assertThat(runSaying(said, input, output)).isEqualTo(ExitCodes.OK);
        assertThat(said).contains("nothing to do");
        assertThat(output.resolve("latest").toRealPath()).isEqualTo(first);
        try (Stream<Path> runs = Files.list(output.resolve("runs"))) {
            assertThat(runs).hasSize(1);
        }

        Thread.sleep(1100); // run ids carry the start second
        assertThat(run(input, output, "--force")).isEqualTo(ExitCodes.OK);
        assertThat(output.resolve("latest").toRealPath()).isNotEqualTo(first);
        JsonNode manifest = JsonMapper.builder().build().readTree(output.resolve("latest/manifest.json").toFile());
        // records copied from the first run keep the account of how the file was read
        assertThat(manifest.get("inputs")).extracting(in -> in.get("structure").asString()).containsExactly(
                "7 sections at H2 under an H1 title", "10 sections at H2 under an H1 title");
        try (Stream<Path> runs = Files.list(output.resolve("runs"))) {
            assertThat(runs).hasSize(2);
        }
    }

    @Test
    void changingAnOutputSettingRerunsAndTheDigestFollowsIt() throws Exception {
        Path input = inputWithShippedReports();
        Path output = tmp.resolve("output");
        assertThat(run(input, output)).isEqualTo(ExitCodes.OK);
        Path first = output.resolve("latest").toRealPath();
        assertThat(digestText(output)).doesNotContain("Shown: the newest");

        Thread.sleep(1100); // run ids carry the start second
        StringBuilder said = new StringBuilder();
        assertThat(runSaying(said, input, output, "--trend.pdf.digest-reports=1")).isEqualTo(ExitCodes.OK);

        assertThat(said).doesNotContain("nothing to do");
        assertThat(output.resolve("latest").toRealPath()).isNotEqualTo(first);
        assertThat(digestText(output)).contains("Shown: the newest 1 of 2 reports");
    }

    private static String digestText(Path output) throws Exception {
        try (PDDocument digest = Loader.loadPDF(output.resolve("latest/digest.pdf").toFile())) {
            return new PDFTextStripper().getText(digest).replaceAll("\\s+", " ");
        }
    }

    @Test
    void badFilesAreRejectedWithReasonsAndTheRestIsPublished() throws Exception {
        Path input = inputWithShippedReports();
        Files.write(input.resolve("empty.md"), new byte[0]);
        Files.write(input.resolve("scan.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', 0, 0, 1});
        Files.write(input.resolve("latin1.md"), "# Caf\u00e9 2022\n## 1. Tendance\ntexte\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(input.resolve("no-sections.md"), "# Just a title\n\nAnd a paragraph.\n");
        Files.writeString(input.resolve("formulas.md"), """
                # Injected 2025
                ## 1. =HYPERLINK("http://evil.example","click")
                @SUM(A1:A2) opens this section about open-source models and community weights.
                ## 2. +cmd
                -10 is a number; regulation and compliance rules are discussed.
                """);
        Path output = tmp.resolve("output");

        int exit = run(input, output);

        assertThat(exit).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTIONS);
        Path runDir = output.resolve("latest").toRealPath();
        JsonNode manifest = JsonMapper.builder().build().readTree(runDir.resolve("manifest.json").toFile());
        assertThat(reason(manifest, "empty.md")).isEqualTo("empty file");
        assertThat(reason(manifest, "scan.pdf")).startsWith("not a text file");
        assertThat(reason(manifest, "latin1.md")).startsWith("not valid UTF-8");
        assertThat(reason(manifest, "no-sections.md")).isEqualTo("no sections found: below its title \"Just a title\""
                + " the document has 1 paragraph but no headings, bold lines or numbered paragraphs that divide it"
                + " into parts");
        assertThat(manifest.get("totals").get("processed").asInt()).isEqualTo(3);
        assertThat(manifest.get("totals").get("rejected").asInt()).isEqualTo(4);

        List<String[]> rows = readCsv(runDir.resolve("sections.csv"));
        List<String[]> injected = rows.stream().filter(r -> r[0].equals("formulas")).toList();
        assertThat(injected).extracting(r -> r[7]).containsExactly("'=HYPERLINK(\"http://evil.example\",\"click\")",
                "'+cmd");
        try (XSSFWorkbook workbook = new XSSFWorkbook(runDir.resolve("trend-comparison.xlsx").toFile())) {
            Sheet sections = workbook.getSheet("Sections");
            boolean found = false;
            for (Row row : sections) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    if (cell.getCellType() == CellType.STRING
                            && cell.getStringCellValue().equals("=HYPERLINK(\"http://evil.example\",\"click\")")) {
                        found = true;
                    }
                }
            }
            assertThat(found).as("title kept as literal text in the workbook").isTrue();
        }
    }

    @Test
    void missingInputFolderIsAUsageError() {
        assertThat(run(tmp.resolve("nope"), tmp.resolve("out"))).isEqualTo(ExitCodes.USAGE);
        assertThat(tmp.resolve("out").resolve("latest")).doesNotExist();
    }

    private static String reason(JsonNode manifest, String file) {
        for (JsonNode in : manifest.get("inputs")) {
            if (in.get("file").asString().equals(file)) {
                assertThat(in.get("status").asString()).isEqualTo("rejected");
                return in.get("reason").asString();
            }
        }
        throw new AssertionError("no manifest entry for " + file);
    }

    static List<String[]> readCsv(Path file) throws Exception {
        try (CSVReader reader = new CSVReaderBuilder(new FileReader(file.toFile(), StandardCharsets.UTF_8))
                .withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            return reader.readAll();
        }
    }
}
