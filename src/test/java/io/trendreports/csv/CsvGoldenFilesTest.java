package io.trendreports.csv;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact bytes of each file for the sample run plus a hostile record (BOM and guard on).
 * After an intended change, regenerate with
 * {@code mvn test -Dtest='io.trendreports.csv.CsvGoldenFilesTest' -Dgolden.update=true}
 * and review the diff of {@code src/test/resources/csv/golden/} before committing.
 */
class CsvGoldenFilesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/csv/golden");

    @TempDir
    static Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sections.csv", "themes.csv", "entities.csv"})
    void fileMatchesItsGoldenCopy(String file) throws IOException {
        new CsvWriter(new CsvSettings(true, true)).write(CsvFixtures.twoEditionsPlusHostile(), dir);
        byte[] actual = Files.readAllBytes(dir.resolve(file));
        if (Boolean.getBoolean("golden.update")) {
            Files.write(GOLDEN.resolve(file), actual);
        }
        assertThat(new String(actual, StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(GOLDEN.resolve(file), StandardCharsets.UTF_8));
    }
}
