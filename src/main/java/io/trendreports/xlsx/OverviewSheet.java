package io.trendreports.xlsx;

import io.trendreports.model.InputFile;
import io.trendreports.model.ReportInfo;
import io.trendreports.model.RunSnapshot;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** What the run was: its identity, the reports it compared (with links to their briefs), and what it rejected. */
final class OverviewSheet {

    static final String NAME = "Overview";
    static final String[] REPORT_HEADER = {"Edition", "Title", "Period", "Language", "Sections", "Words",
        "Source file", "Brief"};

    private final Cells cells;
    private final CreationHelper helper;

    OverviewSheet(Cells cells, CreationHelper helper) {
        this.cells = cells;
        this.helper = helper;
    }

    void write(Sheet sheet, RunSnapshot run) {
        WorkbookStyles styles = cells.styles();
        int r = 0;
        cells.text(sheet.createRow(r++), 0, "Trend comparison", styles.title);
        Row id = sheet.createRow(r++);
        cells.text(id, 0, "Run id", styles.label);
        cells.text(id, 1, run.run().runId());
        Row started = sheet.createRow(r++);
        cells.text(started, 0, "Run started (UTC)", styles.label);
        Cell date = started.createCell(1);
        date.setCellValue(LocalDateTime.ofInstant(run.run().startedAt(), ZoneOffset.UTC));
        date.setCellStyle(styles.date);
        r++;

        cells.text(sheet.createRow(r++), 0, "Reports", styles.label);
        cells.header(sheet.createRow(r++), REPORT_HEADER);
        List<ReportInfo> reports = run.reports();
        for (ReportInfo report : reports) {
            Row row = sheet.createRow(r++);
            cells.number(row, 0, report.edition(), styles.integer);
            cells.text(row, 1, report.title());
            cells.text(row, 2, report.period());
            cells.text(row, 3, report.language());
            cells.number(row, 4, report.sections(), styles.integer);
            cells.number(row, 5, report.words(), styles.integer);
            cells.text(row, 6, report.sourceFile());
            Cell link = cells.text(row, 7, briefPath(report.reportId()), styles.hyperlink);
            Hyperlink hyperlink = helper.createHyperlink(HyperlinkType.FILE);
            hyperlink.setAddress(briefAddress(report.reportId()));
            link.setHyperlink(hyperlink);
        }
        if (reports.isEmpty()) {
            cells.text(sheet.createRow(r++), 0, "None");
        }
        r++;

        cells.text(sheet.createRow(r++), 0, "Rejected inputs", styles.label);
        List<InputFile> rejected = run.inputs().stream().filter(InputFile::isRejected).toList();
        if (rejected.isEmpty()) {
            cells.text(sheet.createRow(r++), 0, "None");
        } else {
            cells.header(sheet.createRow(r++), "File", "Reason");
            for (InputFile input : rejected) {
                Row row = sheet.createRow(r++);
                cells.text(row, 0, input.file());
                cells.text(row, 1, input.reason());
            }
        }

        ColumnWidths widths = new ColumnWidths(REPORT_HEADER.length);
        widths.observe("Run started (UTC)", run.run().runId());
        widths.observe(REPORT_HEADER);
        reports.forEach(report -> widths.observe("", report.title(), report.period(), report.language(), "", "",
                report.sourceFile(), briefPath(report.reportId())));
        rejected.forEach(input -> widths.observe(input.file(), input.reason()));
        widths.apply(sheet);
    }

    /** Where the PDF writer puts the brief, relative to the workbook; shown to the reader. */
    static String briefPath(String reportId) {
        return "briefs/" + reportId + ".pdf";
    }

    /**
     * The same path as a relative URI: report ids are slugs, but anything outside the URI
     * unreserved set is percent-encoded so that an odd id cannot make the file unwritable.
     */
    static String briefAddress(String reportId) {
        StringBuilder sb = new StringBuilder("briefs/");
        for (byte b : (reportId == null ? "" : reportId).getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                sb.append(c);
            } else {
                sb.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return sb.append(".pdf").toString();
    }
}
