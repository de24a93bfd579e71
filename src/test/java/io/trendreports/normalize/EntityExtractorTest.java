package io.trendreports.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class EntityExtractorTest {

    private final EntityExtractor extractor = new EntityExtractor(new EntityCatalog(List.of(
            new EntityDefinition("OpenAI", "organization", List.of("Open AI")),
            new EntityDefinition("Google", "organization", List.of("Google DeepMind", "DeepMind")),
            new EntityDefinition("GPT-3", "model", List.of("GPT 3")),
            new EntityDefinition("GPT-3.5", "model", List.of("GPT 3.5")),
            new EntityDefinition("GPT-5", "model", List.of("GPT 5", "GPT5")),
            new EntityDefinition("Meta", "organization", List.of()))));

    @Test
    void aliasesMapToTheCanonicalName() {
        assertThat(extractor.extract("Rumours about GPT 5 and Open AI grew.")).containsExactly("GPT-5", "OpenAI");
    }

    @Test
    void possessivesAndSentenceEndsStillMatch() {
        assertThat(extractor.extract("OpenAI's lead. We asked Google.")).containsExactly("OpenAI", "Google");
        assertThat(extractor.extract("DeepMind\u2019s work")).containsExactly("Google");
    }

    @Test
    void eachEntityIsListedOnceInOrderOfFirstMention() {
        assertThat(extractor.extract("Google, then OpenAI, then Google DeepMind and OpenAI again."))
                .containsExactly("Google", "OpenAI");
    }

    @Test
    void matchingIsCaseSensitiveAndOnWholeWords() {
        assertThat(extractor.extract("openai, Metadata, metaverse, GPT5x, Googlers"))
                .doesNotContain("OpenAI", "Meta", "GPT-5", "Google");
    }

    @Test
    void aLongerVersionNumberIsNotTheShorterModel() {
        assertThat(extractor.extract("GPT-3.5 replaced GPT-3.")).containsExactly("GPT-3.5", "GPT-3");
        assertThat(extractor.extract("GPT-3.5 only")).containsExactly("GPT-3.5");
        // other models: not GPT-5; the unlisted GPT-5.1 is a candidate of its own
        assertThat(extractor.extract("GPT-5.1 and GPT-5-mini are other models")).containsExactly("GPT-5.1");
    }

    @Test
    void namesSplitOverALineBreakStillMatch() {
        assertThat(extractor.extract("built by Google\nDeepMind")).containsExactly("Google");
    }

    @Test
    void unlistedModelNamesWithAVersionAreCandidatesAfterTheKnownEntities() {
        String text = "OpenAI answered Falcon 180B, Qwen2.5 and Mixtral 8x7B; Grok-1, DeepSeek-R1 and Llama 3.1 followed.";

        assertThat(extractor.extract(text)).containsExactly("OpenAI", "Falcon 180B", "Qwen2.5", "Mixtral 8x7B",
                "Grok-1", "DeepSeek-R1", "Llama 3.1");
        assertThat(extractor.candidates(text)).doesNotContain("OpenAI").contains("Falcon 180B");
    }

    @Test
    void numbersAfterOrdinaryWordsYearsAndKnownNamesAreNoCandidates() {
        String text = "In 2024, see Section 3 and Table 2 (Figure 4). CO2 fell in Q2 2025 by 3.5 points; "
                + "Abschnitt 2 und Kapitel 4. Over 100 firms use GPT 5 and GPT-3.5 with 40 GPUs.";

        assertThat(extractor.extract(text)).containsExactly("GPT-5", "GPT-3.5");
    }

    private List<EntityExtractor.Entity> typed(String language, String body) {
        return extractor.extract("", body, language, ReportWords.of(List.of(body)));
    }

    @Test
    void namesNoListHoldsAreRecognisedAndTyped() {
        String body = "The Bank of Japan raised rates, and Governor Kazuo Ueda signalled more. Contractors such as "
                + "Skanska and Bouygues Construction use drones. The GENIUS Act sets rules in the United States. "
                + "Salesforce reported growth, and the FDA cleared devices.";

        assertThat(typed("en", body)).containsExactly(
                new EntityExtractor.Entity("United States", "place"),
                new EntityExtractor.Entity("Bank of Japan", "organization"),
                new EntityExtractor.Entity("Kazuo Ueda", "person"),
                new EntityExtractor.Entity("Skanska", ""),
                new EntityExtractor.Entity("Bouygues Construction", "organization"),
                new EntityExtractor.Entity("GENIUS Act", "product"),
                new EntityExtractor.Entity("Salesforce", ""),
                new EntityExtractor.Entity("FDA", ""));
    }

    @Test
    void placesAreNamedInEnglishWhateverTheReportsLanguage() {
        assertThat(typed("de", "Firmen in Deutschland und Frankreich zahlen mehr.")).extracting(EntityExtractor.Entity::name)
                .containsExactly("Germany", "France");
        // German "Island" is Iceland, but not in an English report
        assertThat(typed("en", "The Three Mile Island plant restarts.")).extracting(EntityExtractor.Entity::name)
                .containsExactly("Three Mile Island");
    }

    @Test
    void capitalisedCommonWordsAreNoNames() {
        assertThat(typed("en", "Storage is cheaper. The Swedish trial and the Mexican peso moved. Regulators said "
                + "AI-enabled GPU and ESG tools cost USD 5. Victims posted data in March. Storage grew.")).isEmpty();
        // German capitalises every noun: capitals alone name nothing there
        assertThat(typed("de", "Die Elektrifizierung der Wärme erreicht Temperaturen von 200 Grad Celsius.")).isEmpty();
    }

    @Test
    void tableCellsCitedAuthorsAndSpelledOutAcronymsAreNoNames() {
        String body = "Company, Revenue, Segment, Notes\n\nAmazon, $638B, Online Stores, Leading e-commerce revenue\n\n"
                + "Apple, $383B, Devices, Not stated\n\n"
                + "Cognitive architectures help agents plan (Sumers et al., 2023). Traders weigh Environmental, "
                + "Social, and Governance (ESG) criteria. Three GAMAM companies dominate the cloud, and iPhone "
                + "sales rose in the U.S. this year.";

        List<String> names = typed("en", body).stream().map(EntityExtractor.Entity::name).toList();

        // Amazon and Apple opening a cell need the catalogue, as at a sentence start
        assertThat(names).contains("GAMAM", "iPhone", "United States")
                .doesNotContain("Leading", "Not", "Sumers", "Social", "Governance", "Three GAMAM");
    }
}
