package io.trendreports.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.trendreports.model.TrendRecord;
import io.trendreports.source.MarkdownReportParser;
import io.trendreports.source.ReportFileLoader;

/** Sectors named in French, German and Spanish evaluation reports, with the shipped sectors.yml. */
class MultilingualSectorsTest {

    private static final ReportNormalizer NORMALIZER = new ReportNormalizer(KnowledgeBase.load(Path.of("config")),
            NormalizerSettings.defaults());

    @ParameterizedTest(name = "{0} section {1} mentions {2}")
    @CsvSource({
            "fr-barometre-ia-2024.md, 7, legal",            // "juridique"
            "fr-note-de-veille-t3.md, 6, customer service",  // "centre d'appels"
            "fr-note-de-veille-t3.md, 1, software development", // "développeurs"
            "de-kurzstudie-mittelstand.md, 2, customer service", // "Kundenanfragen"
            "de-kurzstudie-mittelstand.md, 6, education",    // "Hochschulen"
            "es-boletin-observatorio-2025.md, 2, healthcare", // "radiografías"
            "es-informe-tendencias-2024.md, 3, finance",      // "banco", "aseguradora"
            "es-informe-tendencias-2024.md, 8, customer service" // "atención al cliente"
    })
    void sectorIsFoundInItsLanguage(String file, int section, String sector) throws Exception {
        Path path = Path.of("src/test/resources/eval", file);
        List<TrendRecord> records = NORMALIZER.normalize(new MarkdownReportParser()
                .parse(new ReportFileLoader(1 << 20).load(path), "r").report());
        assertThat(records.get(section - 1).sectors()).contains(sector);
    }
}
