package io.trendreports.xlsx;

import io.trendreports.model.TopicRuns;
import io.trendreports.samples.ShippedSamples;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The workbook printed as a person would, through LibreOffice's PDF export: a few pages, each
 * sheet whole across, not strips of columns. Skipped when LibreOffice is not installed
 * ({@code apt-get install libreoffice-calc}).
 */
class LibreOfficeExportTest {

    private static final String OFFICE = "/usr/bin/libreoffice";

    @TempDir
    Path dir;

    @BeforeAll
    static void officeInstalled() {
        assumeTrue(Files.isExecutable(Path.of(OFFICE)),
                "LibreOffice not installed (apt-get install libreoffice-calc): print export check skipped");
    }

    @Test
    void theShippedRunsWorkbookPrintsOnAFewWholePages() throws Exception {
        new WorkbookWriter(new WorkbookSettings("x")).write(ShippedSamples.shipped(), dir);
        try (PDDocument pdf = export(dir.resolve(WorkbookWriter.FILE_NAME))) {
            // Overview, Comparison (table and column chart, then the line chart), Sections, Entities,
            // Metrics, Changes; before print setup it was 29 pages, most of them column strips of Sections
            assertThat(pdf.getNumberOfPages()).isBetween(6, 8);
            String first = text(pdf, 1);
            assertThat(first).contains("Overview", "Edition", "Topic", "Label", "Brief");
            String sections = find(pdf, "report_id");
            assertThat(sections).as("the Sections page carries its last column too").contains("period_start");
        }
    }

    @Test
    void eachTopicStartsAPrintedPage() throws Exception {
        new WorkbookWriter(new WorkbookSettings("x")).write(TopicRuns.threeTopics(), dir);
        try (PDDocument pdf = export(dir.resolve(WorkbookWriter.FILE_NAME))) {
            int forex = pageStartingWith(pdf, "Forex");
            int quantum = pageStartingWith(pdf, "Quantum Computing");
            assertThat(forex).isPositive();
            assertThat(quantum).isGreaterThan(forex);
        }
    }

    private PDDocument export(Path workbook) throws IOException, InterruptedException {
        Path profile = Files.createDirectories(dir.resolve("profile"));
        Process office = new ProcessBuilder(OFFICE, "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", dir.toString(), workbook.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("office.log").toFile()).start();
        assertThat(office.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        Path pdf = dir.resolve(workbook.getFileName().toString().replaceFirst("\\.xlsx$", ".pdf"));
        assertThat(pdf).as(Files.readString(dir.resolve("office.log"))).isRegularFile();
        return Loader.loadPDF(pdf.toFile());
    }

    private static String find(PDDocument pdf, String text) throws IOException {
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            String page = text(pdf, p);
            if (page.contains(text)) {
                return page;
            }
        }
        throw new AssertionError("no page has " + text);
    }

    /** The Comparison page whose first line after the page header and footer starts with {@code heading}; -1 if none. */
    private static int pageStartingWith(PDDocument pdf, String heading) throws IOException {
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            List<String> lines = text(pdf, p).strip().lines().map(String::strip).toList();
            if (lines.isEmpty() || !lines.get(0).equals("Comparison")) {
                continue;
            }
            String first = lines.stream().skip(1).filter(l -> !l.startsWith("Page ")).findFirst().orElse("");
            if (first.startsWith(heading + " ")) {
                return p;
            }
        }
        return -1;
    }

    private static String text(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }
}
