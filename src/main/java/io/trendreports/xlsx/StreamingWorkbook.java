package io.trendreports.xlsx;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's streaming workbook whose sheets' temporary files are compressed (a large run's sheets
 * would take hundreds of megabytes of disk otherwise) and whose cell text is written in runs
 * ({@link EscapedText}) rather than one character at a time. The temporary files are read once and
 * deleted, so they are compressed at the fastest level: every byte of a sheet is compressed twice
 * (there and in the workbook's own zip), and the default level spent more time on it than the
 * final file.
 */
final class StreamingWorkbook extends SXSSFWorkbook {

    StreamingWorkbook(int rowWindow) {
        super(rowWindow);
        setCompressTempFiles(true);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new TextRunWriter(getSharedStringSource());
    }

    private static final class TextRunWriter extends GZIPSheetDataWriter {

        private static final int BUFFER_BYTES = 1 << 16;

        TextRunWriter(SharedStringsTable sharedStrings) throws IOException {
            super(sharedStrings);
        }

        @Override
        protected OutputStream decorateOutputStream(FileOutputStream fos) throws IOException {
            return new GZIPOutputStream(fos, BUFFER_BYTES) {
                {
                    def.setLevel(Deflater.BEST_SPEED);
                }
            };
        }

        @Override
        protected void outputEscapedString(String s) throws IOException {
            EscapedText.write(_out, s);
        }
    }
}
