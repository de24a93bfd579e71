package io.trendreports.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.trendreports.model.SourceReport;
import io.trendreports.source.LoadedFile;
import io.trendreports.source.MarkdownReportParser;
import io.trendreports.source.RejectedInputException;

/**
 * Topic identity on real reports that cannot be committed: a folder of Markdown files with a
 * {@code labels.tsv} (file, the topic a reader would say, source repository, path, commit, and
 * optionally the topic ids a reader would accept, comma-separated). Prints one row per file and
 * the pairwise precision and recall of "same topic":
 * {@code mvn -B -q test -Dtest=RealTopicsEvaluationTest -Dtopics.corpus=/work/real-reports/topics}.
 */
class RealTopicsEvaluationTest {

    @Test
    void reportsOnOneSubjectShareATopicIdAcrossAuthors() throws IOException {
        String dir = System.getProperty("topics.corpus", "");
        Assumptions.assumeTrue(!dir.isBlank(),
                "no real corpus given: run with -Dtopics.corpus=DIR (Markdown files and a labels.tsv)");
        Path corpus = Path.of(dir);
        Assumptions.assumeTrue(Files.isRegularFile(corpus.resolve("labels.tsv")), "no labels.tsv in " + corpus);

        TopicCatalog topics = KnowledgeBase.load(Path.of("config")).topics();
        MarkdownReportParser parser = new MarkdownReportParser();
        List<TopicLabels.Placed> placed = new ArrayList<>();
        for (TopicLabels.Label label : TopicLabels.read(corpus.resolve("labels.tsv"))) {
            String text = Files.readString(corpus.resolve(label.file()), StandardCharsets.UTF_8);
            String id;
            String subject;
            try {
                SourceReport report = parser.parse(new LoadedFile(Path.of(label.file()).getFileName().toString(), "0".repeat(64), text), "r").report();
                Topic topic = topics.of(report);
                id = topic.id();
                subject = report.topic();
            } catch (RejectedInputException e) {
                id = "(rejected)";
                subject = "";
            }
            placed.add(new TopicLabels.Placed(label, id, subject));
        }
        TopicLabels.Score score = TopicLabels.score(placed);
        System.out.print(TopicLabels.table(placed));
        System.out.printf("%d files, %d topics; sensible id %d/%d; same-topic pairs: precision %.2f, recall %.2f,"
                        + " F1 %.2f (%d of %d labelled pairs share an id, %d pairs of different topics do)%n",
                placed.size(), placed.stream().map(p -> p.label().topic()).distinct().count(), score.sensible(),
                score.judged(), score.precision(), score.recall(), score.f1(), score.truePairs(),
                score.labelledPairs(), score.falsePairs());
        // a bar to hold a corpus to, when one is given: -Dtopics.min-f1=0.9
        String bar = System.getProperty("topics.min-f1", "");
        if (!bar.isBlank()) {
            assertThat(score.f1()).as("pairwise F1 of same topic").isGreaterThanOrEqualTo(Double.parseDouble(bar));
        }
    }
}
