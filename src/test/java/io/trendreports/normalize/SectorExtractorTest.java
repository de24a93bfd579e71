package io.trendreports.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SectorExtractorTest {

    private final SectorExtractor extractor = new SectorExtractor(new SectorCatalog(List.of(
            new SectorDefinition("education", "education", List.of("education", "student*")),
            new SectorDefinition("healthcare", "healthcare", List.of("health care", "hospital*", "Gesundheit*")),
            new SectorDefinition("creative-arts", "creative arts", List.of("art")))));

    @Test
    void keywordsMatchCaseInsensitivelyAndListLabelsInOrderOfFirstMention() {
        assertThat(extractor.extract("Hospitals and EDUCATION; more Health Care and students."))
                .containsExactly("healthcare", "education");
    }

    @Test
    void trailingStarMatchesAnyEnding() {
        assertThat(extractor.extract("Studentinnen und Gesundheitswesen")).containsExactly("education", "healthcare");
    }

    @Test
    void keywordsMatchWholeWordsOnly() {
        assertThat(extractor.extract("coeducational artistic smart state-of-the-art")).isEmpty();
        assertThat(extractor.extract("art-related work")).containsExactly("creative arts");
    }

    @Test
    void phrasesMatchAcrossLineBreaks() {
        assertThat(extractor.extract("health\ncare")).containsExactly("healthcare");
    }
}
