package io.trendreports.xlsx;

import io.trendreports.model.EditionLabel;
import io.trendreports.model.InputFile;
import io.trendreports.model.ReportInfo;
import io.trendreports.model.RunSnapshot;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * What the run was: its identity, the reports it compared with their topic, short label and full
 * title, links to their briefs, and what it rejected. The brief link is relative, so it opens
 * the brief beside the workbook in a run folder (or a copy of it); with a portal address set
 * ({@code trend.portal.base-url}) a second link opens the brief from the portal, which is what
 * works once the workbook alone was downloaded.
 *
 * <p>The reports are the topic's history: besides tonight's files, the editions remembered from
 * earlier runs whose files are gone from the input folder, compared all the same. The Input
 * column tells them apart; a remembered edition has no brief in this run's folder, so its Brief
 * cell says where it is instead of linking to nothing.
 */
final class OverviewSheet {

    static final String NAME = "Overview";
    static final String[] REPORT_HEADER = {"Edition", "Topic", "Label", "Title", "Period", "Language", "Sections",
        "Words", "Source file", "Input", "Brief"};
    static final String READ = "read from the input folder";
    static final String REMEMBERED = "remembered: file no longer in the input folder";
    static final String EARLIER_RUN = "in the run that read it";
    static final String PORTAL_HEADER = "Brief in portal";

    private final Cells cells;
    private final CreationHelper helper;
    private final Optional<String> portal;

    OverviewSheet(Cells cells, CreationHelper helper, Optional<String> portal) {
        this.cells = cells;
        this.helper = helper;
        this.portal = portal;
    }

    /** Columns of the reports table. */
    int columns() {
        return REPORT_HEADER.length + (portal.isPresent() ? 1 : 0);
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
        if (portal.isPresent()) {
            Row page = sheet.createRow(r++);
            cells.text(page, 0, "In the portal", styles.label);
            String url = runUrl(portal.get(), run.run().runId());
            cells.hyperlink(page, 1, url, url, helper.createHyperlink(HyperlinkType.URL));
        }
        r++;

        cells.text(sheet.createRow(r++), 0, "Reports", styles.label);
        Row header = sheet.createRow(r++);
        cells.header(header, REPORT_HEADER);
        if (portal.isPresent()) {
            cells.text(header, REPORT_HEADER.length, PORTAL_HEADER, styles.header);
        }
        List<ReportInfo> reports = run.reports();
        for (ReportInfo report : reports) {
            Row row = sheet.createRow(r++);
            cells.number(row, 0, report.edition(), styles.integer);
            cells.text(row, 1, report.topicLabel());
            cells.text(row, 2, EditionLabel.of(report));
            cells.text(row, 3, report.title());
            cells.text(row, 4, report.period());
            cells.text(row, 5, report.language());
            cells.number(row, 6, report.sections(), styles.integer);
            cells.number(row, 7, report.words(), styles.integer);
            cells.text(row, 8, report.sourceFile());
            cells.text(row, 9, report.remembered() ? REMEMBERED : READ);
            if (report.remembered()) {
                cells.text(row, 10, EARLIER_RUN);
                continue;
            }
            cells.link(row, 10, briefAddress(report.reportId()), briefPath(report.reportId()),
                    () -> helper.createHyperlink(HyperlinkType.FILE));
            portal.ifPresent(base -> {
                String url = runUrl(base, run.run().runId()) + "/" + briefAddress(report.reportId());
                cells.link(row, REPORT_HEADER.length, url, url, () -> helper.createHyperlink(HyperlinkType.URL));
            });
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

        ColumnWidths widths = new ColumnWidths(columns());
        widths.observe("Run started (UTC)", run.run().runId());
        widths.observe(REPORT_HEADER);
        reports.forEach(report -> widths.observe("", report.topicLabel(), EditionLabel.of(report), report.title(),
                report.period(), report.language(), "", "", report.sourceFile(), report.remembered() ? REMEMBERED : READ,
                briefPath(report.reportId()),
                portal.map(base -> runUrl(base, run.run().runId()) + "/" + briefAddress(report.reportId())).orElse("")));
        rejected.forEach(input -> widths.observe(input.file(), input.reason()));
        widths.apply(sheet);
    }

    /** The run's page in the portal; its files are below it ({@code /runs/<run-id>/<file>}). */
    static String runUrl(String base, String runId) {
        return base + "/runs/" + encode(runId);
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
        return "briefs/" + encode(reportId) + ".pdf";
    }

    private static String encode(String segment) {
        StringBuilder sb = new StringBuilder();
        for (byte b : (segment == null ? "" : segment).getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                sb.append(c);
            } else {
                sb.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return sb.toString();
    }
}
