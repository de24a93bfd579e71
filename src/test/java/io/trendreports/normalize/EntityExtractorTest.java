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
        assertThat(extractor.extract("openai, Metadata, metaverse, GPT5x, Googlers")).isEmpty();
    }

    @Test
    void aLongerVersionNumberIsNotTheShorterModel() {
        assertThat(extractor.extract("GPT-3.5 replaced GPT-3.")).containsExactly("GPT-3.5", "GPT-3");
        assertThat(extractor.extract("GPT-3.5 only")).containsExactly("GPT-3.5");
        assertThat(extractor.extract("GPT-5.1 and GPT-5-mini are other models")).isEmpty();
    }

    @Test
    void namesSplitOverALineBreakStillMatch() {
        assertThat(extractor.extract("built by Google\nDeepMind")).containsExactly("Google");
    }
}
