package io.trendreports.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One subject written up by different authors, in other words and languages, gets one topic id;
 * different subjects do not share one. The reports in {@code src/test/resources/topics/} are our
 * own, in the shapes real research-crew reports have: a catchy first title part, a crew role as
 * the title, a version number, no title at all, an acronym spelt out in Spanish, "X and Y".
 */
class TopicIdentityTest {

    private static List<TopicLabels.Placed> placed;

    @BeforeAll
    static void placeTheFixtures() throws IOException {
        placed = TopicLabels.place(Path.of("src/test/resources/topics"),
                KnowledgeBase.load(Path.of("config")).topics());
        // for a human: mvn -B -q test -Dtest=TopicIdentityTest
        System.out.print(TopicLabels.table(placed));
        System.out.print(TopicLabels.summary(placed));
    }

    @Test
    void everyReportGetsAnIdItsReaderWouldAccept() {
        assertThat(placed).hasSizeGreaterThanOrEqualTo(18);
        assertThat(placed).allSatisfy(p -> assertThat(p.label().accepted()).as(p.label().file()).contains(p.id()));
    }

    @Test
    void reportsOnOneSubjectShareTheirIdAndNoTwoSubjectsShareOne() {
        TopicLabels.Score score = TopicLabels.score(placed);
        assertThat(score.falsePairs()).as("pairs of different subjects with one id").isZero();
        assertThat(score.recall()).as("pairs of one subject with one id").isEqualTo(1.0);
    }
}
