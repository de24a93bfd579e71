package io.trendreports.xlsx;

import io.trendreports.model.SampleRuns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opens the workbook with openpyxl ({@code src/test/resources/xlsx/check_workbook.py}), a reader
 * that shares no code with POI, so a file that only POI accepts fails the build. Skipped when
 * {@value #PYTHON} or its openpyxl module (Debian: {@code python3-openpyxl}, which {@code .ci/run}
 * installs) is missing.
 */
class OpenpyxlReaderTest {

    static final String PYTHON = "/usr/bin/python3";

    @TempDir
    Path dir;

    @BeforeAll
    static void openpyxlIsAvailable() throws InterruptedException {
        assumeTrue(Files.isExecutable(Path.of(PYTHON)), PYTHON + " not found: second-reader check skipped");
        assumeTrue(exitCode(PYTHON, "-c", "import openpyxl") == 0,
                "openpyxl not installed (apt-get install python3-openpyxl): second-reader check skipped");
    }

    @Test
    void openpyxlReadsSheetsTableChartAndValues() throws Exception {
        new WorkbookWriter(new WorkbookSettings("Analyst")).write(SampleRuns.twoEditions(), dir);

        List<String> lines = check(dir.resolve(WorkbookWriter.FILE_NAME));

        assertThat(lines).contains(
                "sheets\tOverview|Comparison|Sections|Entities|Metrics|Changes",
                "title\tTrend comparison",
                "creator\tAnalyst",
                "created\t2026-11-28T12:00:00",
                "freeze\tSections\tA2",
                "freeze\tComparison\tB1",
                "autofilter\tEntities\tA1:E3",
                "table\tSections\tSectionsTable\tA1:S6\tTableStyleMedium2\t" + String.join("|", SectionsSheet.HEADER),
                "table-header\tSections\tSectionsTable\t" + String.join("|", SectionsSheet.HEADER),
                "table-autofilter\tSections\tSectionsTable\tA1:S6",
                "table\tComparison\tComparison_ai_llms\tA2:D6\tTableStyleMedium2\tTheme|2023 · AI Report|2024 · AI Report|Change (pts)",
                "table-header\tComparison\tComparison_ai_llms\tTheme|2023 · AI Report|2024 · AI Report|Change (pts)",
                "charts\tComparison\t2",
                "chart\tComparison\tbarChart\t2\tComparison!$B$3:$B$6|Comparison!$C$3:$C$6"
                        + "\tComparison!$A$3:$A$6|Comparison!$A$3:$A$6",
                "chart\tComparison\tlineChart\t4\tComparison!$B$3:$C$3|Comparison!$B$4:$C$4|Comparison!$B$5:$C$5"
                        + "|Comparison!$B$6:$C$6\tComparison!$B$2:$C$2|Comparison!$B$2:$C$2|Comparison!$B$2:$C$2"
                        + "|Comparison!$B$2:$C$2",
                "row\tComparison\t3\t'Model scaling' | 0.6[0.0%] | 0.5[0.0%] | -10.0[+0.0\" pts\";-0.0\" pts\";0.0\" pts\"]",
                "row\tComparison\t4\t'Multimodal capabilities' | 0.3[0.0%] | 'new'",
                "row\tEntities\t2\t'Google' | 2.0[0] | 3.0[0] | 5.0[0]",
                "print\tOverview\tlandscape\tfit=True\twide=1\ttall=0\trepeat=",
                "print\tComparison\tlandscape\tfit=True\twide=1\ttall=0\trepeat=",
                "print\tSections\tlandscape\tfit=True\twide=1\ttall=0\trepeat=$1:$1",
                "print\tEntities\tlandscape\tfit=True\twide=1\ttall=0\trepeat=$1:$1",
                "print\tMetrics\tlandscape\tfit=True\twide=1\ttall=0\trepeat=$1:$1",
                "print\tChanges\tlandscape\tfit=True\twide=1\ttall=0\trepeat=$1:$1",
                "link\tOverview\tK7\tbriefs/llm-2023.pdf");
        assertThat(lines).as("openpyxl opens it without a warning (a missing default style was one)")
                .noneMatch(l -> l.startsWith("warning\t"));
        assertThat(lines).filteredOn(l -> l.startsWith("formulas\t")).hasSize(6).allMatch(l -> l.endsWith("\t0"));
        assertThat(lines).filteredOn(l -> l.startsWith("row\tSections\t4\t")).singleElement().satisfies(row -> assertThat(row)
                .startsWith("row\tSections\t4\t'llm-2024' | 'AI Report 2024' | '2024' | 'en' |")
                .contains("| 'Continued Model Scaling' |")
                .endsWith("| 50.0[0] | 2.0[0] | 0.5[0.0%] | datetime.datetime(2024, 1, 1, 0, 0)[yyyy-mm-dd]"));
    }

    private static List<String> check(Path workbook) throws IOException, InterruptedException, URISyntaxException {
        Path script = Path.of(OpenpyxlReaderTest.class.getResource("/xlsx/check_workbook.py").toURI());
        Path out = Files.createTempFile(workbook.getParent(), "openpyxl", ".txt");
        Path err = Files.createTempFile(workbook.getParent(), "openpyxl", ".err");
        Process process = new ProcessBuilder(PYTHON, script.toString(), workbook.toString(), "--dump")
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("openpyxl finished").isTrue();
        assertThat(process.exitValue()).as(Files.readString(err)).isZero();
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }

    private static int exitCode(String... command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(60, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        }
    }
}
