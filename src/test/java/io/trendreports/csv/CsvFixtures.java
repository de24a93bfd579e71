package io.trendreports.csv;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import io.trendreports.model.InMemoryRunSnapshot;
import io.trendreports.model.SampleRuns;
import io.trendreports.model.TrendRecord;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: a hostile record and a strict RFC 4180 reader. */
final class CsvFixtures {

    static final String HOSTILE_TITLE = "=HYPERLINK(\"http://x\",\"y\")";
    static final String HOSTILE_SUMMARY = "+cmd, then \"quoted\"\r\nnext line\nlast line 🚀 — 中文";

    private CsvFixtures() {
    }

    static TrendRecord hostileRecord() {
        return new TrendRecord("evil-2025", HOSTILE_TITLE, "2025", "en", "evil, \"2025\".md", "ab12",
                1, "@SUM(A1)", "other", "Other", 0.00012, HOSTILE_SUMMARY, List.of("-10", "x"),
                List.of("@SUM(A1)", "Acme, Inc."), List.of("-1e3"), 7, 1, 12.345);
    }

    static InMemoryRunSnapshot twoEditionsPlusHostile() {
        InMemoryRunSnapshot base = SampleRuns.twoEditions();
        List<TrendRecord> records = new ArrayList<>();
        base.forEachRecord(records::add);
        records.add(hostileRecord());
        return new InMemoryRunSnapshot(base.run(), base.themes(), records, base.inputs());
    }

    /** Rows of a CSV file parsed strictly by RFC 4180, BOM removed; header included. */
    static List<String[]> read(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        try (CSVReader reader = new CSVReaderBuilder(new StringReader(content))
                .withCSVParser(new RFC4180ParserBuilder().build())
                .withKeepCarriageReturn(true)
                .build()) {
            List<String[]> rows = new ArrayList<>();
            for (String[] row : reader) {
                rows.add(stripLineEnd(row));
            }
            return rows;
        }
    }

    /** With carriage returns kept, the record's own CRLF ends up on its last field. */
    private static String[] stripLineEnd(String[] row) {
        String last = row[row.length - 1];
        if (last.endsWith("\r")) {
            row[row.length - 1] = last.substring(0, last.length() - 1);
        }
        return row;
    }
}
