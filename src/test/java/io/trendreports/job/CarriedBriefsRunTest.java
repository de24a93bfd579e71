package io.trendreports.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trendreports.cli.ExitCodes;
import io.trendreports.source.Sha256;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A nightly run with one new report writes that report's brief and carries the others over from
 * the last published run, unchanged; a setting that changes the briefs has every brief written again.
 */
class CarriedBriefsRunTest {

    private static final String FOREX = """
            # Forex Outlook 2025

            ## 1. A Weaker Dollar
            The dollar lost ground against the euro and the yen through the spring, as the Federal Reserve
            signalled two rate cuts before the end of the year and traders trimmed their long positions.

            ## 2. Carry Trades Unwind
            Funds that borrowed in yen to buy higher-yielding currencies closed positions worth an estimated
            $40 billion in August, when the Bank of Japan raised its policy rate for the second time.
            """;

    @TempDir
    Path tmp;

    @Test
    void aNewReportIsWrittenAndTheUnchangedBriefsAreCarriedOverByteForByte() throws Exception {
        Path input = ShippedRuns.copyShippedReports(tmp.resolve("input"));
        Path output = tmp.resolve("output");
        assertThat(ShippedRuns.run(input, output)).isEqualTo(ExitCodes.OK);
        Path first = output.resolve("latest").toRealPath();

        Files.writeString(input.resolve("forex-outlook-2025.md"), FOREX);
        assertThat(ShippedRuns.run(input, output)).isEqualTo(ExitCodes.OK);
        Path second = output.resolve("latest").toRealPath();

        assertThat(second).isNotEqualTo(first);
        for (String brief : List.of("briefs/ai-llm-trends-2023-illustrative.pdf", "briefs/ai-llm-trends-2024.pdf")) {
            assertThat(Files.readAllBytes(second.resolve(brief))).as(brief).isEqualTo(Files.readAllBytes(first.resolve(brief)));
            assertThat(text(second.resolve(brief))).as("a carried brief names the run that wrote it")
                    .contains(first.getFileName().toString());
        }
        assertThat(text(second.resolve("briefs/forex-outlook-2025.pdf"))).contains(second.getFileName().toString())
                .contains("A Weaker Dollar");
        Map<String, String> listed = outputs(second);
        assertThat(listed).containsKeys("briefs/ai-llm-trends-2023-illustrative.pdf", "briefs/ai-llm-trends-2024.pdf",
                "briefs/forex-outlook-2025.pdf");
        assertThat(listed.get("briefs/ai-llm-trends-2024.pdf")).isEqualTo(outputs(first).get("briefs/ai-llm-trends-2024.pdf"));
        assertThat(text(second.resolve("digest.pdf"))).as("the digest is the whole run's, written again")
                .contains(second.getFileName().toString()).contains("Forex");

        assertListedHashesAreTheFiles(second);

        assertThat(ShippedRuns.run(input, output, "--trend.pdf.page-size=LETTER")).isEqualTo(ExitCodes.OK);
        Path third = output.resolve("latest").toRealPath();
        assertListedHashesAreTheFiles(third);
        for (String brief : listed.keySet().stream().filter(p -> p.startsWith("briefs/")).toList()) {
            assertThat(text(third.resolve(brief))).as("%s after a page-size change", brief)
                    .contains(third.getFileName().toString());
        }
    }

    /** Carried files take their hash from the earlier manifest: it must still be the file's own. */
    private static void assertListedHashesAreTheFiles(Path runDir) throws Exception {
        for (Map.Entry<String, String> listed : outputs(runDir).entrySet()) {
            assertThat(Sha256.hex(Files.readAllBytes(runDir.resolve(listed.getKey())))).as(listed.getKey())
                    .isEqualTo(listed.getValue());
        }
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** Path to SHA-256 of every output the run's manifest lists. */
    private static Map<String, String> outputs(Path runDir) throws Exception {
        JsonNode manifest = JsonMapper.builder().build().readTree(runDir.resolve("manifest.json").toFile());
        Map<String, String> result = new HashMap<>();
        for (JsonNode out : manifest.get("outputs")) {
            result.put(out.get("path").asString(), out.get("sha256").asString());
        }
        return result;
    }
}
