package io.trendreports.job;

import java.nio.file.Path;

/** One file of the input folder, with the report id it will have if it is accepted. */
public record ReportFile(Path path, String reportId) {
}
