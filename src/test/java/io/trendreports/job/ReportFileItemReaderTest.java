package io.trendreports.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class ReportFileItemReaderTest {

    @TempDir
    Path input;

    @Test
    void partitionsReadTheirRangeWithTheIdsTheWholeFolderGives() throws Exception {
        // two files whose names make the same slug: the second gets a suffix, whichever partition reads it
        for (String name : List.of("a report.md", "a-report.md", "b.md", "c.md", ".hidden.md")) {
            Files.writeString(input.resolve(name), "# T\n\n## 1. S\n\ntext\n");
        }
        List<ReportFile> whole = readAll(new ReportFileItemReader(input), new ExecutionContext());

        List<ReportFile> parts = new ArrayList<>();
        parts.addAll(readAll(new ReportFileItemReader(input, 0, 1), new ExecutionContext()));
        parts.addAll(readAll(new ReportFileItemReader(input, 1, 4), new ExecutionContext()));

        assertThat(whole).hasSize(4);
        assertThat(parts).isEqualTo(whole);
        assertThat(whole).extracting(ReportFile::reportId).doesNotHaveDuplicates();
    }

    @Test
    void aRestartedPartitionContinuesAfterItsSavedPosition() throws Exception {
        for (String name : List.of("a.md", "b.md", "c.md", "d.md")) {
            Files.writeString(input.resolve(name), "x");
        }
        ReportFileItemReader first = new ReportFileItemReader(input, 1, 4);
        ExecutionContext context = new ExecutionContext();
        first.open(context);
        assertThat(first.read().path().getFileName()).hasToString("b.md");
        first.update(context);

        List<ReportFile> rest = readAll(new ReportFileItemReader(input, 1, 4), context);
        assertThat(rest).extracting(f -> f.path().getFileName().toString()).containsExactly("c.md", "d.md");
    }

    private static List<ReportFile> readAll(ReportFileItemReader reader, ExecutionContext context) throws Exception {
        reader.open(context);
        List<ReportFile> files = new ArrayList<>();
        for (ReportFile f = reader.read(); f != null; f = reader.read()) {
            files.add(f);
        }
        return files;
    }
}
