package io.trendreports.csv;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One RFC 4180 file being written: UTF-8, optional BOM, CRLF line ends, and minimal quoting:
 * a field is quoted only when it contains a comma, a double quote (doubled inside) or a line
 * break. Minimal quoting keeps the files diff-friendly and is what RFC 4180 readers expect.
 *
 * <p>OpenCSV swallows write errors and only reports them through {@code checkError()}, so
 * {@link #close()} checks it rather than letting a half-written file pass as success.
 */
final class CsvFile implements AutoCloseable {

    private final Path path;
    private final ICSVWriter csv;
    private long rows;

    CsvFile(Path path, boolean byteOrderMark, List<String> header) throws IOException {
        this.path = path;
        Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8));
        if (byteOrderMark) {
            out.write('\uFEFF');
        }
        this.csv = new CSVWriterBuilder(out)
                .withSeparator(',')
                .withQuoteChar('"')
                .withEscapeChar('"')
                .withLineEnd(ICSVWriter.RFC4180_LINE_END)
                .build();
        csv.writeNext(header.toArray(String[]::new), false);
    }

    void row(String... fields) {
        csv.writeNext(fields, false);
        rows++;
    }

    /** Data rows written, header excluded. */
    long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        csv.flushQuietly();
        boolean failed = csv.checkError();
        IOException cause = csv.getException();
        csv.close();
        if (failed) {
            throw new IOException("Could not write " + path, cause);
        }
    }
}
