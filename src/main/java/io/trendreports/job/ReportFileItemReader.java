package io.trendreports.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import io.trendreports.source.ReportFileScanner;
import io.trendreports.source.ReportSlugs;

/**
 * Reads the files of the input folder one by one, or those of one range of the folder's sorted
 * listing (a partition). The position is saved in the step's execution context, so a restarted
 * ingest continues after the last committed file. Report ids are made unique over the whole
 * folder, so a file gets the same id whichever partition reads it.
 */
public class ReportFileItemReader implements ItemStreamReader<ReportFile> {

    private static final String POSITION = "position";

    private final Supplier<List<Path>> listing;
    private final int from;
    private final int to;
    private List<ReportFile> files = List.of();
    private int position;

    public ReportFileItemReader(Path inputDir) {
        this(inputDir, 0, Integer.MAX_VALUE);
    }

    public ReportFileItemReader(Path inputDir, int from, int to) {
        this(() -> new ReportFileScanner().scan(inputDir), from, to);
    }

    /** Reads files {@code from} (inclusive) to {@code to} (exclusive) of the folder's sorted listing. */
    public ReportFileItemReader(Supplier<List<Path>> listing, int from, int to) {
        this.listing = listing;
        this.from = from;
        this.to = to;
    }

    @Override
    public void open(ExecutionContext context) {
        ReportSlugs slugs = new ReportSlugs();
        List<ReportFile> found = new ArrayList<>();
        for (Path p : listing.get()) {
            found.add(new ReportFile(p, slugs.uniqueSlug(p.getFileName().toString())));
        }
        files = found.subList(Math.min(from, found.size()), Math.min(to, found.size()));
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
