package io.trendreports.normalize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import io.trendreports.model.SourceReport;
import io.trendreports.source.LoadedFile;
import io.trendreports.source.MarkdownReportParser;
import io.trendreports.source.RejectedInputException;

/**
 * Labelled topics of report files and how well topic ids agree with them: a file's id is
 * sensible when it is one the labels accept, and pairs of files are scored on "same topic"
 * (same label) against "same id".
 */
final class TopicLabels {

    /** @param accepted the topic ids a reader would accept for the file; empty when not said */
    record Label(String file, String topic, String source, Set<String> accepted) {
    }

    record Placed(Label label, String id, String subject) {
    }

    record Score(int sensible, int judged, int truePairs, int labelledPairs, int falsePairs) {
        double precision() {
            return truePairs + falsePairs == 0 ? 1 : (double) truePairs / (truePairs + falsePairs);
        }

        double recall() {
            return labelledPairs == 0 ? 1 : (double) truePairs / labelledPairs;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private TopicLabels() {
    }

    /** Tab-separated: file, topic, then the source columns, and last (optional) the accepted ids. */
    static List<Label> read(Path tsv) throws IOException {
        List<Label> labels = new ArrayList<>();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            Set<String> accepted = cells.length > 5 && !cells[5].isBlank()
                    ? Set.copyOf(Arrays.stream(cells[5].split(",")).map(String::strip).toList()) : Set.of();
            String source = cells.length > 4
                    ? cells[2] + ":" + cells[3] + "@" + cells[4].substring(0, Math.min(8, cells[4].length())) : "";
            labels.add(new Label(cells[0], cells[1], source, accepted));
        }
        return labels;
    }

    /** Every labelled file of {@code dir}, read as the job reads it, with the topic the catalog gives it. */
    static List<Placed> place(Path dir, TopicCatalog topics) throws IOException {
        MarkdownReportParser parser = new MarkdownReportParser();
        List<Placed> placed = new ArrayList<>();
        for (Label label : read(dir.resolve("labels.tsv"))) {
            String text = Files.readString(dir.resolve(label.file()), StandardCharsets.UTF_8);
            // the file's own name, as the input folder would show it: a title-less report is named after it
            String name = Path.of(label.file()).getFileName().toString();
            try {
                SourceReport report = parser.parse(new LoadedFile(name, "0".repeat(64), text), "r").report();
                placed.add(new Placed(label, topics.of(report).id(), report.topic()));
            } catch (RejectedInputException e) {
                placed.add(new Placed(label, "(rejected)", ""));
            }
        }
        return placed;
    }

    static String summary(List<Placed> placed) {
        Score score = score(placed);
        return String.format("%d files, %d topics; sensible id %d/%d; same-topic pairs: precision %.2f, recall %.2f,"
                        + " F1 %.2f (%d of %d labelled pairs share an id, %d pairs of different topics do)%n",
                placed.size(), placed.stream().map(p -> p.label().topic()).distinct().count(), score.sensible(),
                score.judged(), score.precision(), score.recall(), score.f1(), score.truePairs(),
                score.labelledPairs(), score.falsePairs());
    }

    static Score score(List<Placed> placed) {
        int sensible = 0;
        int judged = 0;
        for (Placed p : placed) {
            if (!p.label().accepted().isEmpty()) {
                judged++;
                sensible += p.label().accepted().contains(p.id()) ? 1 : 0;
            }
        }
        int truePairs = 0;
        int labelledPairs = 0;
        int falsePairs = 0;
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                boolean sameLabel = placed.get(i).label().topic().equals(placed.get(j).label().topic());
                boolean sameId = placed.get(i).id().equals(placed.get(j).id());
                labelledPairs += sameLabel ? 1 : 0;
                truePairs += sameLabel && sameId ? 1 : 0;
                falsePairs += !sameLabel && sameId ? 1 : 0;
            }
        }
        return new Score(sensible, judged, truePairs, labelledPairs, falsePairs);
    }

    static String table(List<Placed> placed) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-44s %-20s %-4s %-38s %s%n", "file", "labelled topic", "ok", "topic id",
                "subject read"));
        for (Placed p : placed) {
            String ok = p.label().accepted().isEmpty() ? "" : p.label().accepted().contains(p.id()) ? "yes" : "NO";
            out.append(String.format("%-44s %-20s %-4s %-38s %s%n", p.label().file(), p.label().topic(), ok, p.id(),
                    p.subject()));
        }
        return out.toString();
    }
}
