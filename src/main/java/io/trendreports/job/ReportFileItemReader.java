package io.trendreports.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import io.trendreports.source.ReportFileScanner;
import io.trendreports.source.ReportSlugs;

/**
 * Reads the files of the input folder one by one. The position is saved in the step's execution
 * context, so a restarted ingest continues after the last committed file.
 */
public class ReportFileItemReader implements ItemStreamReader<ReportFile> {

    private static final String POSITION = "position";

    private final Path inputDir;
    private List<ReportFile> files = List.of();
    private int position;

    public ReportFileItemReader(Path inputDir) {
        this.inputDir = inputDir;
    }

    @Override
    public void open(ExecutionContext context) {
        ReportSlugs slugs = new ReportSlugs();
        List<ReportFile> found = new ArrayList<>();
        for (Path p : new ReportFileScanner().scan(inputDir)) {
            found.add(new ReportFile(p, slugs.uniqueSlug(p.getFileName().toString())));
        }
        files = found;
        position = context.getInt(POSITION, 0);
    }

    @Override
    public ReportFile read() {
        return position < files.size() ? files.get(position++) : null;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(POSITION, position);
    }
}
