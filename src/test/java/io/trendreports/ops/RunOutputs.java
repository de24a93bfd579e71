package io.trendreports.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The content of a published run, read back with each format's library, with what legitimately
 * differs between two runs of the same inputs (run id, start time) masked, so that a resumed run
 * can be compared with an uninterrupted one.
 */
final class RunOutputs {

    private RunOutputs() {
    }

    static Map<String, String> read(Path runDir) throws IOException {
        String runId = runDir.getFileName().toString();
        Map<String, String> content = new TreeMap<>();
        try (Stream<Path> files = Files.walk(runDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String rel = runDir.relativize(file).toString().replace('\\', '/');
                content.put(rel, mask(readFile(file), runId));
            }
        }
        return content;
    }

    private static String readFile(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(".pdf")) {
            try (PDDocument doc = Loader.loadPDF(file.toFile())) {
                return new PDFTextStripper().getText(doc);
            }
        }
        if (name.endsWith(".xlsx")) {
            StringBuilder out = new StringBuilder();
            DataFormatter formatter = new DataFormatter();
            try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
                for (Sheet sheet : wb) {
                    out.append("## ").append(sheet.getSheetName()).append('\n');
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            out.append(formatter.formatCellValue(cell)).append('\t');
                        }
                        out.append('\n');
                    }
                }
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IOException(e);
            }
            return out.toString();
        }
        if (name.equals("manifest.json")) {
            JsonNode manifest = JsonMapper.builder().build().readTree(file.toFile());
            return manifest.get("inputs").toString() + manifest.get("totals").toString();
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static String mask(String text, String runId) {
        return text.replace(runId, "<run-id>")
                .replaceAll("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?( UTC|Z)?", "<time>")
                .replaceAll("\\d{1,2}/\\d{1,2}/\\d{2,4}( \\d{1,2}:\\d{2})?", "<time>");
    }
}
