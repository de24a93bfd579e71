package io.trendreports.normalize;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.trendreports.model.TrendRecord;
import io.trendreports.source.MarkdownReportParser;
import io.trendreports.source.ReportFileLoader;

/**
 * Not a check: prints the key terms and sectors of every section of the input and evaluation
 * reports (held-out ones excluded), for a person to read. Run with
 * {@code mvn test -Dtest=KeyTermsPrinter -Dprint=true}.
 */
@EnabledIfSystemProperty(named = "print", matches = "true")
class KeyTermsPrinter {

    @Test
    void printKeyTerms() throws Exception {
        ReportNormalizer normalizer = new ReportNormalizer(KnowledgeBase.load(Path.of("config")),
                NormalizerSettings.defaults());
        List<Path> files;
        try (Stream<Path> input = Files.list(Path.of("input"));
             Stream<Path> eval = Files.list(Path.of("src/test/resources/eval"))) {
            files = Stream.concat(input, eval).filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        for (Path file : files) {
            List<TrendRecord> records = normalizer.normalize(new MarkdownReportParser()
                    .parse(new ReportFileLoader(1 << 22).load(file), "r").report());
            for (TrendRecord r : records) {
                System.out.printf("TERMS %s #%d [%s] %s%n      %s | sectors %s%n", file.getFileName(), r.sectionNo(),
                        r.language(), r.sectionTitle(), r.keyTerms(), r.sectors());
            }
        }
    }
}
