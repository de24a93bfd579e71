package io.trendreports.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Topic identity on real reports that cannot be committed: a folder of Markdown files with a
 * {@code labels.tsv} (file, the topic a reader would say, source repository, path, commit, and
 * the topic ids a reader would accept, comma-separated). Prints one row per file and the
 * pairwise precision and recall of "same topic":
 * {@code mvn -B -q test -Dtest=RealTopicsEvaluationTest -Dtopics.corpus=/work/real-reports/topics},
 * with {@code -Dtopics.min-f1=0.9} to hold the corpus to a bar.
 */
class RealTopicsEvaluationTest {

    @Test
    void reportsOnOneSubjectShareATopicIdAcrossAuthors() throws IOException {
        String dir = System.getProperty("topics.corpus", "");
        Assumptions.assumeTrue(!dir.isBlank(),
                "no real corpus given: run with -Dtopics.corpus=DIR (Markdown files and a labels.tsv)");
        Path corpus = Path.of(dir);
        Assumptions.assumeTrue(Files.isRegularFile(corpus.resolve("labels.tsv")), "no labels.tsv in " + corpus);

        List<TopicLabels.Placed> placed = TopicLabels.place(corpus, KnowledgeBase.load(Path.of("config")).topics());
        System.out.print(TopicLabels.table(placed));
        System.out.print(TopicLabels.summary(placed));
        String bar = System.getProperty("topics.min-f1", "");
        if (!bar.isBlank()) {
            assertThat(TopicLabels.score(placed).f1()).as("pairwise F1 of same topic")
                    .isGreaterThanOrEqualTo(Double.parseDouble(bar));
        }
    }
}
