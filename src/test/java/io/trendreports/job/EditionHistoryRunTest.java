package io.trendreports.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trendreports.TrendReportsApplication;
import io.trendreports.cli.ExitCodes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A research crew that overwrites its {@code report.md} every night: the second night's outputs
 * still hold the first night's edition and compare with it; an edition named in
 * {@code trend.history.forget} is dropped on purpose.
 */
class EditionHistoryRunTest {

    @TempDir
    Path tmp;

    @Test
    void lastNightsEditionIsComparedWithAfterItsFileIsOverwritten() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("input"));
        Path output = tmp.resolve("output");
        Path report = input.resolve("report.md");
        Files.copy(Path.of("src/test/resources/editions/urban-mobility-2023.md"), report);
        assertThat(run(input, output)).isEqualTo(ExitCodes.OK);

        Thread.sleep(1100); // run ids carry the start second
        Files.copy(Path.of("src/test/resources/editions/urban-mobility-2024.md"), report,
                StandardCopyOption.REPLACE_EXISTING);
        assertThat(run(input, output)).isEqualTo(ExitCodes.OK);

        JsonNode manifest = JsonMapper.builder().build().readTree(output.resolve("latest/manifest.json").toFile());
        assertThat(manifest.get("inputs")).hasSize(1);
        assertThat(manifest.get("history")).singleElement().satisfies(e -> {
            assertThat(e.get("file").asString()).isEqualTo("report.md");
            assertThat(e.get("topic").asString()).isEqualTo("urban-mobility");
        });
        List<String[]> sections = sections(output);
        assertThat(sections).extracting(r -> r[1]).containsOnly("Urban Mobility Trends 2023",
                "Urban Mobility Trends 2024");
        assertThat(sections).filteredOn(r -> r[1].endsWith("2023")).hasSize(5);
        assertThat(sections).filteredOn(r -> r[1].endsWith("2024")).hasSize(10);

        Thread.sleep(1100);
        String forgotten = manifest.get("history").get(0).get("reportId").asString();
        assertThat(TrendReportsApplication.execute("run", "--input=" + input, "--output=" + output,
                "--trend.history.forget=" + forgotten)).isEqualTo(ExitCodes.OK);
        assertThat(sections(output)).extracting(r -> r[1]).containsOnly("Urban Mobility Trends 2024");
    }

    private static List<String[]> sections(Path output) throws Exception {
        List<String[]> rows = NightlyRunFunctionalTest.readCsv(output.resolve("latest/sections.csv"));
        return rows.subList(1, rows.size());
    }

    private static int run(Path input, Path output) {
        return TrendReportsApplication.execute("run", "--input=" + input, "--output=" + output);
    }
}
