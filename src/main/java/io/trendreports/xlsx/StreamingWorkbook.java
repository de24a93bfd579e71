package io.trendreports.xlsx;

import java.io.IOException;

import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's streaming workbook whose sheets' temporary files are compressed (a large run's sheets
 * would take hundreds of megabytes of disk otherwise) and whose cell text is written in runs
 * ({@link EscapedText}) rather than one character at a time.
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

        TextRunWriter(SharedStringsTable sharedStrings) throws IOException {
            super(sharedStrings);
        }

        @Override
        protected void outputEscapedString(String s) throws IOException {
            EscapedText.write(_out, s);
        }
    }
}
