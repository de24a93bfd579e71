package io.trendreports.source;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The structure evaluation on a folder of real reports by other people, which is never committed
 * (their text is not ours): {@code mvn test -Dtest=RealReportsEvaluationTest
 * -Dstructure.corpus=/path/to/folder} prints the per-file table. Skipped without the property.
 */
class RealReportsEvaluationTest {

    @Test
    void printsTheTableForTheFolderGiven() throws Exception {
        String folders = System.getProperty("structure.corpus", "");
        assumeTrue(!folders.isBlank(), "no -Dstructure.corpus=FOLDER[,FOLDER] given: real reports are not in the repo");
        StructureEvaluation evaluation = new StructureEvaluation();
        for (String folder : folders.split(",")) {
            Path path = Path.of(folder.strip());
            assumeTrue(Files.isDirectory(path), "not a folder: " + path);
            List<StructureEvaluation.Outcome> outcomes = evaluation.evaluate(path);
            System.out.println(StructureEvaluation.table("Real reports in " + path, outcomes));
        }
    }
}
