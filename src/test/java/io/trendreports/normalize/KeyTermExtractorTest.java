package io.trendreports.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.trendreports.model.Section;
import io.trendreports.model.SourceReport;
import io.trendreports.model.TrendRecord;

class KeyTermExtractorTest {

    private static final ReportNormalizer NORMALIZER = new ReportNormalizer(KnowledgeBase.load(Path.of("config")),
            NormalizerSettings.defaults());

    private static List<String> terms(String language, String heading, String body, String... otherBodies) {
        List<Section> sections = new java.util.ArrayList<>();
        sections.add(new Section(1, heading, body));
        for (int i = 0; i < otherBodies.length; i++) {
            sections.add(new Section(i + 2, "Other " + i, otherBodies[i]));
        }
        List<TrendRecord> records = NORMALIZER.normalize(
                new SourceReport("r", "r.md", "0".repeat(64), "R", "2025", language, sections, List.of(),
                        "AI LLMs"));
        return records.get(0).keyTerms();
    }

    @Test
    void frenchPhraseWithInnerArticleIsOneTermWithoutLeadingElision() {
        List<String> terms = terms("fr", "Passer à l'échelle",
                "La mise à l'échelle des modèles continue. Les laboratoires misent sur la mise à l'échelle "
                        + "pour gagner en qualité, et l'empreinte carbone de l'entraînement augmente. "
                        + "L'empreinte carbone inquiète les régulateurs.",
                "Les entreprises adaptent les modèles à leurs données internes.");
        assertThat(terms).contains("mise à l'échelle", "empreinte carbone");
        assertThat(terms).noneMatch(t -> t.startsWith("l'"));
    }

    @Test
    void germanTermsAreNounsNotVerbAndAdverbPairs() {
        List<String> terms = terms("de", "Sprachverarbeitung",
                "Die Verarbeitung natürlicher Sprache macht große Fortschritte. Viele Firmen richten deshalb "
                        + "eigene Teams ein. Die Verarbeitung natürlicher Sprache hilft bei Verträgen und Handbüchern. "
                        + "Verträge werden schneller geprüft.",
                "Die Rechenzentren verbrauchen viel Strom.");
        assertThat(terms).contains("Verarbeitung natürlicher Sprache");
        assertThat(terms).noneMatch(t -> t.contains("richten") || t.contains("deshalb"));
        assertThat(terms).allSatisfy(t -> assertThat(t.substring(t.lastIndexOf(' ') + 1)).matches("\\p{Lu}.*"));
    }

    @Test
    void spanishVerbsAndOnceSeenPairsAreNoTerms() {
        List<String> terms = terms("es", "Agentes",
                "Los agentes autónomos reservan viajes. Las empresas de consultoría usan agentes autónomos "
                        + "para rellenar formularios, y los agentes autónomos ya gestionan compras.",
                "Los centros de datos consumen agua.");
        assertThat(terms).contains("agentes autónomos");
        assertThat(terms).doesNotContain("consultoría usan", "usan");
    }

    @Test
    void englishPhraseWithInnerStopWordNeedsToRecurOrBeListed() {
        List<String> terms = terms("en", "Feedback",
                "Teams train with reinforcement learning from human feedback. The quality of service improved, "
                        + "and quality of service is what buyers check.",
                "Chips use less energy.");
        // the first is listed in the taxonomy and seen once, the second recurs
        assertThat(terms).contains("reinforcement learning from human feedback", "quality of service");
        assertThat(terms).doesNotContain("Teams train");
    }

    @Test
    void termsDoNotDependOnOtherReportsNormalizedBefore() {
        String body = "Quantisation shrinks models. Quantisation and pruning cut energy use.";
        List<String> first = terms("en", "Efficiency", body, "Regulators publish rules.");
        terms("en", "Quantisation everywhere", "Quantisation, quantisation and more quantisation.");
        List<String> after = terms("en", "Efficiency", body, "Regulators publish rules.");
        assertThat(after).isEqualTo(first).contains("quantisation");
    }

    @Test
    void phrasesComeFirstAndNeitherEntitiesNorGenericWordsNorVerbPairsAreTerms() {
        List<String> terms = terms("en", "Agents",
                "Salesforce reported that customer conversations moved to autonomous agents. The platform handled "
                        + "refunds, and customer effort fell. Methods vary, but autonomous agents now answer most customers.",
                "Chips use less energy.");
        assertThat(terms).startsWith("autonomous agents").contains("customer conversations")
                .doesNotContain("Salesforce", "customer", "methods", "effort", "platform handled");
        assertThat(terms.indexOf("customer conversations")).isLessThan(terms.size());
    }

    @Test
    void phrasesOpeningWithAGradingWordOrEndingInAParticipleAreNoTerms() {
        List<String> terms = terms("en", "Applications",
                "Agents find potential applications in customer service. Explosive growth follows, and the "
                        + "services offered by vendors multiply. Customer service agents answer customer inquiries.",
                "Regulators publish rules for banks.", "Chips use less energy.", "Ports digitise container tracking.");

        assertThat(terms).isNotEmpty().doesNotContain("potential applications", "explosive growth", "services offered");
    }

    @Test
    void aTermInMostSectionsOfTheReportIsItsSubjectNotASectionsTerm() {
        List<String> terms = terms("en", "Retail traders",
                "Retail traders join the forex market through mobile apps. Mobile apps lower the entry barriers.",
                "Banks quote the forex market electronically.", "Regulators watch the forex market closely.",
                "Brokers add crypto pairs to the forex market.");

        assertThat(terms).doesNotContain("forex market").contains("mobile apps");
    }
}
