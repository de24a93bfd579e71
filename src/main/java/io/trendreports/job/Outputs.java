package io.trendreports.job;

import java.util.List;
import java.util.Locale;

import io.trendreports.csv.CsvSettings;
import io.trendreports.csv.CsvWriter;
import io.trendreports.model.OutputWriter;
import io.trendreports.pdf.BriefWriter;
import io.trendreports.pdf.DigestWriter;
import io.trendreports.pdf.PageFormat;
import io.trendreports.pdf.PdfSettings;
import io.trendreports.settings.TrendProperties;
import io.trendreports.xlsx.WorkbookSettings;
import io.trendreports.xlsx.WorkbookWriter;

/**
 * The outputs a run writes, each configured from its {@code trend.*} settings: the job makes
 * one step of each, and the start-up warm-up runs the same list. Adding an output is one line
 * here.
 */
public final class Outputs {

    private Outputs() {
    }

    public static List<OutputWriter> writers(TrendProperties settings) {
        PdfSettings pdf = new PdfSettings(PageFormat.valueOf(settings.pdf().pageSize().toUpperCase(Locale.ROOT)),
                settings.author(), settings.pdf().fallbackFonts(), settings.pdf().digestReports());
        return List.of(
                new BriefWriter(pdf),
                new DigestWriter(pdf),
                new WorkbookWriter(new WorkbookSettings(settings.author(), settings.portal().baseUrl())),
                new CsvWriter(new CsvSettings(settings.csv().byteOrderMark(), settings.formulaGuard())));
    }
}
