package io.trendreports.portal;

import java.util.List;

/**
 * One row of a run's {@code sections.csv}, as far as the portal needs it.
 *
 * @param topic empty in runs published before topics existed
 */
public record SectionRow(String reportId, String reportTitle, String period, String sectionNo, String sectionTitle,
                  String themeId, String themeLabel, List<String> entities, String sourceSha256, String summary,
                  String topic) {

    /**
     * The same section in another run: the same report, source file content and section number. A
     * section kept unchanged from night to night is one section, however many runs still hold it.
     */
    String sameSectionKey() {
        return reportId + '\u0000' + sourceSha256 + '\u0000' + sectionNo;
    }
}
